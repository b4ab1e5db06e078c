import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { OutboxStore } from './outbox.store';

/** Deletes completed outbox rows past retention, in bounded batches. */
@Injectable()
export class OutboxPruner {
  constructor(private readonly store: OutboxStore) {}

  @JobHandler('maintenance.prune-outbox')
  async prune(payload: JobPayload<'maintenance.prune-outbox'>): Promise<JobResult> {
    let deleted = 0;
    for (;;) {
      const batch = await this.store.pruneCompleted(payload.olderThanDays, 5000);
      deleted += batch;
      if (batch < 5000) break;
    }
    return { status: 'done', detail: `${deleted} rows deleted` };
  }
}
