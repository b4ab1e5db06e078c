import 'reflect-metadata';
import { ConfigError, loadConfig } from '@rongtong/common';
import { preflight, PreflightError, ReadinessService } from '@rongtong/health';
import { JobHandlerRegistryError, JobWorkerHost, ScheduleKeeper } from '@rongtong/jobs';
import { startWorker } from './bootstrap';
import { startWorkerHealthServer } from './health-server';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const app = await startWorker(config);
  const health = await startWorkerHealthServer(
    config.http.workerHealthPort,
    config.http.host,
    app.get(ReadinessService),
    app.get(JobWorkerHost),
    app.get(ScheduleKeeper),
  );
  const shutdown = () => {
    health.close();
    setTimeout(() => {
      console.error(`worker: shutdown exceeded ${config.shutdownTimeoutMs} ms, exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  console.log(
    `worker: consuming jobs (health on http://${config.http.host}:${config.http.workerHealthPort}/health)`,
  );
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof PreflightError ||
    error instanceof JobHandlerRegistryError
  ) {
    console.error(`worker: cannot start.\n${error.message}`);
  } else {
    console.error('worker: failed to start', error);
  }
  process.exit(1);
});
