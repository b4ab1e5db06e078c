import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import {
  certificationBody,
  challengeBody,
  daysFromNow,
  registrationBody,
} from '../support/factories';
import { signUp, signUpWithRole, type Session } from '../support/sessions';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { publishListing } from './support/listings';
import { fieldError } from './support/antd';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(300_000);

const PROPOSAL = {
  technicalApproach: '材料选型、结构优化、有限元寿命预测、台架试验验证四步走。',
  team: [{ name: '王建国', role: '项目负责人', title: '教授级高工' }],
  milestones: [{ date: daysFromNow(200), deliverable: '台架试验报告', indicator: '设计寿命' }],
  budget: [{ item: '设备费', amountWan: 300 }],
  trlNow: 4,
  trlAtDelivery: 7,
  ipArrangement: '新产生的知识产权双方共有。',
};

/**
 * 揭榜 in the browser: an eligible SME sees its eligibility on the challenge page, starts,
 * writes its summary (autosaved), submits; the owner qualifies, scores in the queue, shortlists
 * and awards; the SME's status shows 揭榜成功.
 */
describe('journey: apply → review → award', () => {
  let stack: BrowserStack;
  let http: App;
  let enterprise: Session;
  let sme: Session;
  let challengeId: string;

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    enterprise = await signUp(
      http,
      registrationBody({
        type: 'large_enterprise',
        regionCode: '310115',
        name: '华东测试重工集团',
      }),
    );
    sme = await signUp(
      http,
      registrationBody({ regionCode: '210211', name: '大连测试轴承有限公司' }),
    );
    // Only a verified tier counts: the SME's owner submits its certificate, an organiser verifies it.
    const certificate = await request(http)
      .post(`/api/v1/organisations/${sme.organisationId}/certifications`)
      .set(sme.auth)
      .send(certificationBody())
      .expect(201);
    const organiser = await signUpWithRole(http, stack.product.api.get(DataSource), 'organiser', {
      ...registrationBody({ type: 'organiser', industryCode: '9221' }),
    });
    await request(http)
      .post(`/api/v1/certifications/${(certificate.body as { id: string }).id}/verify`)
      .set(organiser.auth)
      .send({})
      .expect(200);
    challengeId = await publishListing(
      http,
      enterprise,
      'challenge',
      challengeBody(enterprise.organisationId),
    );
    await request(http)
      .post(`/api/v1/challenges/${challengeId}/evaluators`)
      .set(enterprise.auth)
      .send({ userId: enterprise.userId })
      .expect(201);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('takes an SME from eligibility to award', async () => {
    const applicant = await stack.open('/');
    const page = applicant.page;
    // The challenge page is public: sign in on a private page, then open it.
    await gotoSignedIn(page, '/applications', sme.body);
    await page.goto(`/challenges/${challengeId}`);
    // Eligibility is the verified tier on the deadline: say which rule failed if it is refused.
    const panel = page.getByTestId('apply-panel');
    await panel.waitFor();
    // Polls the panel's text, so a failure prints what the visitor saw instead (signed out,
    // a refused rule, an error).
    let seen = '';
    for (const started = Date.now(); Date.now() - started < 30_000;) {
      seen = await panel.innerText();
      if (seen.includes('符合揭榜条件')) break;
      await page.waitForTimeout(250);
    }
    expect(seen).toContain('符合揭榜条件');
    await page.getByRole('button', { name: '开始揭榜' }).click();
    await page.waitForURL(/\/applications\//);
    const applicationId = page.url().split('/applications/')[1];
    await page.getByTestId('summary').fill('采用渗碳轴承钢与表面强化工艺实现主轴承国产化替代。');
    await page.getByTestId('save-state').getByText('已自动保存').waitFor();
    // The rest of the proposal through the API (the form's other fields are the same route).
    const current = (await request(http).get(`/api/v1/applications/${applicationId}`).set(sme.auth))
      .body as { proposal: { summary: string } & Record<string, unknown> };
    expect(current.proposal.summary).toContain('渗碳轴承钢');
    await request(http)
      .put(`/api/v1/applications/${applicationId}/draft`)
      .set(sme.auth)
      .send({ proposal: { ...current.proposal, ...PROPOSAL } })
      .expect(200);
    await page.reload();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page
      .getByRole('button', { name: '确 定', exact: true })
      .or(page.getByRole('button', { name: '确定', exact: true }))
      .click();
    await page.getByTestId('stage').getByText('已提交').waitFor();

    const owner = await stack.open('/');
    await gotoSignedIn(owner.page, `/challenges/${challengeId}/review`, enterprise.body);
    await owner.page.getByRole('button', { name: '形式审查通过' }).click();
    await owner.page
      .getByRole('button', { name: '入 围', exact: true })
      .or(owner.page.getByRole('button', { name: '入围', exact: true }))
      .waitFor();
    await owner.page.goto('/review-queue');
    await owner.page.getByLabel('技术先进性').fill('8');
    await owner.page.getByLabel('产业化能力').fill('7');
    await owner.page.getByRole('button', { name: '保存评分' }).click();
    await owner.page.getByText('已保存，加权得分 76').waitFor();
    await owner.page.goto(`/challenges/${challengeId}/review`);
    await owner.page
      .getByRole('button', { name: '入 围', exact: true })
      .or(owner.page.getByRole('button', { name: '入围', exact: true }))
      .click();
    await owner.page.getByRole('button', { name: '确定揭榜单位' }).click();
    await owner.page.getByLabel('大连测试轴承有限公司').fill('300');
    await owner.page.getByLabel('揭榜结果公告').fill('经专家评审，确定揭榜单位。');
    await owner.page
      .getByRole('button', { name: '确 定', exact: true })
      .or(owner.page.getByRole('button', { name: '确定', exact: true }))
      .click();
    await owner.page.getByText('本榜单已完成揭榜').waitFor();

    await page.reload();
    await page.getByTestId('stage').getByText('揭榜成功').waitFor();
    await page.getByText('揭榜金额：300 万元').waitFor();
    await stack.screenshot(page, 'journey-challenge-awarded');
    expect(await applicant.watch.cspViolations()).toEqual([]);
  });
  it('lets an invited expert without an account create one from the link and reach the review queue', async () => {
    const second = await publishListing(
      http,
      enterprise,
      'challenge',
      challengeBody(enterprise.organisationId, { title: '数控机床主轴热误差在线补偿攻关' }),
    );
    const email = `expert.${Date.now()}@example.cn`;
    const invited = await request(http)
      .post(`/api/v1/challenges/${second}/evaluators`)
      .set(enterprise.auth)
      .send({ email })
      .expect(201);
    const token = (invited.body as { invitationToken: string }).invitationToken;

    const { page, watch } = await stack.open(`/evaluator-invitations?token=${token}`);
    await page.getByRole('button', { name: '登录后接受邀请' }).waitFor();
    await page.getByLabel('姓名').fill('王建国');
    // Long enough for the form, too common for the sign-up policy: the API's answer, in Chinese.
    await page.getByLabel('密码').fill('1234567890');
    await page.getByRole('button', { name: '创建账号并接受邀请' }).click();
    await fieldError(page, '密码').filter({ hasText: '密码强度不够' }).waitFor();
    await page.getByLabel('密码').fill('Correct-Horse-42-Battery');
    await page.getByRole('button', { name: '创建账号并接受邀请' }).click();
    await page.waitForURL(/\/review-queue$/);
    await page.getByTestId('account-menu').waitFor();
    const me = await request(http)
      .post('/api/v1/auth/login')
      .send({ email, password: 'Correct-Horse-42-Battery' })
      .expect(200);
    const evaluators = await request(http)
      .get(`/api/v1/challenges/${second}/evaluators`)
      .set(enterprise.auth)
      .expect(200);
    const row = (evaluators.body as { email: string; userId: string | null }[]).find(
      (e) => e.email === email,
    );
    expect(row?.userId).toBeTruthy();
    expect((me.body as { accessToken?: string }).accessToken).toBeTruthy();
    expect(await watch.cspViolations()).toEqual([]);
  });
});
