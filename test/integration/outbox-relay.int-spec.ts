import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@rongtong/common';
import {
  DatabaseModule,
  ensureDatabaseExists,
  OutboxRelay,
  OutboxRelayModule,
  OutboxWriter,
  runMigrationsLocked,
} from '@rongtong/database';
import { JobQueue, JobRequest, JobsModule, optionsOf, QUEUE_NAMES } from '@rongtong/jobs';
import {
  eventually,
  IsolatedEnvironment,
  isolatedEnvironment,
} from '../support/isolated-environment';

jest.setTimeout(60_000);

const BATCH_SIZE = 5;

interface OutboxRow {
  id: string;
  event_id: string;
  type: string;
  entity_id: string;
  version: number;
  payload: Record<string, unknown>;
  relayed_at: Date | null;
  relay_attempts: number;
  last_error: string | null;
}

interface Product {
  moduleRef: TestingModule;
  dataSource: DataSource;
  relay: OutboxRelay;
  jobQueue: JobQueue;
}

/** One "process": its own connection pool and Redis connections, as a worker has. */
async function startProduct(config: AppConfig): Promise<Product> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(),
      JobsModule.forRoot(),
      OutboxRelayModule,
    ],
  }).compile();
  await moduleRef.init();
  return {
    moduleRef,
    dataSource: moduleRef.get(DataSource),
    relay: moduleRef.get(OutboxRelay),
    jobQueue: moduleRef.get(JobQueue),
  };
}

const searchJobId = (eventId: string) => `outbox-${eventId}-search-index-organisation`;

describe('Outbox writer and relay (PostgreSQL + BullMQ, no worker)', () => {
  let env: IsolatedEnvironment;
  let product: Product;
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let searchQueue: Queue;

  beforeAll(async () => {
    env = isolatedEnvironment({ OUTBOX_BATCH_SIZE: String(BATCH_SIZE) });
    await ensureDatabaseExists(env.config.database.url);
    product = await startProduct(env.config);
    ({ dataSource, relay } = product);
    searchQueue = product.jobQueue.queue('search');
    await runMigrationsLocked(dataSource);
  });

  afterAll(async () => {
    if (product) {
      for (const name of QUEUE_NAMES) {
        await product.jobQueue.queue(name).obliterate({ force: true });
      }
      await product.moduleRef.close();
    }
    await env?.dispose();
  });

  beforeEach(async () => {
    await dataSource.query('DELETE FROM outbox_event');
    for (const name of QUEUE_NAMES) {
      await product.jobQueue.queue(name).obliterate({ force: true });
    }
  });

  /** Appends organisation.created events, each in its own committed transaction. */
  async function appendCreated(count: number): Promise<OutboxRow[]> {
    const writer = product.moduleRef.get(OutboxWriter);
    const organisationIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const organisationId = randomUUID();
      organisationIds.push(organisationId);
      await dataSource.transaction((manager) =>
        writer.append(manager, {
          type: 'organisation.created',
          entityType: 'organisation',
          entityId: organisationId,
          version: i + 1,
          payload: { organisationId },
        }),
      );
    }
    const rows = await rowsFor(organisationIds);
    expect(rows).toHaveLength(count);
    return rows;
  }

  async function rowsFor(entityIds: string[]): Promise<OutboxRow[]> {
    return dataSource.query(
      `SELECT id, event_id, type, entity_id, version, payload, relayed_at, relay_attempts, last_error
         FROM outbox_event WHERE entity_id = ANY($1::text[]) ORDER BY id`,
      [entityIds],
    );
  }

  async function allRows(): Promise<OutboxRow[]> {
    return dataSource.query(
      `SELECT id, event_id, type, entity_id, version, payload, relayed_at, relay_attempts, last_error
         FROM outbox_event ORDER BY id`,
    );
  }

  async function waitingJobIds(queue: Queue = searchQueue): Promise<string[]> {
    const jobs = await queue.getJobs(['waiting'], 0, -1);
    return jobs.map((job) => job.id ?? '(no id)').sort();
  }

  async function counts(queue: Queue = searchQueue): Promise<Record<string, number>> {
    return queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed', 'paused');
  }

  describe('OutboxWriter', () => {
    it('refuses to append outside a transaction and writes nothing', async () => {
      const writer = product.moduleRef.get(OutboxWriter);
      const entityId = randomUUID();
      const event = {
        type: 'organisation.created' as const,
        entityType: 'organisation',
        entityId,
        version: 1,
        payload: { organisationId: entityId },
      };

      await expect(writer.append(dataSource.manager, event)).rejects.toThrow(
        'Outbox events must be written inside the transaction that changes the record',
      );
      const runner = dataSource.createQueryRunner();
      try {
        await runner.connect();
        await expect(writer.append(runner.manager, event)).rejects.toThrow(
          'Outbox events must be written inside the transaction',
        );
      } finally {
        await runner.release();
      }
      expect(await rowsFor([entityId])).toEqual([]);
    });

    it('writes with the transaction: rollback leaves no row and no notification', async () => {
      const writer = product.moduleRef.get(OutboxWriter);
      const listener = new Client({ connectionString: env.config.database.url });
      const notifications: string[] = [];
      listener.on('notification', (message: Notification) =>
        notifications.push(`${message.channel}:${message.payload}`),
      );
      await listener.connect();
      try {
        await listener.query('LISTEN outbox');
        const rolledBack = randomUUID();
        const committed = randomUUID();

        await expect(
          dataSource.transaction(async (manager) => {
            await writer.append(manager, {
              type: 'organisation.updated',
              entityType: 'organisation',
              entityId: rolledBack,
              version: 2,
              payload: { organisationId: rolledBack },
            });
            const [inside] = await manager.query(
              'SELECT count(*)::int AS count FROM outbox_event WHERE entity_id = $1',
              [rolledBack],
            );
            // The row exists inside the transaction, so the rollback is what removes it.
            expect(inside).toEqual({ count: 1 });
            throw new Error('business rule failed after the append');
          }),
        ).rejects.toThrow('business rule failed after the append');
        expect(await rowsFor([rolledBack])).toEqual([]);
        expect(await relay.pendingCount()).toBe(0);

        await dataSource.transaction((manager) =>
          writer.append(manager, {
            type: 'organisation.created',
            entityType: 'organisation',
            entityId: committed,
            version: 1,
            payload: { organisationId: committed },
          }),
        );
        const [row] = await rowsFor([committed]);
        expect(row).toMatchObject({
          type: 'organisation.created',
          entity_id: committed,
          version: 1,
          payload: { organisationId: committed },
          relayed_at: null,
          relay_attempts: 0,
          last_error: null,
        });
        expect(await relay.pendingCount()).toBe(1);
        // NOTIFY is transactional too: only the committed append woke listeners.
        await eventually(() => expect(notifications).toEqual(['outbox:organisation.created']));
      } finally {
        await listener.end();
      }
    });
  });

  describe('OutboxRelay', () => {
    it('a recreated database (row ids restart) gets new jobs, not silently dropped duplicates', async () => {
      await dataSource.query('TRUNCATE outbox_event RESTART IDENTITY');
      const [first] = await appendCreated(1);
      expect(await relay.relayBatch()).toBe(1);
      // A restore or a fresh database: the identity restarts, so the next row reuses the id.
      await dataSource.query('TRUNCATE outbox_event RESTART IDENTITY');
      const [second] = await appendCreated(1);
      expect(second.id).toBe(first.id);
      expect(second.event_id).not.toBe(first.event_id);

      expect(await relay.relayBatch()).toBe(1);

      expect(await waitingJobIds()).toEqual(
        [searchJobId(first.event_id), searchJobId(second.event_id)].sort(),
      );
      const job = await searchQueue.getJob(searchJobId(second.event_id));
      expect(job?.data).toEqual({ organisationId: second.entity_id, version: 1 });
    });

    it('relays a batch: rows marked, one waiting job per row with a derived id', async () => {
      const rows = await appendCreated(3);

      expect(await relay.relayBatch()).toBe(3);

      const after = await rowsFor(rows.map((row) => row.entity_id));
      for (const row of after) {
        expect(row.relayed_at).toBeInstanceOf(Date);
        expect(row.relay_attempts).toBe(1);
        expect(row.last_error).toBeNull();
      }
      expect(await relay.pendingCount()).toBe(0);
      expect(await counts()).toEqual({
        waiting: 3,
        delayed: 0,
        active: 0,
        completed: 0,
        failed: 0,
        paused: 0,
      });
      expect(await counts(product.jobQueue.queue('maintenance'))).toMatchObject({ waiting: 0 });
      expect(await waitingJobIds()).toEqual(rows.map((row) => searchJobId(row.event_id)).sort());
      for (const row of rows) {
        const job = await searchQueue.getJob(searchJobId(row.event_id));
        expect(job).toBeDefined();
        expect(job?.name).toBe('search.index-organisation');
        expect(job?.data).toEqual({ organisationId: row.entity_id, version: row.version });
        expect(job?.opts.attempts).toBe(optionsOf('search.index-organisation').attempts);
        // Nothing consumes the queue in this suite.
        expect(job?.processedOn).toBeUndefined();
        expect(await job?.getState()).toBe('waiting');
      }

      // Nothing left: a second batch relays nothing and enqueues nothing.
      expect(await relay.relayBatch()).toBe(0);
      expect(await counts()).toMatchObject({ waiting: 3 });
    });

    it('relays at most OUTBOX_BATCH_SIZE rows per batch, oldest first', async () => {
      const rows = await appendCreated(BATCH_SIZE + 2);

      expect(await relay.relayBatch()).toBe(BATCH_SIZE);
      const pending = (await rowsFor(rows.map((row) => row.entity_id))).filter(
        (row) => row.relayed_at === null,
      );
      expect(pending.map((row) => row.id)).toEqual(rows.slice(BATCH_SIZE).map((row) => row.id));
      expect(await relay.drain()).toBe(2);
      expect(await relay.pendingCount()).toBe(0);
      expect(await counts()).toMatchObject({ waiting: BATCH_SIZE + 2 });
    });

    it('a crash between enqueue and mark re-enqueues the same ids: no duplicate jobs', async () => {
      const rows = await appendCreated(4);
      const expectedIds = rows.map((row) => searchJobId(row.event_id)).sort();
      let enqueuedBeforeCrash: string[] = [];

      await expect(
        relay.relayBatch({
          afterEnqueue: (jobs: JobRequest[]) => {
            enqueuedBeforeCrash = jobs.map((job) => job.jobId ?? '(no id)').sort();
            throw new Error('crash between enqueue and mark');
          },
        }),
      ).rejects.toThrow('crash between enqueue and mark');

      expect(enqueuedBeforeCrash).toEqual(expectedIds);
      const crashed = await rowsFor(rows.map((row) => row.entity_id));
      for (const row of crashed) {
        expect(row.relayed_at).toBeNull();
        expect(row.relay_attempts).toBe(1);
        expect(row.last_error).toBe('crash between enqueue and mark');
      }
      expect(await relay.pendingCount()).toBe(4);
      // The jobs reached Redis before the crash.
      expect(await waitingJobIds()).toEqual(expectedIds);

      expect(await relay.relayBatch()).toBe(4);

      const relayed = await rowsFor(rows.map((row) => row.entity_id));
      for (const row of relayed) {
        expect(row.relayed_at).toBeInstanceOf(Date);
        expect(row.relay_attempts).toBe(2);
      }
      expect(await relay.pendingCount()).toBe(0);
      expect(await counts()).toMatchObject({ waiting: 4, delayed: 0, active: 0 });
      const ids = await waitingJobIds();
      expect(ids).toEqual(expectedIds);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('an enqueue failure (Redis unreachable) leaves rows pending until the next batch', async () => {
      const rows = await appendCreated(2);
      const enqueueMany = jest
        .spyOn(product.jobQueue, 'enqueueMany')
        .mockRejectedValueOnce(new Error('Connection is closed.'));
      try {
        await expect(relay.relayBatch()).rejects.toThrow('Connection is closed.');
      } finally {
        enqueueMany.mockRestore();
      }

      const failed = await rowsFor(rows.map((row) => row.entity_id));
      for (const row of failed) {
        expect(row.relayed_at).toBeNull();
        expect(row.relay_attempts).toBe(1);
        expect(row.last_error).toBe('Connection is closed.');
      }
      expect(await counts()).toMatchObject({ waiting: 0 });

      expect(await relay.relayBatch()).toBe(2);
      expect(await relay.pendingCount()).toBe(0);
      expect(await waitingJobIds()).toEqual(rows.map((row) => searchJobId(row.event_id)).sort());
    });

    it('marks rows of unknown event types relayed, with an error and no job', async () => {
      const [known] = await appendCreated(1);
      await dataSource.query(
        `INSERT INTO outbox_event (type, entity_type, entity_id, version, payload)
         VALUES ('organisation.deleted', 'organisation', 'gone', 1, '{}')`,
      );

      expect(await relay.relayBatch()).toBe(2);

      const rows = await allRows();
      expect(rows.map((row) => [row.type, row.relayed_at !== null, row.last_error])).toEqual([
        ['organisation.created', true, null],
        ['organisation.deleted', true, 'unknown event type: nothing routed'],
      ]);
      expect(await waitingJobIds()).toEqual([searchJobId(known.event_id)]);
    });

    it('two relays racing claim disjoint batches: every row relayed once, one job per row', async () => {
      const second = await startProduct(env.config);
      try {
        const rows = await appendCreated(20);

        // Each relay holds its first batch (rows locked, jobs enqueued, not yet marked) until
        // the other holds one too. With SKIP LOCKED they overlap; a plain FOR UPDATE would
        // block the second relay and time out here, no locking would claim rows twice.
        let arrived = 0;
        let bothHoldABatch!: () => void;
        const overlap = new Promise<void>((resolve) => (bothHoldABatch = resolve));
        const holdFirstBatch = () => {
          let first = true;
          return async () => {
            if (!first) return;
            first = false;
            arrived += 1;
            if (arrived === 2) bothHoldABatch();
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([
              overlap,
              new Promise<never>((_, reject) => {
                timer = setTimeout(() => reject(new Error('the relays never overlapped')), 10_000);
              }),
            ]).finally(() => clearTimeout(timer));
          };
        };

        const [byFirst, bySecond] = await Promise.all([
          relay.drain({ afterEnqueue: holdFirstBatch() }),
          second.relay.drain({ afterEnqueue: holdFirstBatch() }),
        ]);

        expect(byFirst + bySecond).toBe(20);
        expect(byFirst).toBeGreaterThanOrEqual(BATCH_SIZE);
        expect(bySecond).toBeGreaterThanOrEqual(BATCH_SIZE);
        const relayed = await rowsFor(rows.map((row) => row.entity_id));
        expect(relayed.filter((row) => row.relayed_at === null)).toEqual([]);
        expect(relayed.map((row) => row.relay_attempts)).toEqual(Array(20).fill(1));
        expect(relayed.filter((row) => row.last_error !== null)).toEqual([]);
        expect(await counts()).toMatchObject({ waiting: 20, delayed: 0 });
        expect(await waitingJobIds()).toEqual(rows.map((row) => searchJobId(row.event_id)).sort());
      } finally {
        await second.moduleRef.close();
      }
    });

    it('two concurrent relayBatch calls on one relay take different rows', async () => {
      const rows = await appendCreated(2 * BATCH_SIZE);

      const results = await Promise.all([relay.relayBatch(), relay.relayBatch()]);

      expect(results).toEqual([BATCH_SIZE, BATCH_SIZE]);
      const relayed = await rowsFor(rows.map((row) => row.entity_id));
      expect(relayed.map((row) => row.relay_attempts)).toEqual(Array(2 * BATCH_SIZE).fill(1));
      expect(await counts()).toMatchObject({ waiting: 2 * BATCH_SIZE });
    });
  });
});
