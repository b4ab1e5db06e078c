import type { Locator, Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './accessibility';
import type { PageWatch } from './page-watch';

/** antd writes two-character button labels with a space (确 定); either form. */
export const button = (page: Page | Locator, name: string) =>
  page
    .getByRole('button', { name, exact: true })
    .or(page.getByRole('button', { name: name.split('').join(' '), exact: true }));

/** Nothing wider than the phone's screen: the page scrolls only vertically. */
export const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * No serious axe findings, CSP violations or uncaught errors. At phone width the shell's
 * collapsed navigation is antd's overflow menu (aria-hidden items), so axe runs at desktop width.
 */
export async function clean(page: Page, watch: PageWatch) {
  const size = page.viewportSize();
  if (size && size.width < 600) {
    await page.setViewportSize({ width: 1280, height: 800 });
    // antd's tab bar measures itself again after a resize (its overflow shade fades out).
    await page.waitForTimeout(500);
  }
  // The pointer off any control: a hovered tab's lighter blue is a transient state.
  await page.mouse.move(0, 0);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  if (size && size.width < 600) await page.setViewportSize(size);
  expect(await watch.cspViolations()).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
}

/**
 * Clicks the open modal's button and waits until the modal has closed. On a loaded machine the
 * first click can land while the modal is still animating in and do nothing; click again then
 * (a click on a button that is already sending is ignored by antd, so nothing is sent twice).
 */
export async function submitModal(page: Page, name: string): Promise<void> {
  const modal = page.locator('.ant-modal:visible');
  for (let attempt = 1; ; attempt += 1) {
    await button(modal, name)
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    try {
      await modal.waitFor({ state: 'hidden', timeout: attempt === 3 ? 30_000 : 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
