import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobWorkerHost } from './job-worker-host';

/** The consumer side, imported by the worker app only. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlerRegistry, JobWorkerHost],
  exports: [JobWorkerHost, JobHandlerRegistry],
})
export class JobsWorkerModule {}
