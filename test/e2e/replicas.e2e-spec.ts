import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@rongtong/database';
import { preflight } from '@rongtong/health';
import { JobQueue, jobSchedules } from '@rongtong/jobs';
import { NotificationRecorder } from '@rongtong/notify';
import { hasDrift, SearchDriftCheck } from '@rongtong/search';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { ApiProcess } from '../support/api-process';
import { achievementBody, needBody, registrationBody } from '../support/factories';
import {
  eventually,
  isolatedEnvironment,
  IsolatedEnvironment,
} from '../support/isolated-environment';
import { PrivateRedis } from '../support/private-redis';
import { register, Session, signUp } from '../support/sessions';
import { SmtpSink } from '../support/smtp-sink';
import { WorkerProcess } from '../support/worker-process';

jest.setTimeout(1_500_000);

const NEEDS = 230;
const ACHIEVEMENTS = 20;
/** create + submit + two edits per listing */
const WRITES = 4 * (NEEDS + ACHIEVEMENTS);
const MAILS = 500;
const CONCURRENCY = 8;
/** Process start-up on a loaded 2-core machine can take far longer than on a quiet one. */
const STARTUP_MS = 180_000;

/**
 * Two api and two worker processes share one PostgreSQL, one Redis (the test's own, so it may
 * be flushed) and Meilisearch. While 1,000 listing writes and 500 mails go through, one worker is
 * SIGKILLed (and replaced) and Redis loses all its data once, as a restart without persistence
 * would. Reconciliation must rebuild everything from PostgreSQL: every listing indexed at its
 * latest version and matched, no inbox row twice, every mail delivered (a repeat carries the
 * same Message-ID), the repeatable jobs scheduled again.
 */
describe('replicas: 2 api + 2 workers through a worker kill and a Redis flush', () => {
  let redis: PrivateRedis;
  let smtp: SmtpSink;
  let env: IsolatedEnvironment;
  let helper: INestApplication;
  const apis: ApiProcess[] = [];
  const workers: WorkerProcess[] = [];
  let overrides: Record<string, string>;

  const db = () => helper.get(DataSource);
  const scalar = async (sql: string, parameters: unknown[] = []) =>
    (await db().query<{ n: number }[]>(sql, parameters))[0].n;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    smtp = await SmtpSink.start();
    overrides = {
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      JOB_LOCK_DURATION_MS: '2000',
      LISTING_REVIEW_REQUIRED: 'false',
      RECONCILE_INTERVAL_MS: '2000',
      SCHEDULE_CHECK_INTERVAL_MS: '2000',
      RECONCILE_DELIVERY_AFTER_MS: '5000',
      // Match mails wait for the digest: the 500 mails are the notice's, nothing else.
      NOTIFY_DAILY_MATCH_EMAIL_CAP: '0',
    };
    env = isolatedEnvironment(overrides);
    await preflight(env.config);
    // In this process only to record the mails and read the outcome; the writes go to the apis.
    helper = await createApiApp(env.config);
    for (let i = 0; i < 2; i++) apis.push(await ApiProcess.start(overrides, STARTUP_MS));
    for (let i = 0; i < 2; i++) workers.push(await WorkerProcess.start(overrides, STARTUP_MS));
  });

  afterAll(async () => {
    // What went wrong inside the workers, if anything (job failures are logged as warnings).
    const failures = workers.flatMap((w) => w.logs.split('\n').filter((l) => l.includes('failed')));
    if (failures.length > 0) console.log(failures.slice(0, 30).join('\n'));
    for (const worker of workers) await worker.stop().catch(() => undefined);
    for (const api of apis) await api.stop().catch(() => undefined);
    await helper?.close();
    await smtp?.stop();
    await redis?.stop();
    await env?.dispose();
  });

  it('loses nothing and doubles nothing', async () => {
    const api = (i: number) => apis[i % apis.length].url;
    const sme: Session = await signUp(api(0));
    const university: Session = await signUp(
      api(1),
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );

    // 500 mails: one notice to every member of an organisation (members inserted directly).
    const { organisationId: crowd } = await register(api(0));
    await db().query(
      `WITH users AS (
         INSERT INTO app_user (email, display_name, password_hash, locale)
         SELECT 'member' || n || '-' || $2 || '@example.cn', '成员' || n, 'x', 'zh-CN'
           FROM generate_series(1, $1::int) n
         RETURNING id)
       INSERT INTO membership (user_id, organisation_id, role)
       SELECT id, $3, 'member' FROM users`,
      [MAILS - 1, randomUUID().slice(0, 8), crowd],
    );

    // 1,000 listing writes, spread over both apis, CONCURRENCY at a time.
    let writes = 0;
    const write = async (n: number, run: (http: string) => Promise<void>) => {
      await run(api(n));
      writes += 1;
    };
    const listing = async (n: number) => {
      const isNeed = n < NEEDS;
      const path = isNeed ? 'needs' : 'achievements';
      const owner = isNeed ? sme : university;
      const body = isNeed
        ? needBody(owner.organisationId, { title: `数控机床热变形补偿需求 ${n}` })
        : achievementBody(owner.organisationId, { title: `机床热误差实时补偿技术 ${n}` });
      let id = '';
      await write(n, async (http) => {
        const created = await request(http).post(`/api/v1/${path}`).set(owner.auth).send(body);
        expect(created.status).toBe(201);
        id = created.body.id as string;
      });
      await write(n + 1, async (http) => {
        await request(http)
          .post(`/api/v1/${path}/${id}/transitions`)
          .set(owner.auth)
          .send({ action: 'submit' })
          .expect(200);
      });
      for (const round of [1, 2]) {
        await write(n + round, async (http) => {
          const edit = isNeed
            ? { title: `数控机床热变形补偿需求 ${n} 第${round}版` }
            : { title: `机床热误差实时补偿技术 ${n} 第${round}版` };
          await request(http).patch(`/api/v1/${path}/${id}`).set(owner.auth).send(edit).expect(200);
        });
      }
    };
    const queue = Array.from({ length: NEEDS + ACHIEVEMENTS }, (_, n) => n);
    const writing = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) await listing(n);
      }),
    );

    smtp.delayMs = 200;
    const listingId = randomUUID();
    await helper.get(TransactionRunner).run((manager) =>
      helper.get(NotificationRecorder).record(manager, [
        {
          type: 'listing.expiring',
          recipients: { organisationId: crowd },
          dedupKey: `listing.expiring:need:${listingId}:2026-12-01`,
          params: {
            listing: { kind: 'need', id: listingId, title: '数控机床主轴热变形补偿' },
            validUntil: '2026-12-01',
            daysLeft: 7,
          },
          subject: { kind: 'need', id: listingId },
        },
      ]),
    );

    // A worker dies mid-stream (no shutdown hooks) and a supervisor starts another.
    await eventually(() => expect(smtp.received.length).toBeGreaterThanOrEqual(100), 120_000, 20);
    await workers[0].kill();
    const mailsAtKill = smtp.received.length;
    const replacement = WorkerProcess.start(overrides, STARTUP_MS).then((worker) => {
      workers.push(worker);
      return worker;
    });
    replacement.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile

    // Redis loses everything once, halfway through the writes.
    await eventually(() => expect(writes).toBeGreaterThanOrEqual(WRITES / 2), 300_000, 20);
    await redis.flushAll();
    const flushedAt = Date.now();
    const writesAtFlush = writes;
    const mailsAtFlush = smtp.received.length;
    await writing;
    expect(writes).toBe(WRITES);
    await replacement;

    // Full repair: what PostgreSQL says is reflected everywhere else.
    const drift = helper.get(SearchDriftCheck);
    const expectedSchedules = jobSchedules(env.config)
      .map((s) => s.id)
      .sort();
    await eventually(
      async () => {
        for (const check of await drift.checkAll()) expect(hasDrift(check)).toBe(false);
        expect(
          await scalar(`SELECT count(*)::int AS n FROM email_delivery WHERE status <> 'sent'`),
        ).toBe(0);
        expect(await unmatchedListings()).toBe(0);
        expect(
          await scalar(`SELECT count(*)::int AS n FROM outbox_event WHERE completed_at IS NULL`),
        ).toBe(0);
        expect([...(await helper.get(JobQueue).scheduledIds())].sort()).toEqual(expectedSchedules);
      },
      900_000,
      250,
    );
    const repairSeconds = (Date.now() - flushedAt) / 1000;

    // Listings: every published one indexed at its latest version (checked above) and matched.
    const published = await scalar(
      `SELECT (SELECT count(*) FROM tech_need WHERE status = 'published')
            + (SELECT count(*) FROM achievement WHERE status = 'published') AS n`,
    );
    expect(Number(published)).toBe(NEEDS + ACHIEVEMENTS);
    // Inbox: no (user, key) twice; the notice reached every member once.
    const doubledInbox = await scalar(
      `SELECT (count(*) - count(DISTINCT (user_id, dedup_key)))::int AS n FROM notification`,
    );
    const notices = await scalar(
      `SELECT count(*)::int AS n FROM notification WHERE type = 'listing.expiring'`,
    );
    // Mails: every delivery received; a repeat only with its delivery's Message-ID.
    const deliveries = await db().query<{ id: string }[]>('SELECT id FROM email_delivery');
    const messageIds = smtp.received.map((mail) => mail.header('Message-ID'));
    const distinct = new Set(messageIds);
    const expectedIds = new Set(deliveries.map((d) => `<${d.id}@rongtong>`));
    const lostMails = [...expectedIds].filter((id) => !distinct.has(id)).length;
    const strangers = [...distinct].filter((id) => !id || !expectedIds.has(id)).length;

    console.log(
      JSON.stringify({
        writes: WRITES,
        listings: NEEDS + ACHIEVEMENTS,
        mailsRecorded: MAILS,
        deliveries: deliveries.length,
        mailsReceived: messageIds.length,
        mailsAtKill,
        mailsAtFlush,
        writesAtFlush,
        lost: { listings: 0, mails: lostMails },
        doubled: {
          inboxRows: doubledInbox,
          mailsWithSameMessageId: messageIds.length - distinct.size,
        },
        secondsFromFlushToFullRepair: repairSeconds,
      }),
    );
    expect(notices).toBe(MAILS);
    expect(doubledInbox).toBe(0);
    expect(lostMails).toBe(0);
    expect(strangers).toBe(0);
    expect(deliveries.length).toBe(MAILS);
  });

  /** Published, open listings whose current version has no match run. */
  async function unmatchedListings(): Promise<number> {
    return (
      await db().query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM (
           SELECT 'need' AS kind, id, version FROM tech_need
            WHERE status = 'published' AND valid_until >= current_date
           UNION ALL
           SELECT 'achievement', id, version FROM achievement
            WHERE status = 'published' AND valid_until >= current_date) l
         LEFT JOIN match_run r ON r.listing_kind = l.kind AND r.listing_id = l.id
         WHERE r.version IS NULL OR r.version < l.version`,
      )
    )[0].n;
  }
});
