import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, assignRequestId, createValidationPipe } from '@rongtong/common';
import { jsonBodyParser } from './json-body-parser';
import { runMigrationsLocked } from '@rongtong/database';
import { ApiModule } from './api.module';
import { mountQueueDashboard } from './admin/queue-dashboard.mount';
import { mountOpenApi } from './openapi/openapi-document';
import { securityHeaders } from './web/content-security-policy';
import { mountWebApp } from './web/web-app';
import { DemoListingsSeeder, DemoIdentitySeeder } from '@rongtong/demo';

/** Every route under /api/v1 except the health probes (also used to build the OpenAPI file). */
export function applyRoutePrefix(app: INestApplication): void {
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
}

/**
 * Builds the HTTP app exactly as production runs it; e2e tests call this too.
 * Preflight (services reachable, database created) must have run before.
 */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false, // replaced by jsonBodyParser below
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(assignRequestId);
  if (!mountWebApp(app)) {
    app.get(Logger).warn('web app not built (npm run build:web): serving the API only');
  }
  app.use(jsonBodyParser(config.http.bodyLimit));
  mountQueueDashboard(app);
  applyRoutePrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (config.apiDocsEnabled) mountOpenApi(app);

  if (config.database.autoMigrate) await runMigrationsLocked(app.get(DataSource));
  if (config.seedDemoData) {
    await app.get(DemoIdentitySeeder).seed();
    await app.get(DemoListingsSeeder).seed();
  }
  await app.init();
  return app;
}
