import request from 'supertest';
import type { App } from 'supertest/types';
import { registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { register } from '../support/sessions';
import { SmtpSink } from '../support/smtp-sink';
import { seriousAccessibilityViolations } from './support/accessibility';
import { fieldError } from './support/antd';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import type { PageWatch } from './support/page-watch';
import { gotoSignedIn, signInThroughPage } from './support/sign-in';

jest.setTimeout(240_000);

/** Chromium logs each refused request; these are the API's expected 400/401 answers. */
const REFUSED = /^Failed to load resource: the server responded with a status of 40[01] /;

/**
 * Account pages with the real mails: the verification link from the sink confirms the address
 * (once), the password is changed on the account page (the API's field errors under the fields),
 * forgotten and reset by the mailed link, then used to sign in; signing out everywhere from the
 * account menu ends a second browser's session too.
 */
describe('accounts: verify the email, change, forget and reset the password, sign out everywhere', () => {
  let sink: SmtpSink;
  let stack: BrowserStack;
  let http: App;

  /** The link in the newest account mail to `address` whose subject matches. */
  const mailedLink = (address: string, subject: RegExp) =>
    eventually(() => {
      const mail = sink
        .accountMailsTo(address)
        .filter((m) => subject.test(m.parsed.subject ?? ''))
        .at(-1);
      const link = /https?:\/\/\S+\?token=[A-Za-z0-9._-]+/.exec(mail?.parsed.text ?? '')?.[0];
      if (!link) throw new Error(`no ${subject} mail with a link to ${address} yet`);
      return link;
    }, 30_000);
  const onlyRefusals = (watch: PageWatch) =>
    watch.consoleErrors.filter((line) => !REFUSED.test(line));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startBrowserStack({ SMTP_URL: sink.url, LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
  });

  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
  });

  it('walks every account page with the mailed links', async () => {
    const body = registrationBody({ name: '宁波测试模具有限公司' });
    await register(http, body, { verify: false });
    const { page, watch } = await stack.open('/');

    // Verification: the account page says the address is unverified; the mailed link verifies it once.
    await gotoSignedIn(page, '/account', body);
    await page.getByTestId('email-unverified').waitFor();
    const verifyLink = await mailedLink(body.email, /验证您的邮箱/);
    expect(verifyLink.startsWith(`${stack.baseUrl}/verify-email?token=`)).toBe(true);
    await page.goto(verifyLink);
    await page.getByText('邮箱已验证', { exact: true }).waitFor();
    await page.goto('/account');
    await page.getByText('已验证', { exact: true }).waitFor();
    await page.goto(verifyLink);
    await page.getByText('验证链接无效或已过期').waitFor();

    // Change: a wrong current password and a weak new one come back as the API's field errors.
    await page.goto('/account');
    const newPassword = 'Ningbo-Mould-2026!';
    await page.getByLabel('当前密码').fill('Not-My-Password-1');
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '修改密码' }).click();
    await fieldError(page, '当前密码').filter({ hasText: '当前密码不正确' }).waitFor();
    await page.getByLabel('当前密码').fill(body.password);
    await page.getByLabel('新密码', { exact: true }).fill('abcdefghijk');
    await page.getByLabel('再次输入新密码').fill('abcdefghijk');
    await page.getByRole('button', { name: '修改密码' }).click();
    await fieldError(page, '新密码').filter({ hasText: '密码强度不够' }).waitFor();
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改，其他设备上的登录已退出。').waitFor();
    // The pointer rests on the button just clicked; its lighter hover colour is not what axe judges.
    await page.mouse.move(0, 0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await request(http)
      .post('/api/v1/auth/login')
      .send({ email: body.email, password: body.password })
      .expect(401);
    // This browser stayed signed in through the change (its new refresh cookie works).
    await page.reload();
    await page.getByTestId('account-menu').waitFor();

    // Forgotten: sign out, ask for a reset mail, follow its link, set a password, sign in with it.
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('banner').getByRole('link', { name: '登录', exact: true }).waitFor();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: '忘记密码？' }).click();
    // The sign-in form has an 邮箱 field too: fill only once the forgot page has replaced it.
    await page.getByRole('heading', { name: '找回密码' }).waitFor();
    await page.getByLabel('邮箱').fill(body.email);
    await page.getByRole('button', { name: '发送重置邮件' }).click();
    await page.getByTestId('reset-sent').waitFor();
    const resetLink = await mailedLink(body.email, /重置密码/);
    expect(resetLink.startsWith(`${stack.baseUrl}/reset-password?token=`)).toBe(true);
    await page.goto(resetLink);
    const resetPassword = 'Reset-Mould-Ningbo-77';
    await page.getByLabel('新密码', { exact: true }).fill(resetPassword);
    await page.getByLabel('再次输入新密码').fill(`${resetPassword}x`);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await fieldError(page, '再次输入新密码').filter({ hasText: '两次输入的密码不一致' }).waitFor();
    await page.getByLabel('再次输入新密码').fill(resetPassword);
    // axe reads a message that is still fading out as low contrast: wait until it has gone.
    await page.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '设置新密码' }).click();
    await page.waitForURL(/\/sign-in\?reset=1/);
    await page.getByText('密码已重置，请用新密码登录。').waitFor();
    await signInThroughPage(page, { email: body.email, password: resetPassword });
    await request(http)
      .post('/api/v1/auth/login')
      .send({ email: body.email, password: newPassword })
      .expect(401);

    // Everywhere: a second browser is signed in; the account menu ends both sessions.
    const other = await stack.open('/');
    await gotoSignedIn(other.page, '/account', { email: body.email, password: resetPassword });
    await page.goto('/account');
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: '退出所有设备' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^确\s*定$/ })
      .click();
    await page.waitForURL(/\/sign-in\?everywhere=1/);
    await page.getByText('已退出所有设备上的登录，请重新登录。').waitFor();
    await other.page.reload();
    await other.page.waitForURL(/\/sign-in/);
    await stack.screenshot(page, 'accounts-last-page');

    for (const seen of [watch, other.watch]) {
      expect(await seen.cspViolations()).toEqual([]);
      expect(seen.pageErrors).toEqual([]);
      expect(onlyRefusals(seen)).toEqual([]);
    }
    // The refusals were the wrong current password, the weak one and the used verification link.
    expect(watch.consoleErrors.filter((line) => REFUSED.test(line)).length).toBeGreaterThanOrEqual(
      3,
    );
  });
});
