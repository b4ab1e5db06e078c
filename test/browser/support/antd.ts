import type { Locator, Page } from 'playwright-core';

/**
 * Picks an option of the antd Select whose control is labelled `name`. On a loaded machine the
 * click can land while the dropdown is still opening and select nothing (seen: a sign-up posted
 * without 机构类型); try again then, and only return once the control shows the choice.
 */
export async function chooseOption(page: Page, name: string, option: string): Promise<void> {
  const control = page.getByLabel(name, { exact: true });
  const chosen = page.locator('.ant-select').filter({ has: control }).filter({ hasText: option });
  for (let attempt = 1; ; attempt += 1) {
    await control.click();
    await page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
      .click();
    try {
      await chosen.first().waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** Picks the path of a ReferenceCascader (province → city → …) by names. */
export async function chooseCascader(page: Page, name: string, path: string[]): Promise<void> {
  const combobox = page.getByRole('combobox', { name, exact: true });
  const chosen = page
    .locator('.ant-select')
    .filter({ has: combobox })
    .filter({ hasText: path[path.length - 1] });
  // On a loaded machine a click can land while the options are still loading; try again then,
  // and only return once the control shows the choice.
  for (let attempt = 1; ; attempt += 1) {
    await combobox.click();
    for (const step of path) {
      await page.getByRole('menuitemcheckbox', { name: step }).click();
    }
    await page.keyboard.press('Escape');
    try {
      await chosen.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The antd form-item error text under the control labelled `name`. */
export function fieldError(page: Page, name: string): Locator {
  return page
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(name, { exact: true }) })
    .locator('.ant-form-item-explain-error');
}

/** Every form-item error and alert the page shows now, as text (for failure messages). */
export async function formProblems(page: Page): Promise<string[]> {
  const texts = await page
    .locator('.ant-form-item-explain-error, [role="alert"]')
    .allTextContents();
  return texts.map((text) => text.trim()).filter((text) => text.length > 0);
}

/**
 * The page's scroll width once the layout has settled after a viewport change: antd's header
 * menu collapses its items into "…" only after its ResizeObserver fires, so a width read right
 * after `setViewportSize` can still see the desktop menu. Polls for up to five seconds and
 * returns the last width read (a real overflow stays and fails the caller's assertion).
 */
export async function settledScrollWidth(page: Page): Promise<number> {
  const read = () => page.evaluate(() => document.documentElement.scrollWidth);
  const deadline = Date.now() + 5_000;
  let width = await read();
  while (width > (page.viewportSize()?.width ?? width) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    width = await read();
  }
  return width;
}

/**
 * Clicks the confirm button of an open Popconfirm or Modal and waits until it has closed. On a
 * loaded machine a click can land while the popup is still animating in and do nothing (seen: a
 * claim never withdrawn); click again then.
 */
export async function confirmPopup(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  for (let attempt = 1; ; attempt += 1) {
    await button.click();
    try {
      await button.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
