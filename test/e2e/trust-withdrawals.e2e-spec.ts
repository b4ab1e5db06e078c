import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { registrationBody } from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(120_000);

/**
 * Whoever asked may take a pending request back: a claimant their USCC claim, an owner the
 * organisation's name change. Nobody else may (404 for strangers, 403 for plain members), and
 * a decided request stays decided (409).
 */
describe('withdrawing a pending USCC claim or name change', () => {
  let product: RunningProduct;
  let http: App;
  let organiser: Session;
  const db = () => product.api.get(DataSource);
  const post = (path: string, session: Session, body: object = {}) =>
    request(http).post(`/api/v1/${path}`).set(session.auth).send(body);

  beforeAll(async () => {
    product = await startProduct();
    http = product.api.getHttpServer() as App;
    organiser = await signUpWithRole(http, db(), 'organiser');
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('the claimant withdraws a pending claim once; nobody else can; evidence stops', async () => {
    const sme = await signUp(http);
    const [claim] = (await request(http).get('/api/v1/me/uscc-claims').set(sme.auth)).body as {
      id: string;
    }[];
    const stranger = await signUp(http);
    expect(
      (await post(`uscc-claims/${claim.id}/withdraw`, stranger).expect(404)).body.error.code,
    ).toBe('USCC_CLAIM_NOT_FOUND');
    await post(`uscc-claims/${claim.id}/withdraw`, organiser).expect(404);
    await post('uscc-claims/not-a-uuid/withdraw', sme).expect(404);

    const withdrawn = await post(`uscc-claims/${claim.id}/withdraw`, sme).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(
      (withdrawn.body.history as { action: string; toStatus: string }[]).map((h) => [
        h.action,
        h.toStatus,
      ]),
    ).toEqual([
      ['submitted', 'pending'],
      ['withdrawn', 'withdrawn'],
    ]);
    expect((await post(`uscc-claims/${claim.id}/withdraw`, sme).expect(409)).body.error.code).toBe(
      'USCC_CLAIM_STATE',
    );
    // Out of the reviewers' queue, and no more evidence.
    const queue = await request(http)
      .get('/api/v1/review-queue/uscc-claims?limit=100')
      .set(organiser.auth)
      .expect(200);
    expect((queue.body.items as { id: string }[]).map((c) => c.id)).not.toContain(claim.id);
    await request(http)
      .post(`/api/v1/uscc-claims/${claim.id}/evidence?filename=licence.pdf`)
      .set(sme.auth)
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from('%PDF-1.7\n%%EOF\n'))
      .expect(409);
    // The organisation's code is unverified again; the owner may claim it anew.
    const organisation = await request(http)
      .get(`/api/v1/organisations/${sme.organisationId}`)
      .expect(200);
    expect(organisation.body.usccStatus).toBe('unverified');
    await post('uscc-claims', sme, {
      uscc: sme.body.organisation.uscc,
      evidence: '营业执照副本编号 2102110001',
    }).expect(201);
  });

  it('an owner withdraws a pending name change; members may not; the public name stays', async () => {
    const owner = await signUp(http, registrationBody({ name: '大连测试液压件有限公司' }));
    const member = await signUp(http);
    await db().query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'member')`,
      [member.userId, owner.organisationId],
    );
    await request(http)
      .patch(`/api/v1/organisations/${owner.organisationId}`)
      .set(owner.auth)
      .send({ name: '大连测试液压科技有限公司' })
      .expect(200);
    const history = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}/name-changes`)
      .set(owner.auth)
      .expect(200);
    const [pending] = history.body as { id: string; status: string }[];
    expect(pending.status).toBe('pending');

    const path = `organisation-name-changes/${pending.id}/withdraw`;
    expect((await post(path, member).expect(403)).body.error.code).toBe('OWNER_ONLY');
    expect((await post(path, await signUp(http)).expect(404)).body.error.code).toBe(
      'NAME_CHANGE_NOT_FOUND',
    );
    const withdrawn = await post(path, owner).expect(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await post(path, owner).expect(409)).body.error.code).toBe('NAME_CHANGE_STATE');
    // A withdrawn name cannot be approved any more.
    await post(`organisation-name-changes/${pending.id}/approve`, organiser).expect(409);
    const profile = await request(http)
      .get(`/api/v1/organisations/${owner.organisationId}`)
      .expect(200);
    expect(profile.body.name).toBe('大连测试液压件有限公司');
  });
});
