import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_NAMES, JobName, JobPayloads, JobResult } from './job-catalogue';
import { JOB_HANDLER_METADATA } from './job-handler.decorator';

export type JobHandlerFunction<N extends JobName = JobName> = (
  payload: JobPayloads[N],
  job: Job,
) => Promise<JobResult>;

export class JobHandlerRegistryError extends Error {}

/** Finds the @JobHandler methods among all providers; exactly one per catalogued job. */
@Injectable()
export class JobHandlerRegistry {
  private handlers?: Map<JobName, JobHandlerFunction>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  resolve(): Map<JobName, JobHandlerFunction> {
    if (this.handlers) return this.handlers;
    const found = new Map<JobName, { fn: JobHandlerFunction; owners: string[] }>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = (instance as Record<string, unknown>)[methodName];
        if (typeof method !== 'function') continue;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, method);
        if (!name) continue;
        const owner = `${instance.constructor.name}.${methodName}`;
        const entry = found.get(name);
        if (entry) {
          entry.owners.push(owner);
        } else {
          found.set(name, { fn: (method as JobHandlerFunction).bind(instance), owners: [owner] });
        }
      }
    }
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const entry = found.get(name);
      if (!entry) problems.push(`job "${name}" has no handler`);
      else if (entry.owners.length > 1)
        problems.push(
          `job "${name}" has ${entry.owners.length} handlers: ${entry.owners.join(', ')}`,
        );
    }
    for (const name of found.keys()) {
      if (!JOB_NAMES.includes(name)) problems.push(`handler for unknown job "${name}"`);
    }
    if (problems.length > 0) {
      throw new JobHandlerRegistryError(
        `Job handler registry is inconsistent:\n  - ${problems.join('\n  - ')}`,
      );
    }
    this.handlers = new Map([...found].map(([name, entry]) => [name, entry.fn]));
    return this.handlers;
  }
}
