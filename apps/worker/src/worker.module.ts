import { Module } from '@nestjs/common';
import { ConfigModule, LoggingModule } from '@rongtong/common';
import { CatalogModule } from '@rongtong/catalog';
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
    ConfigModule,
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
    HealthModule,
  ],
})
export class WorkerModule {}
