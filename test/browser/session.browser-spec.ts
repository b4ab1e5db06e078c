// Functions passed to page.evaluate run in the browser: DOM types for them.
/// <reference lib="dom" />
import request from 'supertest';
import type { App } from 'supertest/types';
import type { BrowserContext, Page } from 'playwright-core';
import { registrationBody } from '../support/factories';
import { register, type ErrorBody } from '../support/sessions';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';

jest.setTimeout(180_000);

/** Access tokens live 30 s here, so the silent renewal (at half-life) happens within the test. */
const ACCESS_TTL_SECONDS = 30;

async function refreshCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === 'rt_refresh');
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page
    .getByRole('button', { name: '登 录' })
    .or(page.getByRole('button', { name: '登录' }))
    .click();
}

describe('journey 4: the browser session (refresh cookie, reload, sign-out, expiry)', () => {
  let stack: BrowserStack;
  let http: App;
  const body = registrationBody({ regionCode: '210211', name: '大连测试会话机床有限公司' });

  beforeAll(async () => {
    stack = await startBrowserStack({ JWT_ACCESS_TTL_SECONDS: String(ACCESS_TTL_SECONDS) });
    http = stack.product.api.getHttpServer() as App;
    await register(http, body);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps the session over a reload through the HttpOnly cookie, and ends it on sign-out', async () => {
    const { context, page, watch } = await stack.open('/account');
    await page.waitForURL(/\/sign-in\?next=%2Faccount/);
    await signIn(page, body.email, body.password);
    await page.waitForURL(/\/account$/);
    await page.getByTestId('account-menu').filter({ hasText: body.displayName }).waitFor();

    const cookie = await refreshCookie(context);
    expect(cookie).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/api/v1/auth',
      secure: true, // NODE_ENV=test: Secure outside development
    });
    // No script can read it: not on the app's pages, not even on a page under its own path.
    expect(await page.evaluate(() => document.cookie)).not.toContain('rt_refresh');
    const probe = await context.newPage();
    await probe.goto('/api/v1/auth/login');
    expect(await probe.evaluate(() => document.cookie)).not.toContain('rt_refresh');
    await probe.close();
    // The access token is kept in memory only.
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+/);

    await page.reload();
    await page.getByTestId('account-menu').filter({ hasText: body.displayName }).waitFor();
    expect(page.url()).toMatch(/\/account$/);
    await stack.screenshot(page, 'journey-4-signed-in-after-reload');

    await page.getByTestId('account-menu').hover();
    await page.getByText('退出登录').click();
    await page.getByRole('link', { name: '登录' }).waitFor();
    expect(await refreshCookie(context)).toBeUndefined();
    await page.goto('/account');
    await page.waitForURL(/\/sign-in\?next=%2Faccount/);
    await page.reload();
    await page.getByRole('heading', { name: '登录融通' }).waitFor();
    await stack.screenshot(page, 'journey-4-signed-out');

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('renews silently before expiry; when the session is gone, sends the person to sign in and back', async () => {
    const { context, page, watch } = await stack.open('/sign-in?next=%2Faccount');
    await signIn(page, body.email, body.password);
    await page.waitForURL(/\/account$/);
    const first = (await refreshCookie(context))!.value;

    // Half-life renewal: a refresh with the cookie rotates it, without the person noticing.
    const renewal = await page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh'), {
      timeout: ACCESS_TTL_SECONDS * 1000,
    });
    expect(renewal.status()).toBe(200);
    expect((await renewal.json()) as object).not.toHaveProperty('refreshToken');
    expect((await refreshCookie(context))!.value).not.toBe(first);
    expect(page.url()).toMatch(/\/account$/);

    // The refresh cookie disappears (revoked elsewhere, cleared): the next renewal fails, and the
    // person lands on sign-in with the way back to where they were.
    await context.clearCookies();
    await page.waitForURL(/\/sign-in\?next=%2Faccount&expired=1/, {
      timeout: ACCESS_TTL_SECONDS * 1000,
    });
    await page.getByText('登录已过期，请重新登录。').waitFor();
    await signIn(page, body.email, body.password);
    await page.waitForURL(/\/account$/);
    await page.getByTestId('account-menu').filter({ hasText: body.displayName }).waitFor();

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('refuses cookie refreshes without the custom header or from another origin', async () => {
    const login = await request(http)
      .post('/api/v1/auth/login')
      .set('X-Auth-Transport', 'cookie')
      .send({ email: body.email, password: body.password })
      .expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const refresh = () =>
      request(http)
        .post('/api/v1/auth/refresh')
        .set('Cookie', cookie)
        .set('X-Auth-Transport', 'cookie')
        .send({});

    expect(((await refresh().expect(403)).body as ErrorBody).error.code).toBe(
      'CSRF_HEADER_MISSING',
    );
    const foreign = await refresh()
      .set('X-Requested-With', 'rongtong-web')
      .set('Origin', 'https://evil.example')
      .expect(403);
    expect((foreign.body as ErrorBody).error.code).toBe('CSRF_ORIGIN_MISMATCH');
    await refresh()
      .set('X-Requested-With', 'rongtong-web')
      .set('Origin', stack.baseUrl)
      .expect(200);
  });
});
