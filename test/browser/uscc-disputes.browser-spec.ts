import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { registrationBody } from '../support/factories';
import { signUp, type Session } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { chooseCascader, chooseOption, confirmPopup } from './support/antd';
import { SCREENSHOT_DIR, startBrowserStack, type BrowserStack } from './support/browser-stack';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(240_000);

const SQUATTER_NAME = '抢注测试贸易有限公司';
const REAL_NAME = '鞍山测试重型机械有限公司';
const NAME_ASKED = '鞍山测试智能重工有限公司';

/**
 * A company whose USCC someone registered first is not left at a dead end: the sign-up page
 * says the code is taken (not by whom) and offers a claim, which creates the account and a
 * dispute for an admin. On "my USCC claims" the claimant attaches a licence scan and can
 * withdraw the claim; an owner can withdraw a pending name change.
 */
describe('sign-up with a taken USCC leads into a claim; claims and name changes can be withdrawn', () => {
  let stack: BrowserStack;
  let http: App;
  let squatter: Session;

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    squatter = await signUp(http, registrationBody({ name: SQUATTER_NAME }));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('offers a claim for a taken code, then evidence and withdrawal on the claim page', async () => {
    const real = registrationBody({ name: REAL_NAME });
    const scan = join(SCREENSHOT_DIR, '营业执照扫描件.pdf');
    writeFileSync(scan, '%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

    const { page, watch } = await stack.open('/sign-up');
    await page.getByLabel('邮箱').fill(real.email);
    await page.getByLabel('姓名').fill('赵工');
    await page.getByLabel('密码').fill(real.password);
    await chooseOption(page, '机构类型', '中小企业');
    await page.getByLabel('机构名称').fill(REAL_NAME);
    await page.getByLabel('统一社会信用代码').fill(squatter.body.organisation.uscc);
    await chooseCascader(page, '所在地区', ['辽宁省']);
    await chooseCascader(page, '所属行业（国民经济行业分类）', ['制造业']);
    const register = page.getByRole('main').getByRole('button', { name: /注\s*册/ });
    await register.click();

    // Taken: explained, with a way forward; who holds it is not said.
    const taken = page.getByTestId('uscc-taken');
    await taken.filter({ hasText: '该统一社会信用代码已在平台注册' }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain(SQUATTER_NAME);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await taken.getByRole('button', { name: '申请认领/提出异议' }).click();
    await page.getByRole('button', { name: '注册并提交认领申请' }).click();
    await page.getByText('请填写 5–2000 字的说明').waitFor();
    await page.getByLabel('证明材料说明').fill('营业执照注册号 210300000012345，法定代表人赵明');
    await page.getByRole('button', { name: '注册并提交认领申请' }).click();

    // Signed in, on the claim page: the dispute waits for an admin.
    await page.waitForURL((url) => url.pathname === '/my/uscc-claims');
    const claim = page
      .getByTestId('my-uscc-claim')
      .filter({ hasText: squatter.body.organisation.uscc });
    await claim.getByTestId('claim-status').filter({ hasText: '待审核' }).waitFor();
    await claim.getByText('争议认领').waitFor();

    // A licence scan goes with it.
    await claim.locator('input[type="file"]').setInputFiles(scan);
    await claim.getByTestId('evidence-file').filter({ hasText: '营业执照扫描件.pdf' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Withdrawn: no more evidence, the status says so, and the API agrees.
    await claim.getByRole('button', { name: '撤回认领申请' }).click();
    await confirmPopup(page, /^撤\s*回$/);
    await claim.getByTestId('claim-status').filter({ hasText: '已撤回' }).waitFor();
    expect(await claim.getByRole('button', { name: '上传证明材料' }).count()).toBe(0);
    // The history reads as sentences, not the audit log's action codes.
    await claim.locator('.rt-history li').filter({ hasText: '申请人撤回申请' }).waitFor();
    expect(await claim.locator('.rt-history li').allInnerTexts()).toEqual([
      expect.stringContaining('提交认领申请'),
      expect.stringContaining('上传了证明材料（营业执照扫描件.pdf）'),
      expect.stringContaining('申请人撤回申请'),
    ]);
    // The claims page is in the account menu, wherever the claimant is.
    await page.goto('/');
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: '我的认领申请' }).click();
    await page.waitForURL((url) => url.pathname === '/my/uscc-claims');
    await claim.getByTestId('claim-status').filter({ hasText: '已撤回' }).waitFor();
    const { accessToken } = (
      await request(http)
        .post('/api/v1/auth/login')
        .send({ email: real.email, password: real.password })
        .expect(200)
    ).body as { accessToken: string };
    const claims = await request(http)
      .get('/api/v1/me/uscc-claims')
      .set('Authorization', `Bearer ${accessToken}`)
      .expect(200);
    expect(claims.body).toMatchObject([{ kind: 'dispute', status: 'withdrawn' }]);
    expect(watch.pageErrors).toEqual([]);
  });

  it('an owner withdraws a pending name change; the public name stays', async () => {
    await request(http)
      .patch(`/api/v1/organisations/${squatter.organisationId}`)
      .set(squatter.auth)
      .send({ name: NAME_ASKED })
      .expect(200);
    const { page } = await stack.open('/');
    await gotoSignedIn(page, '/my/organisation', squatter.body);
    const pending = page.getByTestId('pending-name').filter({ hasText: NAME_ASKED });
    await pending.getByRole('button', { name: '撤回名称变更' }).click();
    await confirmPopup(page, /^撤\s*回$/);
    await pending.waitFor({ state: 'detached' });
    const history = await request(http)
      .get(`/api/v1/organisations/${squatter.organisationId}/name-changes`)
      .set(squatter.auth)
      .expect(200);
    expect(history.body).toMatchObject([{ toName: NAME_ASKED, status: 'withdrawn' }]);
    const profile = await request(http)
      .get(`/api/v1/organisations/${squatter.organisationId}`)
      .expect(200);
    expect((profile.body as { name: string }).name).toBe(SQUATTER_NAME);
  });
});
