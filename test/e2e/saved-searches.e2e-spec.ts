import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { JobQueue } from '@rongtong/jobs';
import { achievementBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp } from '../support/sessions';

jest.setTimeout(90_000);

describe('saved searches: CRUD over HTTP and alerts on publication', () => {
  let product: RunningProduct;
  let http: App;
  let alice: Session;
  let bob: Session;
  let university: Session;

  const save = async (session: Session, body: Record<string, unknown>) =>
    (await request(http).post('/api/v1/me/saved-searches').set(session.auth).send(body).expect(201))
      .body as { id: string };

  async function publishAchievement(overrides: Record<string, unknown>): Promise<string> {
    const created = await request(http)
      .post('/api/v1/achievements')
      .set(university.auth)
      .send(achievementBody(university.organisationId, overrides))
      .expect(201);
    const published = await request(http)
      .post(`/api/v1/achievements/${created.body.id as string}/transitions`)
      .set(university.auth)
      .send({ action: 'submit' })
      .expect(200);
    expect(published.body.status).toBe('published');
    return created.body.id as string;
  }

  /** The saved-search job for the listing's publication has finished (and what it said). */
  const alertJobResult = (listingId: string) =>
    eventually(async () => {
      const jobs = await product.api.get(JobQueue).queue('notify').getJobs(['completed']);
      const done = jobs.find(
        (job) =>
          job.name === 'notify.saved-search-alerts' &&
          (job.data as { listingId: string }).listingId === listingId &&
          (job.returnvalue as { status: string }).status === 'done',
      );
      expect(done).toBeDefined();
      return done!.returnvalue as { status: string; detail: string };
    }, 30_000);

  const alertsFor = async (listingId: string) =>
    await product.api
      .get(DataSource)
      .query<{ userId: string; dedupKey: string; params: Record<string, unknown> }[]>(
        `SELECT user_id AS "userId", dedup_key AS "dedupKey", params FROM notification
        WHERE type = 'saved_search.alert' AND subject_id = $1 ORDER BY dedup_key`,
        [listingId],
      );

  beforeAll(async () => {
    product = await startProduct({ LISTING_REVIEW_REQUIRED: 'false' });
    http = product.api.getHttpServer() as App;
    alice = await signUp(http);
    bob = await signUp(http);
    university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('creates, lists, changes and deletes your own saved searches; others get 404', async () => {
    const created = await request(http)
      .post('/api/v1/me/saved-searches')
      .set(alice.auth)
      .send({
        name: '辽宁 机床成果',
        query: {
          q: '数控机床',
          type: 'achievement',
          region: '210000',
          trlMin: 4,
          page: 2,
          sort: 'newest',
        },
      })
      .expect(201);
    expect(created.body).toMatchObject({
      name: '辽宁 机床成果',
      // Stored like a query string, without paging or sort.
      query: { q: '数控机床', type: 'achievement', region: '210000', trlMin: '4' },
      enabled: true,
      lastAlertAt: null,
    });
    expect(created.body.query).not.toHaveProperty('page');
    expect(created.body.query).not.toHaveProperty('sort');
    const path = `/api/v1/me/saved-searches/${created.body.id as string}`;

    const listed = await request(http).get('/api/v1/me/saved-searches').set(alice.auth).expect(200);
    expect(listed.body.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    expect(
      (await request(http).get('/api/v1/me/saved-searches').set(bob.auth).expect(200)).body,
    ).toEqual([]);

    const patched = await request(http)
      .patch(path)
      .set(alice.auth)
      .send({ enabled: false, query: { q: '热误差' } })
      .expect(200);
    expect(patched.body).toMatchObject({ enabled: false, query: { q: '热误差' } });

    await request(http).patch(path).set(bob.auth).send({ enabled: true }).expect(404);
    await request(http).delete(path).set(bob.auth).expect(404);
    await request(http)
      .patch('/api/v1/me/saved-searches/not-a-uuid')
      .set(alice.auth)
      .send({})
      .expect(404);
    await request(http).get('/api/v1/me/saved-searches').expect(401);

    await request(http).delete(path).set(alice.auth).expect(204);
    await request(http).delete(path).set(alice.auth).expect(404);
  });

  it('validates the query like GET /search: field-level 400s, nothing written', async () => {
    const fieldsOf = async (body: Record<string, unknown>) =>
      (
        await request(http).post('/api/v1/me/saved-searches').set(alice.auth).send(body).expect(400)
      ).body.error.fields.map((f: { field: string }) => f.field) as string[];
    expect(await fieldsOf({ name: 'x', query: { industry: 'Z99' } })).toEqual(['query.industry']);
    expect(await fieldsOf({ name: 'x', query: { region: '999999' } })).toEqual(['query.region']);
    expect(await fieldsOf({ name: 'x', query: { trlMin: 12 } })).toEqual(['query.trlMin']);
    expect(await fieldsOf({ name: 'x', query: { trlMin: 7, trlMax: 3 } })).toEqual([
      'query.trlMin',
    ]);
    expect(await fieldsOf({ name: 'x', query: { modes: 'barter' } })).toEqual(['query.modes']);
    expect(await fieldsOf({ name: 'x', query: { type: 'organisation' } })).toEqual(['query.type']);
    expect(await fieldsOf({ name: 'x', query: { filter: 'id = 1' } })).toEqual(['query.filter']);
    expect(await fieldsOf({ name: '', query: {} })).toEqual(['name']);
    expect(await fieldsOf({ name: 'x' })).toContain('query');
    // The search API agrees about the same filter.
    const search = await request(http).get('/api/v1/search').query({ industry: 'Z99' }).expect(400);
    expect(search.body.error.fields[0].field).toBe('industry');
    const [{ n }] = await product.api
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM saved_search WHERE user_id = $1', [alice.userId]);
    expect(n).toBe(0);
  });

  it('a published achievement alerts the saved searches it matches, once, and no others', async () => {
    const matching = await save(alice, {
      name: '热误差成果',
      query: { q: '热误差', type: 'achievement' },
    });
    const inRegion = await save(alice, { name: '辽宁', query: { q: '热误差', region: '210000' } });
    const disabled = await save(alice, { name: '关闭的', query: { q: '热误差' }, enabled: false });
    const otherWords = await save(alice, { name: '区块链', query: { q: '区块链' } });
    const otherKind = await save(alice, { name: '需求', query: { q: '热误差', type: 'need' } });
    const otherRegion = await save(alice, {
      name: '上海',
      query: { q: '热误差', region: '310000' },
    });
    const lowTrl = await save(alice, { name: '早期', query: { q: '热误差', trlMax: 3 } });
    const bobs = await save(bob, { name: 'bob', query: { q: '热误差补偿' } });
    // The publisher's own members are not alerted about their own listing.
    const own = await save(university, { name: '自己的', query: { q: '热误差' } });

    const unrelated = await publishAchievement({
      title: '高分子材料改性工艺',
      abstract: '一种聚丙烯材料的增韧改性工艺，冲击强度提升两倍。',
      keywords: ['聚丙烯', '改性'],
      industryCode: '2651',
    });
    const listingId = await publishAchievement({});

    const alerts = await eventually(async () => {
      const rows = await alertsFor(listingId);
      expect(rows.length).toBeGreaterThan(0);
      return rows;
    }, 30_000);
    // All of a listing's alerts are recorded in one transaction, so the set is complete now.
    expect(alerts.map((a) => a.dedupKey).sort()).toEqual(
      [matching.id, inRegion.id, bobs.id]
        .map((id) => `saved-search:${id}:achievement:${listingId}`)
        .sort(),
    );
    const alicesAlert = alerts.find((a) => a.dedupKey.includes(matching.id))!;
    expect(alicesAlert).toMatchObject({
      userId: alice.userId,
      params: {
        savedSearchId: matching.id,
        savedSearchName: '热误差成果',
        listing: { kind: 'achievement', id: listingId, title: '机床热误差实时补偿系统' },
      },
    });
    for (const quiet of [disabled, otherWords, otherKind, otherRegion, lowTrl, own]) {
      expect(alerts.some((a) => a.dedupKey.includes(quiet.id))).toBe(false);
    }

    expect(await alertJobResult(unrelated)).toEqual({ status: 'done', detail: '0 alerts' });
    expect(await alertsFor(unrelated)).toEqual([]);

    const saved = await request(http).get('/api/v1/me/saved-searches').set(alice.auth).expect(200);
    const byId = new Map(
      saved.body.map((s: { id: string; lastAlertAt: string | null }) => [s.id, s]),
    );
    expect((byId.get(matching.id) as { lastAlertAt: string | null }).lastAlertAt).not.toBeNull();
    expect((byId.get(otherWords.id) as { lastAlertAt: string | null }).lastAlertAt).toBeNull();

    // The inbox shows it.
    const inbox = await request(http).get('/api/v1/notifications').set(alice.auth).expect(200);
    expect(
      inbox.body.items.filter((n: { type: string }) => n.type === 'saved_search.alert'),
    ).toHaveLength(2);

    // An edit re-runs the job: nothing new (one alert per saved search and listing).
    await request(http)
      .patch(`/api/v1/achievements/${listingId}`)
      .set(university.auth)
      .send({ abstract: '基于温度场建模的数控机床热误差实时补偿系统，定位精度提升65%。' })
      .expect(200);
    await eventually(async () => {
      const jobs = await product.api.get(JobQueue).queue('notify').getJobs(['completed']);
      const runs = jobs.filter(
        (job) =>
          job.name === 'notify.saved-search-alerts' &&
          (job.data as { listingId: string }).listingId === listingId &&
          (job.returnvalue as { status: string }).status === 'done',
      );
      expect(runs).toHaveLength(2);
    }, 30_000);
    expect(await alertsFor(listingId)).toHaveLength(3);
  });
});
