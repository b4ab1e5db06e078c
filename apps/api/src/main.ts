import 'reflect-metadata';
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from '@rongtong/common';
import { preflight, PreflightError } from '@rongtong/health';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const app = await createApiApp(config);
  await app.listen(config.http.port, config.http.host);
  const server = app.getHttpServer() as Server;
  // Keep-alive sockets must not hold a shutdown open beyond the grace period.
  server.keepAliveTimeout = 5_000;
  const shutdown = () => {
    const timer = setTimeout(() => {
      console.error(`api: shutdown exceeded ${config.shutdownTimeoutMs} ms, exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  console.log(
    `api: listening on http://${config.http.host}:${config.http.port}` +
      (config.apiDocsEnabled ? ' (docs at /api/docs)' : ''),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof PreflightError) {
    console.error(`api: cannot start.\n${error.message}`);
  } else {
    console.error('api: failed to start', error);
  }
  process.exit(1);
});
