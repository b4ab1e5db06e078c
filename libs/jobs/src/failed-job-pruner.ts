import { Injectable } from '@nestjs/common';
import { JobPayload, JobResult, QUEUE_NAMES } from './job-catalogue';
import { JobHandler } from './job-handler.decorator';
import { JobQueue } from './job-queue';

const JOBS_PER_ROUND = 1_000;

/**
 * Retention of failed jobs: kept for inspection and retry (dashboard, admin API) for
 * RETENTION_FAILED_JOB_DAYS, then removed from every queue.
 */
@Injectable()
export class FailedJobPruner {
  constructor(private readonly jobs: JobQueue) {}

  @JobHandler('maintenance.prune-failed-jobs')
  async prune(payload: JobPayload<'maintenance.prune-failed-jobs'>): Promise<JobResult> {
    const graceMs = payload.olderThanDays * 24 * 3600 * 1000;
    let removed = 0;
    for (const name of QUEUE_NAMES) {
      for (;;) {
        const ids = await this.jobs.queue(name).clean(graceMs, JOBS_PER_ROUND, 'failed');
        removed += ids.length;
        if (ids.length < JOBS_PER_ROUND) break;
      }
    }
    return { status: 'done', detail: `${removed} failed jobs removed` };
  }
}
