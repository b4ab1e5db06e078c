import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { daysFromNow, needBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { AuthHeader, Session, signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(90_000);

const SPAM = '免费领取大奖请联系微信abc123';

/**
 * Issue 12 item 2: an edit of a published listing waits for review. The attack from the issue
 * (PATCH the title to spam after approval) must not reach search, the public page or matching.
 */
describe('edits of published listings under review', () => {
  let product: RunningProduct;
  let http: App;
  let sme: Session;
  let reviewer: AuthHeader;
  let university: Session;

  const db = () => product.api.get(DataSource);
  const listingEvents = async (id: string) =>
    (
      await db().query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_event WHERE entity_id = $1 AND type = 'listing.changed'`,
        [id],
      )
    )[0].n;
  const search = async (q: string) =>
    (await request(http).get('/api/v1/search').query({ q, type: 'need' }).expect(200)).body as {
      hits: { id: string; title: string }[];
    };

  beforeAll(async () => {
    product = await startProduct();
    http = product.api.getHttpServer() as App;
    sme = await signUp(http);
    university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );
    reviewer = (await signUpWithRole(http, db(), 'organiser')).auth;
  });

  afterAll(async () => {
    await product?.stop();
  });

  async function publishedNeed(title: string): Promise<{ id: string; path: string }> {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(sme.auth)
      .send(needBody(sme.organisationId, { title }))
      .expect(201);
    const path = `/api/v1/needs/${created.body.id}`;
    const submitted = await request(http)
      .post(`${path}/transitions`)
      .set(sme.auth)
      .send({ action: 'submit' })
      .expect(200);
    await request(http)
      .post(`${path}/transitions`)
      .set(reviewer)
      .send({ action: 'approve', version: submitted.body.version })
      .expect(200);
    return { id: created.body.id as string, path };
  }

  it('the spam edit stays out of search, public page and matching until a reviewer decides; rejected, the owner hears why', async () => {
    const { id, path } = await publishedNeed('锂电池极片涂布厚度在线检测需求');
    await eventually(async () =>
      expect((await search('极片涂布')).hits.map((h) => h.id)).toContain(id),
    );
    const before = await request(http).get(path).expect(200);
    const eventsBefore = await listingEvents(id);

    const edited = await request(http)
      .patch(path)
      .set(sme.auth)
      .send({ title: SPAM, version: before.body.version })
      .expect(200);
    expect(edited.body).toMatchObject({
      status: 'published',
      version: before.body.version,
      title: '锂电池极片涂布厚度在线检测需求',
      pendingRevision: {
        changes: [{ field: 'title', old: '锂电池极片涂布厚度在线检测需求', new: SPAM }],
      },
    });

    // Nothing left PostgreSQL: no outbox event, so no re-index, no re-match, no alert.
    expect(await listingEvents(id)).toBe(eventsBefore);
    const publicView = await request(http).get(path).expect(200);
    expect(publicView.body.title).toBe('锂电池极片涂布厚度在线检测需求');
    expect(publicView.body).not.toHaveProperty('pendingRevision');
    expect(JSON.stringify(publicView.body)).not.toContain('abc123');
    expect((await search('免费领取大奖')).hits).toHaveLength(0);
    const [row] = await db().query('SELECT title, version FROM tech_need WHERE id = $1', [id]);
    expect(row).toEqual({ title: '锂电池极片涂布厚度在线检测需求', version: before.body.version });

    // The reviewer sees the field diff; the owner's organisation cannot review it.
    const queue = await request(http)
      .get('/api/v1/review-queue/revisions')
      .set(reviewer)
      .expect(200);
    const item = queue.body.items.find((i: { listingId: string }) => i.listingId === id);
    expect(item).toMatchObject({
      kind: 'need',
      title: '锂电池极片涂布厚度在线检测需求',
      organisation: { id: sme.organisationId },
      changes: [{ field: 'title', old: '锂电池极片涂布厚度在线检测需求', new: SPAM }],
    });
    expect(
      (await request(http).get('/api/v1/review-queue/revisions').set(sme.auth).expect(403)).body
        .error.code,
    ).toBe('REVIEWER_ONLY');

    // Rejecting needs a reason and the version shown.
    const reject = (body: object) =>
      request(http)
        .post(`/api/v1/review-queue/revisions/${item.id}/reject`)
        .set(reviewer)
        .send(body);
    expect((await reject({ version: item.version }).expect(400)).body.error.fields[0].field).toBe(
      'reason',
    );
    expect((await reject({ reason: '含联系方式' }).expect(400)).body.error.fields[0].field).toBe(
      'version',
    );
    const rejected = await reject({
      version: item.version,
      reason: '标题含联系方式和广告，请删除',
    }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    await reject({ version: item.version, reason: '再次拒绝' }).expect(409);

    expect((await request(http).get(path).expect(200)).body.title).toBe(
      '锂电池极片涂布厚度在线检测需求',
    );
    expect(await listingEvents(id)).toBe(eventsBefore);
    const notice = await eventually(async () => {
      const inbox = await request(http).get('/api/v1/notifications').set(sme.auth).expect(200);
      const found = inbox.body.items.find(
        (n: { type: string; subject?: { id: string }; title?: string }) =>
          n.type === 'listing.reviewed' && JSON.stringify(n).includes('修改未通过审核'),
      );
      expect(found).toBeDefined();
      return found;
    });
    expect(JSON.stringify(notice)).toContain('标题含联系方式和广告，请删除');
    const owner = await request(http).get(path).set(sme.auth).expect(200);
    expect(owner.body.pendingRevision).toBeNull();
  });

  it('an approved edit goes live at a new version and is re-indexed; a changed edit or listing is a 409', async () => {
    const { id, path } = await publishedNeed('动力电池热失控预警算法需求');
    const loaded = (await request(http).get(path).set(sme.auth).expect(200)).body;

    const first = await request(http)
      .patch(path)
      .set(sme.auth)
      .set('If-Match', `"${loaded.version}"`)
      .send({ title: '动力电池热失控早期预警算法需求', keywords: ['热失控', '预警'] })
      .expect(200);
    const shown = first.body.pendingRevision;
    // The owner refines the pending edit: the revision moves on, the listing does not.
    const second = await request(http)
      .patch(path)
      .set(sme.auth)
      .send({
        description: '需要基于电压、温度和气体信号融合的动力电池热失控早期预警算法，误报率低于1%。',
      })
      .expect(200);
    expect(second.body.version).toBe(loaded.version);
    expect(second.body.pendingRevision.id).toBe(shown.id);
    expect(second.body.pendingRevision.version).toBeGreaterThan(shown.version);
    expect(second.body.pendingRevision.changes.map((c: { field: string }) => c.field)).toEqual([
      'title',
      'keywords',
      'description',
    ]);

    const approve = (version: number) =>
      request(http)
        .post(`/api/v1/review-queue/revisions/${shown.id}/approve`)
        .set(reviewer)
        .send({ version });
    const stale = await approve(shown.version).expect(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
    expect((await request(http).get(path).expect(200)).body.title).toBe(
      '动力电池热失控预警算法需求',
    );

    // A reviewer who belongs to the owning organisation may not decide.
    const insider = await signUpWithRole(http, db(), 'organiser');
    await db().query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'member')`,
      [insider.userId, sme.organisationId],
    );
    const own = await request(http)
      .post(`/api/v1/review-queue/revisions/${shown.id}/approve`)
      .set(insider.auth)
      .send({ version: second.body.pendingRevision.version })
      .expect(403);
    expect(own.body.error.code).toBe('OWN_LISTING_REVIEW');
    const insiderQueue = await request(http)
      .get('/api/v1/review-queue/revisions')
      .set(insider.auth)
      .expect(200);
    expect(insiderQueue.body.items.map((i: { id: string }) => i.id)).not.toContain(shown.id);

    const approved = await approve(second.body.pendingRevision.version).expect(200);
    expect(approved.body.status).toBe('approved');
    const live = (await request(http).get(path).expect(200)).body;
    expect(live).toMatchObject({
      title: '动力电池热失控早期预警算法需求',
      keywords: ['热失控', '预警'],
      version: loaded.version + 1,
    });
    await eventually(async () => {
      const hits = (await search('热失控早期预警')).hits;
      expect(hits.find((h) => h.id === id)?.title).toBe('动力电池热失控早期预警算法需求');
    });

    // The editor who loaded the old version gets a conflict and writes nothing.
    const conflict = await request(http)
      .patch(path)
      .set(sme.auth)
      .set('If-Match', `"${loaded.version}"`)
      .send({ title: '过期页面上的修改标题' })
      .expect(409);
    expect(conflict.body.error.code).toBe('VERSION_CONFLICT');
    expect(
      (await request(http).get(path).set(sme.auth).expect(200)).body.pendingRevision,
    ).toBeNull();
    expect(
      (
        await request(http)
          .patch(path)
          .set(sme.auth)
          .set('If-Match', 'yesterday')
          .send({})
          .expect(400)
      ).body.error.fields[0].field,
    ).toBe('If-Match');
    const etag = await request(http).get(path).expect(200);
    expect(etag.headers.etag).toBe(`"${live.version}"`);
  });

  it('minor edits apply at once (a short extension, hiding the owner); longer ones wait', async () => {
    const { path } = await publishedNeed('高镍正极材料包覆改性需求');
    const loaded = (await request(http).get(path).set(sme.auth).expect(200)).body;
    const extended = await request(http)
      .patch(path)
      .set(sme.auth)
      .send({ validUntil: daysFromNow(200), anonymous: true, version: loaded.version })
      .expect(200);
    expect(extended.body).toMatchObject({
      validUntil: daysFromNow(200),
      version: loaded.version + 1,
      pendingRevision: null,
    });
    expect((await request(http).get(path).expect(200)).body.organisation.anonymous).toBe(true);

    // Past the limits (a year and more from today): reviewed.
    const far = await request(http)
      .patch(path)
      .set(sme.auth)
      .send({ validUntil: daysFromNow(370) })
      .expect(200);
    expect(far.body.validUntil).toBe(daysFromNow(200));
    expect(far.body.pendingRevision.changes).toEqual([
      { field: 'validUntil', old: daysFromNow(200), new: daysFromNow(370) },
    ]);
    // Undoing the edit discards the revision.
    const undone = await request(http)
      .patch(path)
      .set(sme.auth)
      .send({ validUntil: daysFromNow(200) })
      .expect(200);
    expect(undone.body.pendingRevision).toBeNull();
  });

  it('closing a listing drops its pending edit; drafts are edited directly', async () => {
    const { id, path } = await publishedNeed('固态电解质界面阻抗测试需求');
    const pending = await request(http)
      .patch(path)
      .set(sme.auth)
      .send({ title: '固态电解质界面阻抗测试与分析需求' })
      .expect(200);
    await request(http)
      .post(`${path}/transitions`)
      .set(sme.auth)
      .send({ action: 'close' })
      .expect(200);
    const [revision] = await db().query('SELECT status FROM listing_revision WHERE id = $1', [
      pending.body.pendingRevision.id,
    ]);
    expect(revision.status).toBe('discarded');
    await request(http)
      .post(`/api/v1/review-queue/revisions/${pending.body.pendingRevision.id}/approve`)
      .set(reviewer)
      .send({ version: pending.body.pendingRevision.version })
      .expect(409);
    expect((await request(http).get(path).set(sme.auth).expect(200)).body.title).toBe(
      '固态电解质界面阻抗测试需求',
    );

    const draft = await request(http)
      .post('/api/v1/needs')
      .set(university.auth)
      .send(needBody(university.organisationId))
      .expect(201);
    const direct = await request(http)
      .patch(`/api/v1/needs/${draft.body.id}`)
      .set(university.auth)
      .send({ title: '草稿可以直接修改的标题' })
      .expect(200);
    expect(direct.body).toMatchObject({ title: '草稿可以直接修改的标题', pendingRevision: null });
    expect(id).toBeDefined();
  });
});
