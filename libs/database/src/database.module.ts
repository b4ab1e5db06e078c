import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { baseDataSourceOptions } from './data-source-options';
import { OutboxEvent } from './outbox/outbox-event.entity';
import { ChangeMarks } from './outbox/change-marks.store';
import { OutboxStore } from './outbox/outbox.store';
import { OutboxWriter } from './outbox/outbox-writer';
import { TransactionRunner } from './transaction-runner';

/**
 * TypeORM on PostgreSQL. Migrations only: the schema is never synchronised. Boot code runs
 * ensureDatabaseExists/runMigrationsLocked before the app takes traffic (see DatabaseBootstrap).
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...baseDataSourceOptions(config.database.url),
            autoLoadEntities: true,
            extra: { max: 20, connectionTimeoutMillis: 5_000 },
            retryAttempts: 0,
          }),
        }),
        TypeOrmModule.forFeature([OutboxEvent]),
      ],
      providers: [OutboxStore, OutboxWriter, TransactionRunner, ChangeMarks],
      exports: [TypeOrmModule, OutboxStore, OutboxWriter, TransactionRunner, ChangeMarks],
    };
  }
}
