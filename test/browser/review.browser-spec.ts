import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { needBody, registrationBody } from '../support/factories';
import { signUp, signUpWithRole, type Session } from '../support/sessions';
import { seriousAccessibilityViolations } from './support/accessibility';
import { fieldError, settledScrollWidth } from './support/antd';
import { startBrowserStack, type BrowserStack } from './support/browser-stack';
import { gotoSignedIn } from './support/sign-in';

jest.setTimeout(240_000);

const NEW_NEED = '动力电池模组激光焊接质量在线检测需求';
const TO_REJECT = '储能电池热失控早期预警技术需求';
const OWN_NEED = '评审人本机构的电池回收工艺需求';
const PUBLISHED = '锂电池极片涂布厚度在线检测需求';
const EDITED = '锂电池极片辊压厚度在线检测需求';
const EDITED_AGAIN = '锂电池极片辊压厚度与面密度在线检测需求';

/**
 * The review desk (/review): an organiser who also owns an SME approves and rejects other
 * organisations' new listings, does not find their own organisation's listing among them,
 * reads an edit's field diff, meets a 409 when the owner edits again meanwhile, then approves.
 */
describe('review desk: new listings and edits of published ones, with the diff and conflicts', () => {
  let stack: BrowserStack;
  let http: App;
  let sme: Session;
  let reviewer: Session;

  const createNeed = async (owner: Session, title: string, submit = true): Promise<string> => {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(owner.auth)
      .send(needBody(owner.organisationId, { title }))
      .expect(201);
    const { id } = created.body as { id: string };
    if (submit) {
      await request(http)
        .post(`/api/v1/needs/${id}/transitions`)
        .set(owner.auth)
        .send({ action: 'submit' })
        .expect(200);
    }
    return id;
  };
  const need = async (id: string, owner: Session = sme) =>
    (await request(http).get(`/api/v1/needs/${id}`).set(owner.auth).expect(200)).body as {
      status: string;
      title: string;
      version: number;
      rejectionReason: string | null;
      pendingRevision: unknown;
    };

  beforeAll(async () => {
    stack = await startBrowserStack({ LISTING_REVIEW_REQUIRED: 'true' });
    http = stack.product.api.getHttpServer() as App;
    const db = stack.product.api.get(DataSource);
    sme = await signUp(http, registrationBody({ name: '苏州测试动力电池有限公司' }));
    // An organiser who is also the owner of an SME: its listings are never theirs to review.
    reviewer = await signUpWithRole(
      http,
      db,
      'organiser',
      registrationBody({ name: '评审人自有电池回收有限公司' }),
    );
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('approves, rejects with a reason, shows the diff, survives a conflict, at 375 px too', async () => {
    const newId = await createNeed(sme, NEW_NEED);
    const rejectId = await createNeed(sme, TO_REJECT);
    const ownId = await createNeed(reviewer, OWN_NEED);
    // A published need whose owner then edits the title and the description.
    const publishedId = await createNeed(sme, PUBLISHED);
    const other = await signUpWithRole(http, stack.product.api.get(DataSource), 'organiser');
    await request(http)
      .post(`/api/v1/needs/${publishedId}/transitions`)
      .set(other.auth)
      .send({ action: 'approve', version: (await need(publishedId)).version })
      .expect(200);
    const description = needBody(sme.organisationId).description;
    await request(http)
      .patch(`/api/v1/needs/${publishedId}`)
      .set(sme.auth)
      .send({
        title: EDITED,
        description: `${description}另需兼容辊压工序。`,
        version: (await need(publishedId)).version,
      })
      .expect(200);

    const { page, watch } = await stack.open('/');
    await gotoSignedIn(page, '/review', reviewer.body);
    await page.getByRole('heading', { name: '审核工作台' }).waitFor();
    // The navigation offers the desk to an organiser.
    await page.getByRole('menuitem', { name: '审核' }).waitFor();

    // New listings: the other SME's carry decisions; the reviewer's own one is someone else's
    // to decide, so neither the list nor the counts hold it.
    const card = (title: string) => page.getByTestId('pending-listing').filter({ hasText: title });
    await card(NEW_NEED).waitFor();
    expect(await card(OWN_NEED).count()).toBe(0);
    const cards = await page.getByTestId('pending-listing').count();
    await page.getByRole('tab', { name: `新发布待审（${cards}）` }).waitFor();
    await page.getByText(`技术需求（${cards}）`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await card(NEW_NEED).getByRole('button', { name: '审核通过' }).click();
    await page
      .getByTestId('review-notice')
      .filter({ hasText: `已审核通过：${NEW_NEED}` })
      .waitFor();
    await card(NEW_NEED).waitFor({ state: 'detached' });
    expect((await need(newId)).status).toBe('published');

    // Rejecting needs a reason, said under the field; the owner then reads it.
    await card(TO_REJECT)
      .getByRole('button', { name: /^驳\s*回$/ })
      .click();
    await card(TO_REJECT).getByRole('button', { name: '确认驳回' }).click();
    await fieldError(page, '驳回理由').filter({ hasText: '请填写理由' }).waitFor();
    expect((await need(rejectId)).status).toBe('pending_review');
    await card(TO_REJECT).getByLabel('驳回理由').fill('请补充储能系统的规模和现有 BMS 型号');
    await card(TO_REJECT).getByRole('button', { name: '确认驳回' }).click();
    await page
      .getByTestId('review-notice')
      .filter({ hasText: `已驳回：${TO_REJECT}` })
      .waitFor();
    expect(await need(rejectId)).toMatchObject({
      status: 'rejected',
      rejectionReason: '请补充储能系统的规模和现有 BMS 型号',
    });
    expect((await need(ownId, reviewer)).status).toBe('pending_review');

    // The edit: field by field, the published value beside the proposed one.
    await page.getByRole('tab', { name: /修改待审/ }).click();
    const revision = page.getByTestId('pending-revision').filter({ hasText: PUBLISHED });
    const titleDiff = revision.locator('[data-field="title"]');
    await titleDiff.waitFor();
    await titleDiff.locator('.rt-diff-old del').filter({ hasText: '涂布' }).waitFor();
    await titleDiff.locator('.rt-diff-new ins').filter({ hasText: '辊压' }).waitFor();
    await revision
      .locator('[data-field="description"] .rt-diff-new ins')
      .filter({ hasText: '另需兼容辊压工序。' })
      .waitFor();
    expect(await revision.locator('[data-field]').count()).toBe(2);
    await stack.screenshot(page, 'review-desk-diff');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The owner edits again while the reviewer reads: approving what they saw is a 409.
    await request(http)
      .patch(`/api/v1/needs/${publishedId}`)
      .set(sme.auth)
      .send({ title: EDITED_AGAIN, version: (await need(publishedId)).version })
      .expect(200);
    await revision.getByRole('button', { name: '审核通过' }).click();
    await page.getByTestId('review-notice').filter({ hasText: '已被修改' }).waitFor();
    expect((await need(publishedId)).title).toBe(PUBLISHED);
    // The queue was read again: the diff now shows the latest edit, which the reviewer approves.
    await titleDiff.locator('.rt-diff-new').filter({ hasText: EDITED_AGAIN }).waitFor();

    // At 375 px the diff stacks and nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    await titleDiff.locator('.rt-diff-new').waitFor();
    const [oldBox, newBox] = await Promise.all([
      titleDiff.locator('.rt-diff-old').boundingBox(),
      titleDiff.locator('.rt-diff-new').boundingBox(),
    ]);
    expect(newBox!.y).toBeGreaterThan(oldBox!.y + oldBox!.height - 1);
    expect(await settledScrollWidth(page)).toBeLessThanOrEqual(375);
    await stack.screenshot(page, 'review-375');

    await revision.getByRole('button', { name: '审核通过' }).click();
    await page.getByTestId('review-notice').filter({ hasText: '已审核通过' }).waitFor();
    await revision.waitFor({ state: 'detached' });
    expect(await need(publishedId)).toMatchObject({ title: EDITED_AGAIN, pendingRevision: null });
    await stack.screenshot(page, 'review-last-page');

    expect(await watch.cspViolations()).toEqual([]);
    // Chromium logs every 4xx answer; the one 409 was the conflict above, shown as a notice.
    expect(watch.consoleErrors).toEqual([
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    expect(watch.pageErrors).toEqual([]);
  });
});
