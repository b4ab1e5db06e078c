import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { SearchClient } from '@rongtong/search';
import { registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(120_000);

interface NameChange {
  id: string;
  organisationId: string;
  currentName: string;
  fromName: string;
  toName: string;
  status: string;
  decisionReason: string | null;
}

/**
 * An organisation's name is what mail recipients and visitors trust: only owners rename it, the
 * new name waits for an organiser (the public one stays meanwhile), and every request is kept.
 */
describe('organisation names: owner-only, under review, with history', () => {
  let product: RunningProduct;
  let http: App;
  let organiser: Session;
  let owner: Session;
  let member: Session;
  const originalName = '大连精工数控机床有限公司';

  const patch = (session: Session, body: object) =>
    request(http)
      .patch(`/api/v1/organisations/${owner.organisationId}`)
      .set(session.auth)
      .send(body);
  const publicName = async () =>
    (await request(http).get(`/api/v1/organisations/${owner.organisationId}`).expect(200)).body
      .name as string;
  const pendingQueue = async () =>
    (
      await request(http)
        .get('/api/v1/review-queue/organisation-names?limit=100')
        .set(organiser.auth)
        .expect(200)
    ).body.items as NameChange[];
  const decide = (id: string, action: 'approve' | 'reject', session: Session, body: object = {}) =>
    request(http)
      .post(`/api/v1/organisation-name-changes/${id}/${action}`)
      .set(session.auth)
      .send(body);

  beforeAll(async () => {
    product = await startProduct();
    http = product.api.getHttpServer() as App;
    organiser = await signUpWithRole(http, product.api.get(DataSource), 'organiser');
    owner = await signUp(http, registrationBody({ name: originalName }));
    member = await signUp(http);
    await product.api
      .get(DataSource)
      .query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'member')`, [
        member.userId,
        owner.organisationId,
      ]);
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('members may edit the profile but not the name (403); the unchanged name passes', async () => {
    const refused = await patch(member, { name: '免费领取大奖请加微信abc123' }).expect(403);
    expect(refused.body.error.code).toBe('OWNER_ONLY');
    // The profile form sends the name it shows: the same name is no rename.
    const edited = await patch(member, { name: originalName, profile: '精密数控机床主轴' }).expect(
      200,
    );
    expect(edited.body).toMatchObject({
      name: originalName,
      profile: '精密数控机床主轴',
      pendingName: null,
    });
    expect(await pendingQueue()).not.toContainEqual(
      expect.objectContaining({ organisationId: owner.organisationId }),
    );
  });

  it('an owner’s rename waits for review; a rejection keeps the public name and says why', async () => {
    const asked = await patch(owner, { name: '  大连精工智能装备有限公司 ' }).expect(200);
    expect(asked.body.name).toBe(originalName);
    expect(asked.body.pendingName).toMatchObject({ name: '大连精工智能装备有限公司' });
    expect(await publicName()).toBe(originalName);

    // A second request replaces the first before anyone decided.
    await patch(owner, { name: '大连精工智能科技有限公司' }).expect(200);
    const queued = (await pendingQueue()).filter((c) => c.organisationId === owner.organisationId);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      currentName: originalName,
      fromName: originalName,
      toName: '大连精工智能科技有限公司',
    });

    // Nobody but organisers and admins decides, and never on their own organisation.
    expect((await decide(queued[0].id, 'approve', owner).expect(403)).body.error.code).toBe(
      'REVIEWER_ONLY',
    );
    const own = await request(http)
      .patch(`/api/v1/organisations/${organiser.organisationId}`)
      .set(organiser.auth)
      .send({ name: '某某会展服务中心' })
      .expect(200);
    expect(
      (await decide(own.body.pendingName.id, 'approve', organiser).expect(403)).body.error.code,
    ).toBe('OWN_ORGANISATION');

    const noReason = await decide(queued[0].id, 'reject', organiser).expect(400);
    expect(noReason.body.error.fields[0].field).toBe('reason');
    await decide(queued[0].id, 'reject', organiser, { reason: '与营业执照名称不一致' }).expect(200);
    expect(await publicName()).toBe(originalName);
    await decide(queued[0].id, 'approve', organiser).expect(409);
  });

  it('an approved name goes public and into the search index; the history keeps every request', async () => {
    const asked = await patch(owner, { name: '大连精工数控装备股份有限公司' }).expect(200);
    const approved = await decide(asked.body.pendingName.id, 'approve', organiser).expect(200);
    expect(approved.body.status).toBe('approved');
    expect(await publicName()).toBe('大连精工数控装备股份有限公司');

    const search = product.worker.get(SearchClient);
    const index = search.client.index(search.indexName('organisations'));
    await eventually(async () => {
      const document = await index.getDocument<{ name: string }>(owner.organisationId);
      expect(document.name).toBe('大连精工数控装备股份有限公司');
    }, 30_000);

    const history = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}/name-changes`)
      .set(member.auth)
      .expect(200);
    expect((history.body as NameChange[]).map((c) => [c.toName, c.status])).toEqual([
      ['大连精工数控装备股份有限公司', 'approved'],
      ['大连精工智能科技有限公司', 'rejected'],
      ['大连精工智能装备有限公司', 'withdrawn'],
    ]);
    expect((history.body as NameChange[])[1].decisionReason).toBe('与营业执照名称不一致');
    const outsider = await signUp(http);
    await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}/name-changes`)
      .set(outsider.auth)
      .expect(404);
  });
});
