import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@rongtong/common';
import { DatabaseModule } from '@rongtong/database';
import { SearchModule } from '../search.module';

/** What the reindex and drift-check commands need: config, PostgreSQL, Meilisearch. */
@Module({ imports: [DatabaseModule.forRoot(), SearchModule] })
export class SearchMaintenanceModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: SearchMaintenanceModule, imports: [ConfigModule.forRoot(config)] };
  }
}

/** A Nest context for a one-shot command; close it when done. */
export function createSearchMaintenanceContext(
  config: AppConfig,
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(SearchMaintenanceModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
}
