import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { NotifyRetentionStore } from './notify-retention.store';

const ROWS_PER_ROUND = 5_000;

/**
 * Retention of notify's history (repeatable): notifications, settled email deliveries and
 * webhook attempts older than their configured days (RETENTION_*_DAYS).
 */
@Injectable()
export class NotifyRetention {
  constructor(private readonly store: NotifyRetentionStore) {}

  @JobHandler('notify.prune-history')
  async prune(payload: JobPayload<'notify.prune-history'>): Promise<JobResult> {
    const notifications = await this.rounds((limit) =>
      this.store.pruneNotifications(payload.notificationDays, limit),
    );
    const deliveries = await this.rounds((limit) =>
      this.store.pruneEmailDeliveries(payload.emailDeliveryDays, limit),
    );
    const attempts = await this.rounds((limit) =>
      this.store.pruneWebhookAttempts(payload.webhookAttemptDays, limit),
    );
    return {
      status: 'done',
      detail: `${notifications} notifications, ${deliveries} email deliveries, ${attempts} webhook attempts deleted`,
    };
  }

  private async rounds(prune: (limit: number) => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await prune(ROWS_PER_ROUND);
      total += deleted;
      if (deleted < ROWS_PER_ROUND) return total;
    }
  }
}
