import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobPayload, JobQueue, JobRequest, JobResult } from '@rongtong/jobs';
import { DeliveryReconciliationStore } from './delivery-reconciliation.store';

/**
 * Reconciliation of deliveries (repeatable): an email or webhook delivery still pending and
 * untouched for `staleAfterMs` lost its job (a Redis without its data, a job failed for a reason
 * that was not the send) and is queued again. A sender that retries touches the row at every
 * attempt, and the grace is longer than the longest wait between retries, so a delivery waiting
 * for its retry is left alone. The job id carries the row's last change: while the queued job
 * waits, later rounds add nothing; once it ran and failed, the next round may queue another.
 * Sending is at least once, and a repeat carries the same Message-ID / delivery id.
 */
@Injectable()
export class DeliveryReconciler {
  private readonly logger = new Logger(DeliveryReconciler.name);

  constructor(
    private readonly store: DeliveryReconciliationStore,
    private readonly jobs: JobQueue,
  ) {}

  @JobHandler('notify.reconcile-deliveries')
  async run(payload: JobPayload<'notify.reconcile-deliveries'>): Promise<JobResult> {
    const emails = await this.store.stalePendingEmails(payload.staleAfterMs, payload.batchSize);
    const webhooks = await this.store.stalePendingWebhooks(payload.staleAfterMs, payload.batchSize);
    const requests: JobRequest[] = [
      ...emails.map((row) => ({
        name: 'notify.deliver-email' as const,
        payload: { deliveryId: row.id },
        jobId: `redeliver-email-${row.id}-${row.changedAt}`,
      })),
      ...webhooks.map((row) => ({
        name: 'notify.deliver-webhook' as const,
        payload: { deliveryId: row.id },
        jobId: `redeliver-webhook-${row.id}-${row.changedAt}`,
      })),
    ];
    if (requests.length > 0) {
      await this.jobs.enqueueMany(requests);
      this.logger.warn(
        `Delivery reconciliation queued ${emails.length} emails and ${webhooks.length} webhooks again`,
      );
    }
    return { status: 'done', detail: `${emails.length} emails, ${webhooks.length} webhooks` };
  }
}
