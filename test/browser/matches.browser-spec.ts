import request from 'supertest';
import type { App } from 'supertest/types';
import { achievementBody, needBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { signUp, type Session } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { publishListing } from './support/listings';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(240_000);

const SME_CONTACT = { name: '周经理', phone: '+8613900001111', email: 'zhou@sme.example.cn' };
const UNI_CONTACT = { name: '王老师', phone: '+8613811112222', email: 'ttc@univ.example.cn' };

describe('journey 3: a university and an SME consent to a match; contacts appear only then', () => {
  let stack: BrowserStack;
  let http: App;
  let sme: Session;
  let university: Session;
  let matchId: string;

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'false' });
    http = stack.product.api.getHttpServer() as App;
    const smeBody = registrationBody({ name: '大连测试精密机床有限公司' });
    smeBody.organisation.contact = SME_CONTACT;
    sme = await signUp(http, smeBody);
    const uniBody = registrationBody({
      type: 'university',
      industryCode: '8341',
      regionCode: '210102',
      name: '东北测试理工大学',
    });
    uniBody.organisation.contact = UNI_CONTACT;
    university = await signUp(http, uniBody);
    const needId = await publishListing(http, sme, 'need', needBody(sme.organisationId));
    const achievementId = await publishListing(
      http,
      university,
      'achievement',
      achievementBody(university.organisationId),
    );
    matchId = await eventually(async () => {
      const page = await request(http)
        .get(`/api/v1/needs/${needId}/matches?counterpartKind=achievement`)
        .set(sme.auth)
        .expect(200);
      const { items } = page.body as { items: { id: string; counterpart: { id: string } }[] };
      const item = items.find((i) => i.counterpart.id === achievementId);
      if (!item) throw new Error('no match yet');
      return item.id;
    }, 60_000);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('shows 匹配度 and 推荐理由, carries interest from both sides, then shows both contacts', async () => {
    // The university sees the match with its score and reasons, and no contact yet.
    const uni = await stack.open('/');
    await gotoSignedIn(uni.page, '/matches', university.body);
    const uniCard = uni.page.locator(`[data-match-id="${matchId}"]`);
    await uniCard.waitFor();
    const score = Number(await uniCard.getByTestId('match-score').locator('strong').innerText());
    expect(score).toBeGreaterThanOrEqual(60);
    expect(score).toBeLessThanOrEqual(100);
    // What the number means, calibrated: at or above the notification threshold.
    expect(await uniCard.getByTestId('match-strength').innerText()).toBe('高度匹配');
    const reasons = await uniCard.getByTestId('match-reasons').locator('li').allInnerTexts();
    expect(reasons.length).toBeGreaterThanOrEqual(3);
    expect(reasons.some((r) => /^[+-]?\d+(\.\d)? 分/.test(r.trim()))).toBe(true);
    expect(reasons.join('\n')).toContain('价格在预算内');
    await uniCard
      .getByTestId('match-counterpart')
      .getByText('数控机床主轴热变形补偿技术需求')
      .waitFor();
    let text = await uni.page.locator('body').innerText();
    for (const secret of [SME_CONTACT.phone, SME_CONTACT.email]) expect(text).not.toContain(secret);
    expect(await seriousAccessibilityViolations(uni.page)).toEqual([]);

    // A double click shows interest once.
    await uniCard.getByRole('button', { name: '有意向' }).dblclick();
    await uniCard.getByTestId('match-state').filter({ hasText: '一方有意向' }).waitFor();

    // The SME sees it in the inbox badge, then in its match list, and answers.
    const smePage = await stack.open('/');
    await gotoSignedIn(smePage.page, '/matches', sme.body);
    const badge = smePage.page.getByTestId('inbox-badge');
    await eventually(async () => {
      await smePage.page.reload();
      await badge.waitFor();
      const unread = Number(await badge.getAttribute('data-unread'));
      expect(unread).toBeGreaterThan(0);
    }, 30_000);
    await badge.click();
    await smePage.page.waitForURL(/\/notifications/);
    await smePage.page
      .getByTestId('notification')
      .filter({ hasText: '对方表示兴趣' })
      .first()
      .waitFor();
    const smeCard = smePage.page.locator(`[data-match-id="${matchId}"]`);
    await smePage.page.goto('/matches');
    await smeCard.getByTestId('other-interest').waitFor();
    text = await smePage.page.locator('body').innerText();
    for (const secret of [UNI_CONTACT.phone, UNI_CONTACT.email]) expect(text).not.toContain(secret);
    await smeCard.getByRole('button', { name: '有意向' }).click();
    await smeCard.getByTestId('match-state').filter({ hasText: '双方有意向' }).waitFor();
    const smeContact = await smeCard.getByTestId('match-contact').innerText();
    expect(smeContact).toContain(UNI_CONTACT.phone);
    expect(smeContact).toContain(UNI_CONTACT.email);

    // The university now sees the SME's contact.
    await uni.page.reload();
    const uniContact = await uni.page
      .locator(`[data-match-id="${matchId}"]`)
      .getByTestId('match-contact')
      .innerText();
    expect(uniContact).toContain(SME_CONTACT.phone);
    expect(uniContact).toContain(SME_CONTACT.name);
    await stack.screenshot(uni.page, 'journey-3-matches-mutual');

    // One interest row per side: the double click did not act twice.
    const history = await request(http).get(`/api/v1/matches/${matchId}`).set(university.auth);
    expect((history.body as { interest: unknown }).interest).toEqual({ own: true, other: true });

    for (const { watch } of [uni, smePage]) {
      expect(await watch.cspViolations()).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    }
  });
});
