import { DataSource } from 'typeorm';
import { JobQueue, QUEUE_NAMES } from '@rongtong/jobs';
import { eventually } from './isolated-environment';
import { RunningProduct } from './running-product';

/** Outbox rows not yet relayed plus jobs waiting, running or retrying in any queue. */
async function pendingWork(product: RunningProduct): Promise<number> {
  const queues = product.worker.get(JobQueue);
  let pending = 0;
  for (const name of QUEUE_NAMES) {
    const queue = queues.queue(name);
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    pending += Object.values(counts).reduce((sum, n) => sum + n, 0);
    // Delayed jobs are retries and delayed work; repeatable jobs waiting for their time are not.
    pending += (await queue.getJobs(['delayed'])).filter((job) => !job.repeatJobKey).length;
  }
  const [{ unrelayed }] = await product.api
    .get(DataSource)
    .query<{ unrelayed: number }[]>(
      'SELECT count(*)::int AS unrelayed FROM outbox_event WHERE relayed_at IS NULL',
    );
  return pending + unrelayed;
}

/**
 * Resolves once the product has nothing left to do (seen twice in a row, so a job that wrote an
 * outbox row between the two reads is not missed): what a test asserting that something did
 * NOT happen waits for, instead of sleeping and hoping.
 */
export async function untilIdle(product: RunningProduct, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => {
    if ((await pendingWork(product)) > 0 || (await pendingWork(product)) > 0)
      throw new Error('the product still has work queued');
  }, timeoutMs);
}
