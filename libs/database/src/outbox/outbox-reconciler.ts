import { Injectable, Logger } from '@nestjs/common';
import {
  isOutboxEventType,
  JobHandler,
  JobPayload,
  JobQueue,
  JobRequest,
  JobResult,
  jobsForOutboxEvent,
  OutboxEventEnvelope,
} from '@rongtong/jobs';
import { OutboxStore, PendingOutboxRow } from './outbox.store';

/** Job states after which a job will not run again by itself. */
const FINISHED = new Set(['completed', 'failed']);

export interface OutboxReconcileReport {
  checked: number;
  /** Jobs Redis no longer held, enqueued again under their original ids. */
  requeued: number;
  /** Rows whose jobs all finished, marked completed. */
  completed: number;
}

/**
 * Relayed is not done: the relay marks a row once Redis accepted its jobs, and a Redis that
 * restarts without its data (or is restored from an older snapshot) forgets them. Reconciliation
 * walks the rows relayed but not completed, asks Redis for each of their jobs (the ids derive
 * from the row, as the relay made them), enqueues again the ones Redis does not know, and marks
 * a row completed once all its jobs finished. Handlers are idempotent, so a job run again after
 * it had finished but before its row was marked completed does no harm.
 */
@Injectable()
export class OutboxReconciler {
  private readonly logger = new Logger(OutboxReconciler.name);

  constructor(
    private readonly store: OutboxStore,
    private readonly jobs: JobQueue,
  ) {}

  @JobHandler('maintenance.reconcile-outbox')
  async run(payload: JobPayload<'maintenance.reconcile-outbox'>): Promise<JobResult> {
    const report = await this.reconcile(payload.batchSize);
    if (report.requeued > 0) {
      this.logger.warn(`Outbox reconciliation enqueued ${report.requeued} lost jobs again`);
    }
    return {
      status: 'done',
      detail: `${report.checked} rows checked, ${report.requeued} jobs re-enqueued, ${report.completed} rows completed`,
    };
  }

  async reconcile(batchSize = 1_000): Promise<OutboxReconcileReport> {
    const report: OutboxReconcileReport = { checked: 0, requeued: 0, completed: 0 };
    let after = '0';
    for (;;) {
      const rows = await this.store.relayedUncompleted(after, batchSize);
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const { requeue, completed } = await this.inspect(rows);
      if (requeue.length > 0) await this.jobs.enqueueMany(requeue);
      await this.store.markCompleted(completed);
      report.checked += rows.length;
      report.requeued += requeue.length;
      report.completed += completed.length;
      if (rows.length < batchSize) break;
    }
    return report;
  }

  private async inspect(
    rows: PendingOutboxRow[],
  ): Promise<{ requeue: JobRequest[]; completed: string[] }> {
    const jobsByRow = new Map<string, JobRequest[]>();
    for (const row of rows) {
      if (!isOutboxEventType(row.type)) {
        jobsByRow.set(row.id, []);
        continue;
      }
      const envelope = {
        type: row.type,
        entityId: row.entity_id,
        version: row.version,
        payload: row.payload,
      } as OutboxEventEnvelope;
      jobsByRow.set(row.id, jobsForOutboxEvent(row.event_id, envelope));
    }
    const states = await this.jobs.states([...jobsByRow.values()].flat());
    const requeue = new Map<string, JobRequest>();
    const completed: string[] = [];
    for (const [rowId, jobs] of jobsByRow) {
      let finished = true;
      for (const job of jobs) {
        const state = states.get(job.jobId ?? '') ?? 'unknown';
        if (state === 'unknown') requeue.set(job.jobId ?? '', job);
        if (!FINISHED.has(state)) finished = false;
      }
      if (finished) completed.push(rowId);
    }
    return { requeue: [...requeue.values()], completed };
  }
}
