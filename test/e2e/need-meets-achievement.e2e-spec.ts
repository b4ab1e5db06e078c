import { createHmac, timingSafeEqual } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { JobQueue } from '@rongtong/jobs';
import { achievementBody, needBody, registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { RegistrationBody, Session, signUp } from '../support/sessions';
import { SmtpSink } from '../support/smtp-sink';
import { WebhookReceiver } from '../support/webhook-receiver';

jest.setTimeout(120_000);

type Contact = RegistrationBody['organisation']['contact'];
type Side = Session & { contact: Contact };

/**
 * The story end to end, over HTTP against the real api and worker: an SME posts a need,
 * a university publishes an achievement, the match appears for both with reasons, both hear of
 * it (inbox and mail, and the university's webhook), interest → mutual reveals contacts (never
 * before), and a job that runs twice leaves one inbox row.
 */
describe('a need meets an achievement', () => {
  let product: RunningProduct;
  let http: App;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let sme: Side;
  let university: Side;
  let webhookSecret: string;
  let needId: string;
  let achievementId: string;
  let matchId: string;

  const db = () => product.api.get(DataSource);

  async function signUpAs(type: string, contact: Contact): Promise<Side> {
    const body = registrationBody({ type, industryCode: type === 'sme' ? '3421' : '8341' });
    body.organisation.contact = contact;
    return { ...(await signUp(http, body)), contact };
  }

  async function publish(path: 'needs' | 'achievements', side: Side, body: object) {
    const created = await request(http).post(`/api/v1/${path}`).set(side.auth).send(body);
    expect(created.status).toBe(201);
    await request(http)
      .post(`/api/v1/${path}/${created.body.id}/transitions`)
      .set(side.auth)
      .send({ action: 'submit' })
      .expect(200);
    return created.body.id as string;
  }

  const inbox = async (side: Side) =>
    (await request(http).get('/api/v1/notifications').set(side.auth).expect(200)).body.items as {
      id: string;
      type: string;
      title: string;
      params: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    receiver = await WebhookReceiver.start();
    product = await startProduct({
      SMTP_URL: smtp.url,
      LISTING_REVIEW_REQUIRED: 'false',
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    });
    http = product.api.getHttpServer() as App;
    sme = await signUpAs('sme', {
      name: '王经理',
      phone: '+8613811112222',
      email: 'wang@jingong.example.cn',
    });
    university = await signUpAs('university', {
      name: '陈老师',
      phone: '+8613933334444',
      email: 'chen.ttc@university.example.cn',
    });
    const endpoint = await request(http)
      .post(`/api/v1/organisations/${university.organisationId}/webhooks`)
      .set(university.auth)
      .send({ url: `${receiver.url}/rongtong`, description: '技术转移中心 CRM' })
      .expect(201);
    webhookSecret = endpoint.body.secret;
    expect(webhookSecret).toEqual(expect.any(String));
  });

  afterAll(async () => {
    await product?.stop();
    await receiver?.close();
    await smtp?.stop();
  });

  it('the match appears for both sides with a score and reasons in both languages', async () => {
    needId = await publish('needs', sme, needBody(sme.organisationId));
    achievementId = await publish(
      'achievements',
      university,
      achievementBody(university.organisationId),
    );

    const forNeed = await eventually(async () => {
      const page = await request(http)
        .get(`/api/v1/needs/${needId}/matches`)
        .set(sme.auth)
        .expect(200);
      const item = page.body.items.find(
        (m: { counterpart: { id: string } }) => m.counterpart.id === achievementId,
      );
      expect(item).toBeDefined();
      return item;
    }, 60_000);
    matchId = forNeed.id;
    expect(forNeed.score).toBeGreaterThanOrEqual(60);
    expect(forNeed.score).toBeLessThanOrEqual(100);
    expect(forNeed.state).toBe('suggested');
    const kinds = forNeed.reasons.map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['text', 'industry', 'modes']));
    for (const reason of forNeed.reasons) {
      expect(reason.zh).toMatch(/\p{Script=Han}/u);
      expect(reason.en).toMatch(/[A-Za-z]/);
    }
    expect(forNeed.reasons.find((r: { kind: string }) => r.kind === 'text').zh).toContain(
      '数控机床',
    );
    expect(forNeed.contact).toBeUndefined();

    const forAchievement = await request(http)
      .get(`/api/v1/achievements/${achievementId}/matches`)
      .set(university.auth)
      .expect(200);
    const mirrored = forAchievement.body.items.find((m: { id: string }) => m.id === matchId);
    expect(mirrored).toMatchObject({ score: forNeed.score, state: 'suggested' });
    expect(mirrored.contact).toBeUndefined();

    // Neither a stranger nor the other side's listing route shows it.
    await request(http).get(`/api/v1/needs/${needId}/matches`).set(university.auth).expect(404);
  });

  it('both sides get an inbox item and a mail; the university webhook receives a signed event', async () => {
    for (const side of [sme, university]) {
      const items = await eventually(async () => {
        const found = (await inbox(side)).filter((n) => n.type === 'match.found');
        expect(found.length).toBeGreaterThanOrEqual(1);
        return found;
      }, 30_000);
      expect(items.some((n) => n.params.matchId === matchId)).toBe(true);
      const mail = await eventually(() => {
        const mails = smtp.to(side.email);
        expect(mails.length).toBeGreaterThanOrEqual(1);
        return mails[0];
      }, 30_000);
      expect(mail.header('List-Unsubscribe')).toMatch(/^<http.*\/api\/v1\/unsubscribe\/.+>$/);
      // No contact details of either side before consent, in any mail.
      for (const contact of [sme.contact, university.contact]) {
        expect(mail.raw).not.toContain(contact.phone);
        expect(mail.raw).not.toContain(contact.email);
      }
    }

    const hook = await eventually(() => {
      const found = receiver.received.find((r) => r.headers['x-rongtong-event'] === 'match.found');
      expect(found).toBeDefined();
      return found!;
    }, 30_000);
    const signature = String(hook.headers['x-rongtong-signature']);
    const timestamp = String(hook.headers['x-rongtong-timestamp']);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
    expect(t).toBe(timestamp);
    const expected = createHmac('sha256', webhookSecret).update(`${t}.${hook.body}`).digest();
    expect(timingSafeEqual(Buffer.from(v1, 'hex'), expected)).toBe(true);
    // A tampered body does not verify.
    const tampered = createHmac('sha256', webhookSecret).update(`${t}.${hook.body} `).digest();
    expect(timingSafeEqual(Buffer.from(v1, 'hex'), tampered)).toBe(false);
    const event = JSON.parse(hook.body);
    expect(event).toMatchObject({ type: 'match.found', organisationId: university.organisationId });
    expect(hook.body).not.toContain(sme.contact.phone);
  });

  it('a notification job that runs twice leaves one inbox row per recipient', async () => {
    const rows = async () =>
      (
        await db().query(
          `SELECT count(*)::int AS n FROM notification WHERE params->>'matchId' = $1`,
          [matchId],
        )
      )[0].n as number;
    const before = await rows();
    expect(before).toBeGreaterThanOrEqual(2);
    // Run the matcher for the need twice more as brand-new jobs, each time after forgetting
    // that the pair was notified (as a re-run would see it if the first run's bookkeeping were
    // lost): the matcher records the same intents again, and only the unique
    // (recipient, dedup key) constraint stands between them and duplicate inbox rows and mails.
    const jobs = product.worker.get(JobQueue);
    const [{ version }]: { version: number }[] = await db().query(
      'SELECT version FROM tech_need WHERE id = $1',
      [needId],
    );
    const deliveries = async () =>
      (
        await db().query(
          `SELECT count(*)::int AS n FROM email_delivery d
             JOIN notification n ON n.id = ANY (d.notification_ids)
            WHERE n.params->>'matchId' = $1`,
          [matchId],
        )
      )[0].n as number;
    const deliveriesBefore = await deliveries();
    for (const attempt of [1, 2]) {
      await db().query('UPDATE match SET notified_score = NULL WHERE id = $1', [matchId]);
      const job = await jobs.enqueue(
        'matching.match-listing',
        { kind: 'need', listingId: needId, version },
        `rerun-${needId}-${attempt}`,
      );
      await eventually(async () => expect(await job.isCompleted()).toBe(true), 30_000);
    }
    const [{ notified_score }]: { notified_score: number | null }[] = await db().query(
      'SELECT notified_score FROM match WHERE id = $1',
      [matchId],
    );
    expect(notified_score).not.toBeNull();
    expect(await rows()).toBe(before);
    expect(await deliveries()).toBe(deliveriesBefore);
    const duplicates: { n: number }[] = await db().query(
      `SELECT count(*)::int AS n FROM (
         SELECT user_id, dedup_key FROM notification GROUP BY 1, 2 HAVING count(*) > 1) d`,
    );
    expect(duplicates[0].n).toBe(0);
  });

  it('interest → mutual reveals contacts to each side, and not before', async () => {
    const interested = await request(http)
      .post(`/api/v1/matches/${matchId}/interest`)
      .set(sme.auth)
      .expect(200);
    expect(interested.body.state).toBe('interest');
    expect(interested.body.contact).toBeUndefined();
    const seenByUniversity = await request(http)
      .get(`/api/v1/matches/${matchId}`)
      .set(university.auth)
      .expect(200);
    expect(seenByUniversity.body.interest).toEqual({ own: false, other: true });
    expect(JSON.stringify(seenByUniversity.body)).not.toContain(sme.contact.phone);
    await eventually(async () => {
      expect((await inbox(university)).map((n) => n.type)).toContain('match.interest');
    }, 30_000);

    const mutual = await request(http)
      .post(`/api/v1/matches/${matchId}/interest`)
      .set(university.auth)
      .expect(200);
    expect(mutual.body.state).toBe('mutual');
    expect(mutual.body.contact).toMatchObject({ phone: sme.contact.phone });

    const seenBySme = await request(http)
      .get(`/api/v1/matches/${matchId}`)
      .set(sme.auth)
      .expect(200);
    expect(seenBySme.body.contact).toMatchObject({
      phone: university.contact.phone,
      email: university.contact.email,
    });
    expect(JSON.stringify(seenBySme.body)).not.toContain(sme.contact.phone);

    // The mutual mail to each side carries the other side's contact.
    const smeMutualMail = await eventually(() => {
      const mail = smtp.to(sme.email).find((m) => m.raw.includes(university.contact.phone));
      expect(mail).toBeDefined();
      return mail!;
    }, 30_000);
    expect(smeMutualMail.raw).not.toContain(sme.contact.phone);

    // Contacts never reach the search index.
    const search = await request(http).get('/api/v1/search?q=数控机床&type=all').expect(200);
    const body = JSON.stringify(search.body);
    expect(body).toContain(achievementId);
    expect(body).not.toContain(sme.contact.phone);
    expect(body).not.toContain(university.contact.phone);

    const history: { from_state: string; to_state: string; actor_user_id: string | null }[] =
      await db().query(
        `SELECT from_state, to_state, actor_user_id FROM match_transition
          WHERE match_id = $1 ORDER BY id`,
        [matchId],
      );
    expect(history.map((h) => `${h.from_state}→${h.to_state}`)).toEqual([
      'suggested→interest',
      'interest→mutual',
    ]);
    expect(history.every((h) => h.actor_user_id !== null)).toBe(true);
  });
});
