import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@rongtong/common';
import { DatabaseModule } from '@rongtong/database';
import { SearchModule } from '../search.module';

/** What the reindex and drift-check commands need: config, PostgreSQL, Meilisearch. */
@Module({ imports: [ConfigModule, DatabaseModule.forRoot(), SearchModule] })
export class SearchMaintenanceModule {}

/** A Nest context for a one-shot command; close it when done. */
export function createSearchMaintenanceContext(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(SearchMaintenanceModule, {
    logger: ['error', 'warn'],
  });
}
