import type { Page } from 'playwright-core';

/** Signs in through the sign-in page (the page must show it), then waits for the account menu. */
export async function signInThroughPage(
  page: Page,
  credentials: { email: string; password: string; displayName?: string },
): Promise<void> {
  await page.getByLabel('邮箱').fill(credentials.email);
  await page.getByLabel('密码').fill(credentials.password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
  await page.getByTestId('account-menu').waitFor();
}

/** Opens `path` signed in: the page sends the visitor to sign-in and back. */
export async function gotoSignedIn(
  page: Page,
  path: string,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/sign-in/);
  await signInThroughPage(page, credentials);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}
