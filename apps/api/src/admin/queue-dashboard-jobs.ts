import type { Job, Queue } from 'bullmq';
import { ConflictError, NotFoundError, Page } from '@rongtong/common';

/** A failed job as admins see it (the dashboard shows the same, with stack traces). */
export interface FailedJobView {
  id: string | undefined;
  name: string;
  data: unknown;
  failedReason: string;
  attemptsMade: number;
  failedAt: Date | null;
}

export async function failedJobs(
  queue: Queue,
  page: { page: number; limit: number },
): Promise<Page<FailedJobView>> {
  const start = (page.page - 1) * page.limit;
  const [jobs, total] = await Promise.all([
    queue.getFailed(start, start + page.limit - 1),
    queue.getFailedCount(),
  ]);
  return { items: jobs.filter(Boolean).map(toView), page: page.page, limit: page.limit, total };
}

/** Moves a failed job back to waiting; it runs again with its attempts counted anew. */
export async function retryFailedJob(queue: Queue, jobId: string): Promise<FailedJobView> {
  const job = await queue.getJob(jobId);
  if (!job) throw new NotFoundError('JOB_NOT_FOUND', `No job ${jobId} in queue ${queue.name}`);
  if (!(await job.isFailed())) {
    throw new ConflictError(
      'JOB_NOT_FAILED',
      `Job ${jobId} has not failed; only failed jobs retry`,
    );
  }
  await job.retry('failed', { resetAttemptsMade: true });
  return toView(job);
}

function toView(job: Job): FailedJobView {
  return {
    id: job.id,
    name: job.name,
    data: job.data as unknown,
    failedReason: job.failedReason,
    attemptsMade: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
  };
}
