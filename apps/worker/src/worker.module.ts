import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, LoggingModule } from '@rongtong/common';
import { CatalogModule } from '@rongtong/catalog';
import { ChallengesModule } from '@rongtong/challenges';
import { EventsModule } from '@rongtong/events';
import { DatabaseModule, OutboxRelayModule } from '@rongtong/database';
import { HealthModule } from '@rongtong/health';
import { IdentityModule } from '@rongtong/identity';
import { JobsModule, JobsWorkerModule } from '@rongtong/jobs';
import { MatchingModule } from '@rongtong/matching';
import { NotifyModule } from '@rongtong/notify';
import { SearchModule } from '@rongtong/search';

/** Everything the worker runs: job handlers come from the libs' providers. */
@Module({
  imports: [
    LoggingModule,
    DatabaseModule.forRoot(),
    JobsModule.forRoot(),
    JobsWorkerModule,
    OutboxRelayModule,
    IdentityModule,
    CatalogModule,
    SearchModule,
    NotifyModule,
    MatchingModule,
    ChallengesModule,
    EventsModule,
    HealthModule,
  ],
})
export class WorkerModule {
  /** The worker as built with this config. */
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config)] };
  }
}
