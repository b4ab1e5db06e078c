import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { ListingLifecycle } from '@rongtong/catalog';
import {
  achievementBody,
  challengeBody,
  daysFromNow,
  needBody,
  registrationBody,
} from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { AuthHeader, Session, signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(60_000);

describe('listings over HTTP: lifecycle, access and bad input', () => {
  let product: RunningProduct;
  let http: App;
  let sme: Session;
  let university: Session;
  let enterprise: Session;
  let reviewer: AuthHeader;

  const db = () => product.api.get(DataSource);
  const count = async (table: string) =>
    (await db().query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const listingEvents = async () =>
    (
      await db().query<{ n: number }[]>(
        // listing.indexed is the worker's (asynchronous) announcement, not a write.
        `SELECT count(*)::int AS n FROM outbox_event WHERE type LIKE 'listing.%' AND type <> 'listing.indexed'`,
      )
    )[0].n;

  beforeAll(async () => {
    product = await startProduct();
    http = product.api.getHttpServer() as App;
    sme = await signUp(http);
    university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );
    enterprise = await signUp(
      http,
      registrationBody({ type: 'large_enterprise', industryCode: '3451', regionCode: '310115' }),
    );
    reviewer = (await signUpWithRole(http, db(), 'organiser')).auth;
  });

  afterAll(async () => {
    await product?.stop();
  });

  const transition = (path: string, auth: Record<string, string>, body: object) =>
    request(http).post(`${path}/transitions`).set(auth).send(body);
  /** The version a reviewer sees (approve and reject carry it). */
  const seen = async (path: string) =>
    (await request(http).get(path).set(reviewer).expect(200)).body.version as number;

  it('draft → review → published, rejected with a reason, closed, renewed; every step recorded', async () => {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(sme.auth)
      .send(needBody(sme.organisationId))
      .expect(201);
    expect(created.body).toMatchObject({
      kind: 'need',
      status: 'draft',
      industryName: '金属切削机床制造',
    });
    const path = `/api/v1/needs/${created.body.id}`;

    // A draft is invisible to everyone but its owners and reviewers.
    await request(http).get(path).expect(404);
    await request(http).get(path).set(university.auth).expect(404);
    await request(http).get(path).set(reviewer).expect(200);

    expect((await transition(path, sme.auth, { action: 'submit' }).expect(200)).body.status).toBe(
      'pending_review',
    );
    const queue = await request(http).get('/api/v1/review-queue/needs').set(reviewer).expect(200);
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
    expect(
      (await request(http).get('/api/v1/review-queue/needs').set(sme.auth).expect(403)).body.error
        .code,
    ).toBe('REVIEWER_ONLY');

    // Owners cannot approve their own listing; a rejection needs a reason.
    expect(
      (await transition(path, sme.auth, { action: 'approve' }).expect(403)).body.error.code,
    ).toBe('REVIEWER_ONLY');
    expect(
      (await transition(path, reviewer, { action: 'reject' }).expect(400)).body.error.fields[0]
        .field,
    ).toBe('version');
    expect(
      (
        await transition(path, reviewer, { action: 'reject', version: await seen(path) }).expect(
          400,
        )
      ).body.error.fields[0].field,
    ).toBe('reason');
    await transition(path, reviewer, {
      action: 'reject',
      reason: '预算描述不清',
      version: await seen(path),
    }).expect(200);
    const rejected = await request(http).get(path).set(sme.auth).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: '预算描述不清' });

    const resubmitted = await transition(path, sme.auth, { action: 'submit' }).expect(200);
    // The reviewer saw an older version: 409, nothing approved.
    const stale = await transition(path, reviewer, {
      action: 'approve',
      version: resubmitted.body.version - 1,
    }).expect(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    const approved = await request(http)
      .post(`${path}/transitions`)
      .set(reviewer)
      .set('If-Match', `"${resubmitted.body.version}"`)
      .send({ action: 'approve' })
      .expect(200);
    expect(approved.headers.etag).toBe(`"${approved.body.version}"`);
    expect(approved.body.status).toBe('published');
    expect(approved.body.publishedAt).not.toBeNull();

    // Published: public, without contact details or the review reason.
    const publicView = await request(http).get(path).expect(200);
    expect(publicView.body.organisation.name).toBeTruthy();
    expect(publicView.body).not.toHaveProperty('rejectionReason');
    expect(JSON.stringify(publicView.body)).not.toContain(sme.body.organisation.contact.phone);

    const invalid = await transition(path, sme.auth, { action: 'submit' }).expect(409);
    expect(invalid.body.error.code).toBe('INVALID_TRANSITION');
    expect(invalid.body.error.message).toContain('close');

    await transition(path, sme.auth, { action: 'close' }).expect(200);
    const edit = await request(http)
      .patch(path)
      .set(sme.auth)
      .send({ title: '新的标题新的标题' })
      .expect(409);
    expect(edit.body.error.code).toBe('LISTING_NOT_EDITABLE');
    await transition(path, sme.auth, { action: 'renew' }).expect(400);
    const renewed = await transition(path, sme.auth, {
      action: 'renew',
      validUntil: daysFromNow(200),
    }).expect(200);
    expect(renewed.body).toMatchObject({ status: 'pending_review', validUntil: daysFromNow(200) });

    const history = await db().query(
      `SELECT action, from_state, to_state, reason FROM listing_transition WHERE listing_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(history.map((row: { action: string }) => row.action)).toEqual([
      'submit',
      'reject',
      'submit',
      'approve',
      'close',
      'renew',
    ]);
    expect(history[1]).toMatchObject({
      from_state: 'pending_review',
      to_state: 'rejected',
      reason: '预算描述不清',
    });
  });

  it('only members of the owning organisation edit or transition (403 for visible, 404 for hidden)', async () => {
    const draft = await request(http)
      .post('/api/v1/achievements')
      .set(university.auth)
      .send(achievementBody(university.organisationId))
      .expect(201);
    const path = `/api/v1/achievements/${draft.body.id}`;
    expect(
      (await request(http).patch(path).set(sme.auth).send({ trl: 9 }).expect(404)).body.error.code,
    ).toBe('ACHIEVEMENT_NOT_FOUND');
    await transition(path, sme.auth, { action: 'submit' }).expect(404);
    await request(http).delete(path).set(sme.auth).expect(404);

    await transition(path, university.auth, { action: 'submit' }).expect(200);
    await transition(path, reviewer, { action: 'approve', version: await seen(path) }).expect(200);
    expect(
      (await request(http).patch(path).set(sme.auth).send({ trl: 9 }).expect(403)).body.error.code,
    ).toBe('LISTING_FORBIDDEN');
    await transition(path, sme.auth, { action: 'close' }).expect(403);
    const [row] = await db().query('SELECT trl, status FROM achievement WHERE id = $1', [
      draft.body.id,
    ]);
    expect(row).toEqual({ trl: 6, status: 'published' });

    // Creating for someone else's organisation.
    const foreign = await request(http)
      .post('/api/v1/needs')
      .set(sme.auth)
      .send(needBody(university.organisationId))
      .expect(404);
    expect(foreign.body.error.code).toBe('ORGANISATION_NOT_FOUND');
    await request(http).delete(path).set(university.auth).expect(409);
  });

  it('an anonymous need hides its owner until mutual; own listings page by status', async () => {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(sme.auth)
      .send(needBody(sme.organisationId, { anonymous: true }))
      .expect(201);
    await db().query(`UPDATE tech_need SET status = 'published' WHERE id = $1`, [created.body.id]);
    const publicView = await request(http).get(`/api/v1/needs/${created.body.id}`).expect(200);
    expect(publicView.body.organisation).toMatchObject({ id: null, anonymous: true });
    const ownerView = await request(http)
      .get(`/api/v1/needs/${created.body.id}`)
      .set(sme.auth)
      .expect(200);
    expect(ownerView.body.organisation.id).toBe(sme.organisationId);

    const page = await request(http)
      .get(`/api/v1/organisations/${sme.organisationId}/needs?status=published&page=1&limit=1`)
      .set(sme.auth)
      .expect(200);
    expect(page.body).toMatchObject({ page: 1, limit: 1 });
    expect(page.body.total).toBeGreaterThanOrEqual(1);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items.every((item: { status: string }) => item.status === 'published')).toBe(
      true,
    );
    await request(http)
      .get(`/api/v1/organisations/${sme.organisationId}/needs`)
      .set(university.auth)
      .expect(404);
  });

  it('the expiry job moves published listings past their last day to expired', async () => {
    const created = await request(http)
      .post('/api/v1/challenges')
      .set(enterprise.auth)
      .send(challengeBody(enterprise.organisationId))
      .expect(201);
    await db().query(
      `UPDATE challenge SET status = 'published', valid_until = current_date - 2 WHERE id = $1`,
      [created.body.id],
    );
    const result = await product.worker.get(ListingLifecycle).expireDue({ batchSize: 100 });
    expect(result.status).toBe('done');
    const [row] = await db().query('SELECT status FROM challenge WHERE id = $1', [created.body.id]);
    expect(row.status).toBe('expired');
    await request(http).get(`/api/v1/challenges/${created.body.id}`).expect(404);
    const [change] = await db().query(
      `SELECT action, actor_user_id FROM listing_transition WHERE listing_id = $1`,
      [created.body.id],
    );
    expect(change).toEqual({ action: 'expire', actor_user_id: null });
  });

  describe('bad input: a clear 4xx, nothing written', () => {
    async function rejected(
      path: string,
      auth: Record<string, string>,
      body: object,
      field: string,
      status = 400,
    ) {
      // Listing events only: the worker keeps writing notification events of earlier steps.
      const written = () =>
        Promise.all([...['tech_need', 'achievement', 'challenge'].map(count), listingEvents()]);
      const before = await written();
      const response = await request(http).post(path).set(auth).send(body).expect(status);
      expect(response.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(await written()).toEqual(before);
      return response.body.error;
    }

    it('an invalid patent number names the expected check digit', async () => {
      const error = await rejected(
        '/api/v1/achievements',
        university.auth,
        achievementBody(university.organisationId, {
          patents: [{ number: '202310123456.7', legalStatus: 'granted' }],
        }),
        'patents.0.number',
      );
      expect(error.fields[0].messages[0]).toContain('should be "6"');
    });

    it('budget minimum above maximum, a past validity, unknown modes, industries and regions', async () => {
      await rejected(
        '/api/v1/needs',
        sme.auth,
        needBody(sme.organisationId, { budgetMinWan: 200, budgetMaxWan: 100 }),
        'budgetMinWan',
      );
      await rejected(
        '/api/v1/needs',
        sme.auth,
        needBody(sme.organisationId, { validUntil: '2020-01-01' }),
        'validUntil',
      );
      await rejected(
        '/api/v1/needs',
        sme.auth,
        needBody(sme.organisationId, { cooperationModes: ['bribery'] }),
        'cooperationModes',
      );
      await rejected(
        '/api/v1/needs',
        sme.auth,
        needBody(sme.organisationId, { industryCode: '3498' }),
        'industryCode',
      );
      await rejected(
        '/api/v1/needs',
        sme.auth,
        needBody(sme.organisationId, { regionCode: '219999' }),
        'regionCode',
      );
    });

    it('evaluation weights that do not sum to 100; a deadline in the past', async () => {
      const error = await rejected(
        '/api/v1/challenges',
        enterprise.auth,
        challengeBody(enterprise.organisationId, {
          evaluationCriteria: [
            { name: '技术', weight: 70 },
            { name: '成本', weight: 20 },
          ],
        }),
        'evaluationCriteria',
      );
      expect(JSON.stringify(error)).toContain('90');
      await rejected(
        '/api/v1/challenges',
        enterprise.auth,
        challengeBody(enterprise.organisationId, { validUntil: daysFromNow(-1) }),
        'validUntil',
      );
    });

    it('a partial edit cannot invert the budget range', async () => {
      const created = await request(http)
        .post('/api/v1/needs')
        .set(sme.auth)
        .send(needBody(sme.organisationId))
        .expect(201);
      const response = await request(http)
        .patch(`/api/v1/needs/${created.body.id}`)
        .set(sme.auth)
        .send({ budgetMinWan: 500 })
        .expect(400);
      expect(response.body.error.fields[0].field).toBe('budgetMinWan');
      const [row] = await db().query(
        'SELECT budget_min_wan, version FROM tech_need WHERE id = $1',
        [created.body.id],
      );
      expect(row).toEqual({ budget_min_wan: '50.00', version: 1 });
    });
  });
});
