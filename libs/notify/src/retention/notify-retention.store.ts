import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Deletes notify's history past its retention, in bounded rounds. */
@Injectable()
export class NotifyRetentionStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Inbox rows older than the retention, except those still waiting for a mail or digest. */
  pruneNotifications(olderThanDays: number, limit: number): Promise<number> {
    return this.deleted(
      `DELETE FROM notification WHERE id IN (
         SELECT id FROM notification
          WHERE created_at < now() - make_interval(days => $1)
            AND email_state NOT IN ('queued', 'digest')
          LIMIT $2)`,
      [olderThanDays, limit],
    );
  }

  /** Settled email deliveries (sent, skipped, failed) older than the retention. */
  pruneEmailDeliveries(olderThanDays: number, limit: number): Promise<number> {
    return this.deleted(
      `DELETE FROM email_delivery WHERE id IN (
         SELECT id FROM email_delivery
          WHERE status <> 'pending' AND created_at < now() - make_interval(days => $1)
          LIMIT $2)`,
      [olderThanDays, limit],
    );
  }

  /** Logged webhook attempts older than the retention. */
  pruneWebhookAttempts(olderThanDays: number, limit: number): Promise<number> {
    return this.deleted(
      `DELETE FROM webhook_attempt WHERE id IN (
         SELECT id FROM webhook_attempt
          WHERE created_at < now() - make_interval(days => $1)
          LIMIT $2)`,
      [olderThanDays, limit],
    );
  }

  private async deleted(sql: string, parameters: unknown[]): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown, number]>(sql, parameters);
    return count;
  }
}
