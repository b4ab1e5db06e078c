import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@rongtong/database';
import { ListingNotices, NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { needBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { AuthHeader, Session, signUp, signUpWithRole } from '../support/sessions';
import { ReceivedMail, SmtpSink } from '../support/smtp-sink';

jest.setTimeout(90_000);

describe('notifications over HTTP: inbox, preferences, mail and one-click unsubscribe', () => {
  let sink: SmtpSink;
  let product: RunningProduct;
  let http: App;
  let sme: Session;
  let other: Session;
  let reviewer: AuthHeader;
  let approvalMail: ReceivedMail;

  const db = () => product.api.get(DataSource);

  /** Records intents as a job would, through the product's own recorder. */
  const record = (intents: NotificationIntent[]) =>
    product.worker
      .get(TransactionRunner)
      .run((manager) => product.worker.get(NotificationRecorder).record(manager, intents));

  const expiring = (userId: string, title: string): NotificationIntent => ({
    type: 'listing.expiring',
    recipients: { userIds: [userId] },
    dedupKey: `test:${randomUUID()}`,
    params: {
      listing: { kind: 'achievement', id: randomUUID(), title },
      validUntil: '2026-12-31',
      daysLeft: 7,
    },
  });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    product = await startProduct({ SMTP_URL: sink.url });
    http = product.api.getHttpServer() as App;
    sme = await signUp(http);
    other = await signUp(http);
    reviewer = (await signUpWithRole(http, db(), 'organiser')).auth;
  });

  afterAll(async () => {
    await product?.stop();
    await sink?.stop();
  });

  it('a reviewer approving a listing: its owner gets an inbox item and a mail', async () => {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(sme.auth)
      .send(needBody(sme.organisationId, { title: '数控机床主轴热变形补偿技术需求' }))
      .expect(201);
    const path = `/api/v1/needs/${created.body.id}/transitions`;
    const submitted = await request(http)
      .post(path)
      .set(sme.auth)
      .send({ action: 'submit' })
      .expect(200);
    await request(http)
      .post(path)
      .set(reviewer)
      .send({ action: 'approve', version: submitted.body.version })
      .expect(200);

    const item = await eventually(async () => {
      const inbox = await request(http).get('/api/v1/notifications').set(sme.auth).expect(200);
      expect(inbox.body.items).toHaveLength(1);
      return inbox.body.items[0];
    });
    expect(item).toMatchObject({
      type: 'listing.reviewed',
      title: '审核通过：「数控机床主轴热变形补偿技术需求」',
      params: { outcome: 'approved', listing: { kind: 'need', id: created.body.id } },
      subject: { kind: 'need', id: created.body.id, path: `/needs/${created.body.id}` },
      readAt: null,
    });
    approvalMail = await eventually(() => {
      const [mail] = sink.to(sme.email);
      expect(mail).toBeDefined();
      return mail;
    });
    expect(approvalMail.parsed.subject).toBe(item.title);
    expect(approvalMail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const [delivery] = await db().query(
      `SELECT id, status FROM email_delivery WHERE user_id = $1`,
      [sme.userId],
    );
    expect(approvalMail.parsed.messageId).toBe(`<${delivery.id}@rongtong>`);
    await eventually(async () => {
      const [row] = await db().query(`SELECT status FROM email_delivery WHERE id = $1`, [
        delivery.id,
      ]);
      expect(row.status).toBe('sent');
    });
    // The job running again (a worker killed mid-job) writes no second row and sends no mail.
    const [transition] = await db().query(
      `SELECT id::text FROM listing_transition WHERE listing_id = $1 AND action = 'approve'`,
      [created.body.id],
    );
    await expect(
      product.worker
        .get(ListingNotices)
        .reviewResult({ kind: 'need', listingId: created.body.id, transitionId: transition.id }),
    ).resolves.toEqual({ status: 'done', detail: '0 notified' });
    const again = await request(http).get('/api/v1/notifications').set(sme.auth).expect(200);
    expect(again.body.total).toBe(1);
    const deliveries = await db().query('SELECT id FROM email_delivery WHERE user_id = $1', [
      sme.userId,
    ]);
    expect(deliveries).toHaveLength(1);
    // The organisation that did not own the listing heard nothing.
    const foreign = await request(http).get('/api/v1/notifications').set(other.auth).expect(200);
    expect(foreign.body.total).toBe(0);
  });

  it('inbox: unread first then newest, counts, pages, mark read (own only), read all', async () => {
    await record([expiring(sme.userId, '成果甲')]);
    await record([expiring(sme.userId, '成果乙')]);
    await record([expiring(sme.userId, '成果丙')]);
    const list = async (query = '') =>
      (await request(http).get(`/api/v1/notifications${query}`).set(sme.auth).expect(200)).body;
    const count = async () =>
      (await request(http).get('/api/v1/notifications/unread-count').set(sme.auth).expect(200)).body
        .unread;

    expect(await count()).toBe(4);
    const all = await list();
    expect(all.total).toBe(4);
    const titles = all.items.map(
      (i: { params: { listing: { title: string } } }) => i.params.listing.title,
    );
    expect(titles.slice(0, 3)).toEqual(['成果丙', '成果乙', '成果甲']);

    // Mark the newest read: it drops below every unread one.
    const newest = all.items[0];
    const read = await request(http)
      .post(`/api/v1/notifications/${newest.id}/read`)
      .set(sme.auth)
      .expect(200);
    expect(read.body.readAt).not.toBeNull();
    const reordered = await list();
    expect(reordered.items.map((i: { id: string }) => i.id).at(-1)).toBe(newest.id);
    expect(await count()).toBe(3);
    expect((await list('?unreadOnly=true')).total).toBe(3);

    const page2 = await list('?page=2&limit=3');
    expect(page2).toMatchObject({ page: 2, limit: 3, total: 4 });
    expect(page2.items.map((i: { id: string }) => i.id)).toEqual([newest.id]);

    const english = await list('?locale=en&limit=1');
    expect(english.items[0].title).toMatch(/^Expires on 2026-12-31: “成果/);
    await request(http).get('/api/v1/notifications?locale=fr').set(sme.auth).expect(400);

    // Someone else's notification, a missing one and a malformed id: the same 404.
    for (const id of [newest.id, randomUUID(), 'not-a-uuid']) {
      const denied = await request(http)
        .post(`/api/v1/notifications/${id}/read`)
        .set(other.auth)
        .expect(404);
      expect(denied.body.error.code).toBe('NOTIFICATION_NOT_FOUND');
    }

    const readAll = await request(http)
      .post('/api/v1/notifications/read-all')
      .set(sme.auth)
      .expect(200);
    expect(readAll.body).toEqual({ updated: 3 });
    expect(await count()).toBe(0);
    await request(http).get('/api/v1/notifications').expect(401);
  });

  describe('preferences', () => {
    const path = '/api/v1/me/notification-preferences';

    it('shows every type with its defaults and the daily match-mail cap', async () => {
      const view = await request(http).get(path).set(other.auth).expect(200);
      expect(view.body.dailyMatchEmailCap).toBe(10);
      expect(Object.keys(view.body.types)).toHaveLength(21);
      expect(view.body.types['match.found']).toEqual({ email: true, digest: 'immediate' });
      expect(view.body.types['saved_search.alert']).toEqual({ email: true, digest: 'daily' });
    });

    it('rejects unknown types, channels and values with field messages, writing nothing', async () => {
      const before = (await request(http).get(path).set(other.auth).expect(200)).body;
      const response = await request(http)
        .put(path)
        .set(other.auth)
        .send({
          types: {
            'listing.expiring': { email: false },
            sms: { email: true },
            'match.found': { sms: true, digest: 'hourly' },
          },
          dailyMatchEmailCap: 3,
        })
        .expect(400);
      expect(response.body.error.fields).toEqual([
        { field: 'types.sms', messages: ['unknown notification type'] },
        {
          field: 'types.match.found.sms',
          messages: ['unknown channel; allowed: email (and digest)'],
        },
        {
          field: 'types.match.found.digest',
          messages: ['must be one of: immediate, daily, weekly'],
        },
      ]);
      const cap = await request(http)
        .put(path)
        .set(other.auth)
        .send({ dailyMatchEmailCap: 101 })
        .expect(400);
      expect(cap.body.error.fields[0].field).toBe('dailyMatchEmailCap');
      await request(http).put(path).set(other.auth).send({ push: true }).expect(400);
      await request(http).put(path).set(other.auth).send({ types: 'all' }).expect(400);

      expect((await request(http).get(path).set(other.auth).expect(200)).body).toEqual(before);
      const written = await db().query(
        `SELECT (SELECT count(*) FROM notification_preference WHERE user_id = $1)::int AS prefs,
                (SELECT count(*) FROM notification_settings WHERE user_id = $1)::int AS settings`,
        [other.userId],
      );
      expect(written[0]).toEqual({ prefs: 0, settings: 0 });
    });

    it('applies a valid partial update', async () => {
      const updated = await request(http)
        .put(path)
        .set(other.auth)
        .send({
          types: { 'match.found': { digest: 'daily' }, 'listing.expiring': { email: false } },
          dailyMatchEmailCap: 3,
        })
        .expect(200);
      expect(updated.body.types['match.found']).toEqual({ email: true, digest: 'daily' });
      expect(updated.body.types['listing.expiring']).toEqual({ email: false, digest: 'immediate' });
      expect(updated.body.dailyMatchEmailCap).toBe(3);
    });
  });

  describe('unsubscribe links', () => {
    const unsubscribePath = () => {
      const url = /^<([^>]+)>$/.exec(approvalMail.header('List-Unsubscribe') ?? '')![1];
      expect(approvalMail.parsed.text).toContain(url);
      return new URL(url).pathname;
    };

    it('GET shows a confirmation form and changes nothing; a one-click POST turns email off', async () => {
      const path = unsubscribePath();
      const page = await request(http).get(path).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<form method="post">');
      expect(page.text).toContain('审核结果');
      expect(page.text).toContain('Review results');
      const prefs = '/api/v1/me/notification-preferences';
      expect(
        (await request(http).get(prefs).set(sme.auth).expect(200)).body.types['listing.reviewed'],
      ).toEqual({ email: true, digest: 'immediate' });

      // RFC 8058: the mail client POSTs a form body, without any session.
      const done = await request(http)
        .post(path)
        .type('form')
        .send('List-Unsubscribe=One-Click')
        .expect(200);
      expect(done.text).toContain('Unsubscribed');
      expect(
        (await request(http).get(prefs).set(sme.auth).expect(200)).body.types['listing.reviewed'],
      ).toEqual({ email: false, digest: 'immediate' });
      // Again is harmless.
      await request(http).post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    });

    it('answers a forged or altered token with a 400', async () => {
      const token = unsubscribePath().split('/').at(-1)!;
      const [body, signature] = token.split('.');
      const otherUser = Buffer.from(
        JSON.stringify({ u: other.userId, t: ['listing.reviewed'] }),
      ).toString('base64url');
      for (const bad of [`${otherUser}.${signature}`, `${body}.${'A'.repeat(43)}`, 'nonsense']) {
        const get = await request(http).get(`/api/v1/unsubscribe/${bad}`).expect(400);
        expect(get.body.error.code).toBe('UNSUBSCRIBE_TOKEN_INVALID');
        await request(http).post(`/api/v1/unsubscribe/${bad}`).expect(400);
      }
      const [{ n }] = await db().query(
        'SELECT count(*)::int AS n FROM notification_preference WHERE user_id = $1',
        [other.userId],
      );
      expect(n).toBe(2); // only the two rows of the valid update above
    });
  });
});
