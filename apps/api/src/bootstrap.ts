import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, assignRequestId, createValidationPipe } from '@rongtong/common';
import { jsonBodyParser } from './json-body-parser';
import { runMigrationsLocked } from '@rongtong/database';
import { DemoListingsSeeder } from '@rongtong/catalog';
import { DemoIdentitySeeder } from '@rongtong/identity';
import { ApiModule } from './api.module';
import { mountQueueDashboard } from './admin/queue-dashboard.mount';

/**
 * Builds the HTTP app exactly as production runs it; e2e tests call this too.
 * Preflight (services reachable, database created) must have run before.
 */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, {
    bufferLogs: true,
    bodyParser: false, // replaced by jsonBodyParser below
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(assignRequestId);
  app.use(jsonBodyParser(config.http.bodyLimit));
  mountQueueDashboard(app);
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rongtong API')
      .setDescription('融通: technology needs, research achievements, challenges and matchmaking')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.database.autoMigrate) await runMigrationsLocked(app.get(DataSource));
  if (config.seedDemoData) await app.get(DemoIdentitySeeder).seed();
  if (config.seedDemoData) await app.get(DemoListingsSeeder).seed();
  await app.init();
  return app;
}
