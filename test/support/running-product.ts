import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { preflight } from '@rongtong/health';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { startWorker } from '../../apps/worker/src/bootstrap';
import { isolatedEnvironment, IsolatedEnvironment } from './isolated-environment';

export interface RunningProduct {
  env: IsolatedEnvironment;
  api: INestApplication;
  worker: INestApplicationContext;
  stop(): Promise<void>;
}

/** The real api and worker, in this process, against real PostgreSQL, Redis and Meilisearch. */
export async function startProduct(
  overrides: Record<string, string> = {},
): Promise<RunningProduct> {
  const env = isolatedEnvironment(overrides);
  await preflight(env.config);
  const api = await createApiApp(env.config);
  const worker = await startWorker(env.config);
  return {
    env,
    api,
    worker,
    stop: async () => {
      await worker.close();
      await api.close();
      await env.dispose();
    },
  };
}
