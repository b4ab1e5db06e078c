import { meilisearchApiError, type EnqueuedTaskPromise, type Task } from './meilisearch';

/** Generous: under an import backlog a small task can queue behind a large one for a while. */
export const TASK_TIMEOUT_MS = 120_000;

/** A Meilisearch task that ended in `failed` or `canceled`, with the engine's own message. */
export class SearchTaskFailedError extends Error {
  constructor(
    readonly task: Task,
    what: string,
  ) {
    super(
      `${what}: task ${task.uid} ${task.status}${task.error ? ` (${task.error.code}: ${task.error.message})` : ''}`,
    );
  }
}

/**
 * Waits for an enqueued task and throws unless it succeeded. Meilisearch reports failures only
 * on the task, never on the request that enqueued it, so every write must be awaited this way.
 */
export async function succeeded(
  enqueued: EnqueuedTaskPromise,
  what: string,
  timeout = TASK_TIMEOUT_MS,
): Promise<Task> {
  const task = await enqueued.waitTask({ timeout, interval: 10 });
  if (task.status !== 'succeeded') throw new SearchTaskFailedError(task, what);
  return task;
}

/** True for a Meilisearch API error with the given code, e.g. `index_not_found`. */
export function isApiError(error: unknown, code: string): boolean {
  return meilisearchApiError(error)?.cause?.code === code;
}
