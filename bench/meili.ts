import { request } from './http';

export interface MeiliTask {
  uid: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: unknown;
  batchUid?: number;
  duration?: string | null;
}

export interface MeiliSearchResponse {
  hits: { id: string }[];
  processingTimeMs: number;
  totalHits?: number;
  estimatedTotalHits?: number;
}

/** Minimal admin calls against Meilisearch over the keep-alive agent (no client overhead). */
export class MeiliAdmin {
  constructor(
    readonly url: string,
    private readonly key: string,
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.key}`, ...extra };
  }

  async call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    timeoutMs = 120_000,
  ): Promise<T> {
    const result = await request<T>(`${this.url}${path}`, {
      method,
      headers: this.headers(body === undefined ? {} : { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
      timeoutMs,
    });
    if (result.status < 200 || result.status >= 300) {
      throw new Error(
        `Meilisearch ${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`,
      );
    }
    return result.body;
  }

  async version(): Promise<string> {
    return (await this.call<{ pkgVersion: string }>('GET', '/version')).pkgVersion;
  }

  async waitTask(taskUid: number, timeoutMs = 3_600_000): Promise<MeiliTask> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 10; ; delay = Math.min(500, delay * 2)) {
      const task = await this.call<MeiliTask>('GET', `/tasks/${taskUid}`);
      if (task.status === 'succeeded') return task;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new Error(
          `Meilisearch task ${taskUid} ${task.status}: ${JSON.stringify(task.error)}`,
        );
      }
      if (Date.now() > deadline)
        throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  async createIndex(uid: string, settings: Record<string, unknown>): Promise<void> {
    await this.deleteIndex(uid);
    const created = await this.call<{ taskUid: number }>('POST', '/indexes', {
      uid,
      primaryKey: 'id',
    });
    await this.waitTask(created.taskUid);
    const updated = await this.call<{ taskUid: number }>(
      'PATCH',
      `/indexes/${uid}/settings`,
      settings,
    );
    await this.waitTask(updated.taskUid);
  }

  async deleteIndex(uid: string): Promise<void> {
    if (!(await this.indexExists(uid))) return;
    const result = await request<{ taskUid: number }>(`${this.url}/indexes/${uid}`, {
      method: 'DELETE',
      headers: this.headers(),
    });
    if (result.status !== 202) return;
    try {
      await this.waitTask(result.body.taskUid);
    } catch (error) {
      if (!/index_not_found/.test((error as Error).message)) throw error;
    }
  }

  async indexExists(uid: string): Promise<boolean> {
    const result = await request(`${this.url}/indexes/${uid}`, { headers: this.headers() });
    return result.status === 200;
  }

  async stats(uid: string): Promise<{ numberOfDocuments: number; isIndexing: boolean }> {
    return this.call('GET', `/indexes/${uid}/stats`);
  }

  async search(uid: string, params: Record<string, unknown>): Promise<MeiliSearchResponse> {
    return this.call<MeiliSearchResponse>('POST', `/indexes/${uid}/search`, params);
  }
}
