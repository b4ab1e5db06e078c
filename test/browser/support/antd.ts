import type { Locator, Page } from 'playwright-core';

/** Picks an option of the antd Select whose control is labelled `name`. */
export async function chooseOption(page: Page, name: string, option: string): Promise<void> {
  await page.getByLabel(name, { exact: true }).click();
  await page
    .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`)
    .click();
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
