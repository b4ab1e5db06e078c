import Redis from 'ioredis';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { OutboxReconciler } from '@rongtong/database';
import {
  JobQueue,
  QUEUE_NAMES,
  ScheduleKeeper,
  jobSchedules,
  redisOptionsFromUrl,
} from '@rongtong/jobs';
import { MatchingJobs } from '@rongtong/matching';
import { LISTING_INDEX, SearchClient, SearchDriftCheck, SearchDriftRepair } from '@rongtong/search';
import { OutboxPruner } from '@rongtong/database';
import { RefreshTokenRetention } from '../../libs/identity/src/retention/refresh-token-retention';
import { DeliveryReconciler } from '../../libs/notify/src/retention/delivery-reconciler';
import { NotifyRetention } from '../../libs/notify/src/retention/notify-retention';
import { needBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp } from '../support/sessions';

jest.setTimeout(120_000);

/**
 * Recovery from PostgreSQL: the suite's own Redis keys are deleted (what a Redis restart without
 * persistence does to them; never FLUSHALL the shared server), and reconciliation must rebuild
 * the lost jobs and schedules; index drift and missing match runs are repaired.
 */
describe('reconciliation after lost Redis data', () => {
  let product: RunningProduct;
  let http: App;
  let owner: Session;
  let redis: Redis;

  const db = () => product.worker.get(DataSource);
  const scalar = async (sql: string, parameters: unknown[] = []) =>
    (await db().query<{ n: number }[]>(sql, parameters))[0].n;

  /** Deletes every key of the suite's queue prefix: its queues, jobs and schedulers. */
  const loseRedisData = async () => {
    const prefix = product.env.config.redis.queuePrefix;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  };

  /** Jobs waiting, running or delayed-but-due in any queue of the suite. */
  const busyJobs = async (): Promise<number> => {
    const queues = product.worker.get(JobQueue);
    let busy = 0;
    for (const name of QUEUE_NAMES) {
      const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'prioritized');
      busy += Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    return busy;
  };

  const publishNeed = async (title: string): Promise<string> => {
    const created = await request(http)
      .post('/api/v1/needs')
      .set(owner.auth)
      .send(needBody(owner.organisationId, { title }))
      .expect(201);
    const id = created.body.id as string;
    await request(http)
      .post(`/api/v1/needs/${id}/transitions`)
      .set(owner.auth)
      .send({ action: 'submit' })
      .expect(200);
    return id;
  };

  beforeAll(async () => {
    // Reconciliation runs only when a test calls it (a scheduled run would race the assertions).
    product = await startProduct({
      LISTING_REVIEW_REQUIRED: 'false',
      RECONCILE_INTERVAL_MS: '86400000',
    });
    http = product.api.getHttpServer() as App;
    redis = new Redis(redisOptionsFromUrl(product.env.config.redis.url));
    owner = await signUp(http);
  });

  afterAll(async () => {
    redis?.disconnect();
    await product?.stop();
  });

  it('re-enqueues the jobs of relayed rows that Redis lost, and completes finished rows', async () => {
    const queues = product.worker.get(JobQueue);
    // Nothing is consumed: the relay's jobs wait in Redis, then Redis loses them.
    await Promise.all(
      ['search', 'matching', 'notify'].map((q) => queues.queue(q as 'search').pause()),
    );
    const ids = [
      await publishNeed('伺服电机振动抑制技术需求'),
      await publishNeed('注塑模具随形冷却需求'),
    ];
    await eventually(async () =>
      expect(
        await scalar(
          `SELECT count(*)::int AS n FROM outbox_event WHERE entity_id = ANY($1) AND relayed_at IS NULL`,
          [ids],
        ),
      ).toBe(0),
    );
    await loseRedisData();
    expect(await queues.queue('search').count()).toBe(0);

    const reconciler = product.worker.get(OutboxReconciler);
    const first = await reconciler.reconcile();
    expect(first.requeued).toBeGreaterThanOrEqual(ids.length);

    // The re-enqueued jobs run (the pause went with the data): indexed, then matched.
    const search = product.worker.get(SearchClient);
    const index = search.client.index(search.indexName(LISTING_INDEX.need));
    for (const id of ids) {
      await eventually(async () => expect((await index.getDocument(id)).id).toBe(id), 30_000);
    }
    await eventually(
      async () =>
        expect(
          await scalar(`SELECT count(*)::int AS n FROM match_run WHERE listing_id = ANY($1)`, [
            ids,
          ]),
        ).toBe(ids.length),
      30_000,
    );

    // Once every job of every row has finished, reconciliation completes the rows.
    await eventually(
      async () => {
        await reconciler.reconcile();
        expect(
          await scalar(
            `SELECT count(*)::int AS n FROM outbox_event WHERE relayed_at IS NOT NULL AND completed_at IS NULL`,
          ),
        ).toBe(0);
      },
      30_000,
      500,
    );
    // A second pass finds nothing to do.
    expect(await reconciler.reconcile()).toEqual({ checked: 0, requeued: 0, completed: 0 });
  });

  it('registers the schedules again when Redis lost them, and reports it', async () => {
    const keeper = product.worker.get(ScheduleKeeper);
    const queues = product.worker.get(JobQueue);
    await keeper.check(); // what an earlier test's lost data took
    const expected = jobSchedules(product.env.config)
      .map((s) => s.id)
      .sort();
    expect([...(await queues.scheduledIds())].sort()).toEqual(expected);

    await loseRedisData();
    expect((await queues.scheduledIds()).size).toBe(0);
    const before = keeper.status().restored;

    expect(await keeper.check()).toBe(expected.length);
    expect([...(await queues.scheduledIds())].sort()).toEqual(expected);
    expect(keeper.status()).toMatchObject({ ok: true, restored: before + expected.length });
    // Nothing missing: nothing restored.
    expect(await keeper.check()).toBe(0);
  });

  it('repairs index drift from PostgreSQL', async () => {
    const id = await publishNeed('激光熔覆再制造工艺需求');
    const search = product.worker.get(SearchClient);
    const index = search.client.index(search.indexName(LISTING_INDEX.need));
    await eventually(async () => expect((await index.getDocument(id)).id).toBe(id), 30_000);
    // The schedules registered by the test above fire once at once (a drift repair among them),
    // and the publish still has matching and re-index jobs in flight: any of them would put the
    // document back before the check reads the index. Wait until the worker has nothing to do.
    await eventually(async () => expect(await busyJobs()).toBe(0), 60_000);
    await index.deleteDocument(id).waitTask();
    const drift = await product.worker.get(SearchDriftCheck).check('need');
    expect(drift.missing.sample).toContain(id);

    const repairs = await product.worker.get(SearchDriftRepair).repairAll();
    expect(repairs.find((r) => r.target === 'need')?.repaired).toBeGreaterThanOrEqual(1);
    expect((await index.getDocument(id)).id).toBe(id);
    const after = await product.worker.get(SearchDriftCheck).check('need');
    expect(after.missing.count + after.stale.count + after.extra.count).toBe(0);
  });

  it('re-queues open listings whose current version was never matched', async () => {
    const id = await publishNeed('工业视觉缺陷检测需求');
    await eventually(
      async () =>
        expect(
          await scalar(`SELECT count(*)::int AS n FROM match_run WHERE listing_id = $1`, [id]),
        ).toBe(1),
      30_000,
    );
    await db().query(`DELETE FROM match_run WHERE listing_id = $1`, [id]);

    const result = await product.worker.get(MatchingJobs).reconcile({ batchSize: 100 });
    expect(result).toMatchObject({ status: 'done' });
    expect(result.status === 'done' && result.detail).toMatch(/^[1-9]\d* listings re-queued$/);
    await eventually(
      async () =>
        expect(
          await scalar(`SELECT count(*)::int AS n FROM match_run WHERE listing_id = $1`, [id]),
        ).toBe(1),
      30_000,
    );
    // Every open listing has its run now: nothing more to re-queue.
    expect(await product.worker.get(MatchingJobs).reconcile({ batchSize: 100 })).toEqual({
      status: 'done',
      detail: '0 listings re-queued',
    });
  });

  it('queues again a pending delivery that nobody touched for a while', async () => {
    const [stale] = await db().query<{ id: string }[]>(
      `INSERT INTO email_delivery (user_id, kind, dedup_key, status, updated_at)
       VALUES ($1, 'single', $2, 'pending', now() - interval '1 hour') RETURNING id`,
      [owner.userId, `stale-${Date.now()}`],
    );
    const [fresh] = await db().query<{ id: string }[]>(
      `INSERT INTO email_delivery (user_id, kind, dedup_key, status)
       VALUES ($1, 'single', $2, 'pending') RETURNING id`,
      [owner.userId, `fresh-${Date.now()}`],
    );

    const result = await product.worker
      .get(DeliveryReconciler)
      .run({ staleAfterMs: 15 * 60_000, batchSize: 100 });
    expect(result).toEqual({ status: 'done', detail: '1 emails, 0 webhooks' });
    // The job ran (no SMTP in this suite: the delivery is settled as skipped); the fresh one,
    // whose own job may still be on its way, was left alone.
    await eventually(async () => {
      const [row] = await db().query<{ status: string }[]>(
        'SELECT status FROM email_delivery WHERE id = $1',
        [stale.id],
      );
      expect(row.status).toBe('skipped');
    }, 30_000);
    const [untouched] = await db().query<{ status: string }[]>(
      'SELECT status FROM email_delivery WHERE id = $1',
      [fresh.id],
    );
    expect(untouched.status).toBe('pending');
  });

  it('retention deletes what is past its days, and nothing else', async () => {
    const user = owner.userId;
    const old = "now() - interval '200 days'";
    const tag = `retention-${Date.now()}`;
    await db().query(
      `INSERT INTO notification (user_id, type, dedup_key, email_state, created_at) VALUES
         ($1, 'listing.expiring', $2 || '-old', 'none', ${old}),
         ($1, 'listing.expiring', $2 || '-old-digest', 'digest', ${old}),
         ($1, 'listing.expiring', $2 || '-new', 'none', now())`,
      [user, tag],
    );
    await db().query(
      `INSERT INTO email_delivery (user_id, kind, dedup_key, status, created_at) VALUES
         ($1, 'single', $2 || '-old-sent', 'sent', ${old}),
         ($1, 'single', $2 || '-old-pending', 'pending', ${old}),
         ($1, 'single', $2 || '-new-sent', 'sent', now())`,
      [user, tag],
    );
    await db().query(
      `INSERT INTO webhook_attempt (delivery_id, attempt, duration_ms, created_at) VALUES
         (gen_random_uuid(), 1, 5, ${old}), (gen_random_uuid(), 1, 5, now())`,
    );
    // Family A ended 10 days ago; family B has a live token beside an expired one.
    await db().query(
      `INSERT INTO refresh_token (user_id, family_id, secret_hash, expires_at, session_expires_at, revoked_at)
       SELECT $1, family, hash, expires, expires, revoked FROM (VALUES
         ($2::uuid, 'a1', now() - interval '20 days', now() - interval '10 days'),
         ($2::uuid, 'a2', now() - interval '10 days', NULL),
         ($3::uuid, 'b1', now() - interval '10 days', NULL),
         ($3::uuid, 'b2', now() + interval '20 days', NULL)) AS t(family, hash, expires, revoked)`,
      [user, '00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'],
    );
    await db().query(
      `INSERT INTO outbox_event (type, entity_type, entity_id, version, relayed_at, completed_at) VALUES
         ('organisation.updated', $1, 'old-completed', 1, ${old}, now() - interval '20 days'),
         ('organisation.updated', $1, 'old-uncompleted', 1, ${old}, NULL)`,
      [tag],
    );

    await product.worker.get(NotifyRetention).prune({
      notificationDays: 180,
      emailDeliveryDays: 90,
      webhookAttemptDays: 30,
    });
    await product.worker.get(RefreshTokenRetention).prune({ olderThanDays: 7 });
    await product.worker.get(OutboxPruner).prune({ olderThanDays: 14 });

    const keys = async (sql: string, parameters: unknown[]) =>
      (await db().query<{ k: string }[]>(sql, parameters)).map((row) => row.k).sort();
    expect(
      await keys(`SELECT dedup_key AS k FROM notification WHERE dedup_key LIKE $1 || '%'`, [tag]),
    ).toEqual([`${tag}-new`, `${tag}-old-digest`]);
    expect(
      await keys(`SELECT dedup_key AS k FROM email_delivery WHERE dedup_key LIKE $1 || '%'`, [tag]),
    ).toEqual([`${tag}-new-sent`, `${tag}-old-pending`]);
    expect(
      await scalar(
        `SELECT count(*)::int AS n FROM webhook_attempt WHERE created_at < now() - interval '30 days'`,
      ),
    ).toBe(0);
    expect(await scalar(`SELECT count(*)::int AS n FROM webhook_attempt`)).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      await keys(
        `SELECT secret_hash AS k FROM refresh_token WHERE secret_hash IN ('a1','a2','b1','b2')`,
        [],
      ),
    ).toEqual(['b1', 'b2']);
    expect(
      await keys(`SELECT entity_id AS k FROM outbox_event WHERE entity_type = $1`, [tag]),
    ).toEqual(['old-uncompleted']);
  });
});
