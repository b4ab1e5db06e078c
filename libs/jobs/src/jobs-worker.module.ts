import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { FailedJobPruner } from './failed-job-pruner';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobWorkerHost } from './job-worker-host';
import { ScheduleKeeper } from './schedule-keeper';

/** The consumer side, imported by the worker app only. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlerRegistry, JobWorkerHost, ScheduleKeeper, FailedJobPruner],
  exports: [JobWorkerHost, JobHandlerRegistry, ScheduleKeeper],
})
export class JobsWorkerModule {}
