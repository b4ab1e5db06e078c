import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A pending delivery and the moment its row last changed (ms since the epoch). */
export interface StalePending {
  id: string;
  changedAt: number;
}

/** Pending email and webhook deliveries nobody has touched for a while. */
@Injectable()
export class DeliveryReconciliationStore {
  constructor(private readonly dataSource: DataSource) {}

  stalePendingEmails(olderThanMs: number, limit: number): Promise<StalePending[]> {
    return this.stale('email_delivery', olderThanMs, limit);
  }

  stalePendingWebhooks(olderThanMs: number, limit: number): Promise<StalePending[]> {
    return this.stale('webhook_delivery', olderThanMs, limit);
  }

  private stale(
    table: 'email_delivery' | 'webhook_delivery',
    olderThanMs: number,
    limit: number,
  ): Promise<StalePending[]> {
    return this.dataSource.query<StalePending[]>(
      `SELECT id, (extract(epoch FROM updated_at) * 1000)::bigint::text AS "changedAt"
         FROM ${table}
        WHERE status = 'pending' AND updated_at < now() - make_interval(secs => $1::double precision / 1000)
        ORDER BY updated_at LIMIT $2`,
      [olderThanMs, limit],
    );
  }
}
