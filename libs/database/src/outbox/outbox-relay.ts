import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import {
  isOutboxEventType,
  JobQueue,
  JobRequest,
  jobsForOutboxEvent,
  OutboxEventEnvelope,
} from '@rongtong/jobs';

interface PendingRow {
  id: string;
  event_id: string;
  type: string;
  entity_id: string;
  version: number;
  payload: Record<string, unknown>;
}

export interface RelayHooks {
  /** Runs after the jobs are in Redis and before the rows are marked; tests crash here. */
  afterEnqueue?: (jobs: JobRequest[]) => Promise<void>;
}

/**
 * Moves outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED so relays can run
 * side by side, and every job id derives from its row's event id, so a relay that dies between enqueueing
 * and marking re-enqueues ids BullMQ already holds, and nothing runs twice.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobQueue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Relays one batch; returns how many rows it marked relayed. */
  async relayBatch(hooks: RelayHooks = {}): Promise<number> {
    let claimedIds: string[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: PendingRow[] = await manager.query(
          `SELECT id, event_id, type, entity_id, version, payload FROM outbox_event
            WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [this.config.outbox.batchSize],
        );
        if (rows.length === 0) return 0;
        claimedIds = rows.map((row) => row.id);
        const jobs: JobRequest[] = [];
        const unknown: string[] = [];
        for (const row of rows) {
          if (!isOutboxEventType(row.type)) {
            unknown.push(row.id);
            continue;
          }
          const envelope = {
            type: row.type,
            entityId: row.entity_id,
            version: row.version,
            payload: row.payload,
          } as OutboxEventEnvelope;
          jobs.push(...jobsForOutboxEvent(row.event_id, envelope));
        }
        if (jobs.length > 0) await this.jobQueue.enqueueMany(jobs);
        await hooks.afterEnqueue?.(jobs);
        await manager.query(
          `UPDATE outbox_event SET relayed_at = now(), relay_attempts = relay_attempts + 1, last_error = NULL
            WHERE id = ANY($1::bigint[])`,
          [claimedIds],
        );
        if (unknown.length > 0) {
          await manager.query(
            `UPDATE outbox_event SET last_error = 'unknown event type: nothing routed' WHERE id = ANY($1::bigint[])`,
            [unknown],
          );
          this.logger.warn(`Outbox rows ${unknown.join(', ')} have unknown event types`);
        }
        return rows.length;
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (claimedIds.length > 0) {
        await this.dataSource
          .query(
            `UPDATE outbox_event SET relay_attempts = relay_attempts + 1, last_error = $2
              WHERE id = ANY($1::bigint[]) AND relayed_at IS NULL`,
            [claimedIds, message.slice(0, 1000)],
          )
          .catch(() => undefined);
      }
      throw error;
    }
  }

  /** Relays until nothing is pending (tests and scripts). */
  async drain(hooks: RelayHooks = {}): Promise<number> {
    let total = 0;
    for (;;) {
      const relayed = await this.relayBatch(hooks);
      total += relayed;
      if (relayed === 0) return total;
    }
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM outbox_event WHERE relayed_at IS NULL',
    );
    return row.count;
  }
}
