import type { ModuleMetadata } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { Clock, ConfigModule } from '@rongtong/common';
import { DatabaseModule, ensureDatabaseExists, runMigrationsLocked } from '@rongtong/database';
import { JobsModule } from '@rongtong/jobs';
import type { IsolatedEnvironment } from './isolated-environment';

/** A Clock the spec moves: `offsetMs` ahead of the real time, or `at` an instant. */
export class MovableClock extends Clock {
  offsetMs = 0;
  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** Sets "now" to an instant. */
  at(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}

/**
 * The contexts in `imports` on the environment's own database (created and migrated), with
 * config, database and jobs, and `clock` as the Clock every service reads; initialised, so
 * job handlers are registered. Integration specs move time through that clock.
 */
export async function clockedModule(
  env: IsolatedEnvironment,
  clock: Clock,
  imports: NonNullable<ModuleMetadata['imports']>,
): Promise<{ moduleRef: TestingModule; db: DataSource }> {
  await ensureDatabaseExists(env.config.database.url);
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(env.config),
      DatabaseModule.forRoot(),
      JobsModule.forRoot(),
      ...imports,
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const db = moduleRef.get(DataSource);
  await runMigrationsLocked(db);
  await moduleRef.init();
  return { moduleRef, db };
}
