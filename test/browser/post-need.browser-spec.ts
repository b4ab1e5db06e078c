import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { makeValidUscc } from '@rongtong/identity';
import { registrationBody } from '../support/factories';
import { signUpWithRole } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { chooseCascader, chooseOption, fieldError, formProblems } from './support/antd';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { waitUntilSearchable } from './support/listings';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(240_000);

const TITLE = '动力锂电池极片涂布厚度在线检测技术需求';

describe('journey 2: an SME registers, posts a need and submits it; approved, it is searchable', () => {
  let stack: BrowserStack;
  let http: App;

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'true' });
    http = stack.product.api.getHttpServer() as App;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('shows the Chinese USCC message under the field, then registers, posts, submits once', async () => {
    const email = `battery.${Date.now()}@example.cn`;
    const password = 'Correct-Horse-42-Battery';
    const valid = makeValidUscc('320505', 20_000_000 + (Date.now() % 1_000_000));
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const { page, watch } = await stack.open('/sign-up');
    await page.getByRole('heading', { name: '注册机构账号' }).waitFor();

    const typed: [string, string][] = [
      ['邮箱', email],
      ['姓名', '陈工'],
      ['密码', password],
      ['机构名称', '苏州测试极片科技有限公司'],
      ['统一社会信用代码', wrong],
    ];
    for (const [label, value] of typed) await page.getByLabel(label).fill(value);
    await chooseOption(page, '机构类型', '中小企业');
    await chooseCascader(page, '所在地区', ['江苏省']);
    await chooseCascader(page, '所属行业（国民经济行业分类）', ['制造业']);
    // Every typed value is still in the form when it is sent.
    for (const [label, value] of typed) {
      expect(await page.getByLabel(label).inputValue()).toBe(value);
    }
    await page
      .getByRole('main')
      .getByRole('button', { name: /注\s*册/ })
      .click();
    await fieldError(page, '统一社会信用代码')
      .filter({ hasText: '统一社会信用代码校验位不正确' })
      .waitFor()
      .catch(async (error: Error) => {
        // Say what the page shows instead, so a failure explains itself.
        throw new Error(`${error.message}\npage shows: ${(await formProblems(page)).join(' | ')}`);
      });
    // Nothing was created: the email cannot sign in.
    await request(http).post('/api/v1/auth/login').send({ email, password }).expect(401);

    await page.getByLabel('统一社会信用代码').fill(valid);
    await page
      .getByRole('main')
      .getByRole('button', { name: /注\s*册/ })
      .click();
    await page.getByTestId('account-menu').waitFor();

    // In real life the mailed link confirms the address before anything is published; here the test marks it.
    await stack.product.api
      .get(DataSource)
      .query('UPDATE app_user SET email_verified_at = now() WHERE email = $1', [email]);

    // Post a need through the form; a double click on "save and submit" creates one listing.
    await page.goto('/my/listings/new/need');
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('关键词', { exact: true }).fill('锂电池');
    await page.keyboard.press('Enter');
    await page.getByLabel('关键词', { exact: true }).fill('极片涂布');
    await page.keyboard.press('Enter');
    await chooseCascader(page, '所属行业', ['制造业']);
    await chooseCascader(page, '所在地区', ['江苏省']);
    await page
      .getByLabel('需求描述')
      .fill('我司生产动力锂电池，极片涂布厚度波动影响电芯一致性，寻求在线检测与闭环控制方案。');
    await page.getByRole('checkbox', { name: '技术许可' }).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('save-and-submit').dblclick();
    await page.waitForURL(/\/my\/listings\/need\/[0-9a-f-]{36}$/);
    await page.getByTestId('own-listing-status').filter({ hasText: '待审核' }).waitFor();
    const needId = page.url().split('/').pop()!;

    const me = await request(http).post('/api/v1/auth/login').send({ email, password }).expect(200);
    const auth = { Authorization: `Bearer ${(me.body as { accessToken: string }).accessToken}` };
    const profile = await request(http).get('/api/v1/me').set(auth).expect(200);
    const organisationId = (profile.body as { memberships: { organisationId: string }[] })
      .memberships[0].organisationId;
    const own = await request(http)
      .get(`/api/v1/organisations/${organisationId}/needs`)
      .set(auth)
      .expect(200);
    expect((own.body as { total: number }).total).toBe(1);

    // An organiser approves it on the review desk, and search finds it.
    const db = stack.product.api.get(DataSource);
    const organiser = await signUpWithRole(http, db, 'organiser', {
      ...registrationBody({ type: 'organiser', industryCode: '9221' }),
    });
    const desk = await stack.open('/');
    await gotoSignedIn(desk.page, '/review', organiser.body);
    const card = desk.page.getByTestId('pending-listing').filter({ hasText: TITLE });
    await card.getByRole('button', { name: '审核通过' }).click();
    await desk.page
      .getByTestId('review-notice')
      .filter({ hasText: `已审核通过：${TITLE}` })
      .waitFor();
    expect(await desk.watch.cspViolations()).toEqual([]);
    expect(desk.watch.consoleErrors).toEqual([]);
    await waitUntilSearchable(http, 'need', '极片涂布', [needId]);
    await page.goto(`/search?q=${encodeURIComponent('极片涂布')}&type=need`);
    await page.getByTestId('hit-title').filter({ hasText: TITLE }).waitFor();
    await stack.screenshot(page, 'journey-2-searchable');

    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
