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
import { OutboxStore } from './outbox.store';

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
    private readonly store: OutboxStore,
    private readonly jobQueue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Relays one batch; returns how many rows it marked relayed. */
  async relayBatch(hooks: RelayHooks = {}): Promise<number> {
    let claimedIds: string[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows = await this.store.claimPending(manager, this.config.outbox.batchSize);
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
        await this.store.markRelayed(manager, claimedIds);
        if (unknown.length > 0) {
          await this.store.markUnroutable(manager, unknown);
          this.logger.warn(`Outbox rows ${unknown.join(', ')} have unknown event types`);
        }
        return rows.length;
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (claimedIds.length > 0) {
        await this.store.recordFailure(claimedIds, message).catch(() => undefined);
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

  pendingCount(): Promise<number> {
    return this.store.pendingCount();
  }
}
