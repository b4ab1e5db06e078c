import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';

/** Deletes relayed outbox rows past retention, in bounded batches. */
@Injectable()
export class OutboxPruner {
  constructor(private readonly dataSource: DataSource) {}

  @JobHandler('maintenance.prune-outbox')
  async prune(payload: JobPayload<'maintenance.prune-outbox'>): Promise<JobResult> {
    let deleted = 0;
    for (;;) {
      const result: [unknown, number] = await this.dataSource.query(
        `DELETE FROM outbox_event WHERE id IN (
           SELECT id FROM outbox_event
            WHERE relayed_at IS NOT NULL AND relayed_at < now() - make_interval(days => $1)
            LIMIT 5000)`,
        [payload.olderThanDays],
      );
      deleted += result[1];
      if (result[1] < 5000) break;
    }
    return { status: 'done', detail: `${deleted} rows deleted` };
  }
}
