import { Injectable, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test, TestingModule } from '@nestjs/testing';
import type { Job } from 'bullmq';
import { ensureDatabaseExists } from '@rongtong/database';
import {
  JOB_NAMES,
  JobHandler,
  JobHandlerRegistry,
  JobHandlerRegistryError,
  JobName,
  JobQueue,
  JobResult,
  QUEUE_NAMES,
} from '@rongtong/jobs';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { IsolatedEnvironment, isolatedEnvironment } from '../support/isolated-environment';

jest.setTimeout(60_000);

const FAKE_JOB = {} as Job;

/** "search.index-organisation" → "SearchIndexOrganisationHandler". */
function handlerClassName(name: string): string {
  const words = name.split(/[^a-z0-9]+/i).map((w) => w[0].toUpperCase() + w.slice(1));
  return `${words.join('')}Handler`;
}

/**
 * A provider class with one @JobHandler method, `handle`, that reports which class ran, so a
 * test can tell that the registry bound the method to its own instance.
 */
function handlerFor(name: JobName, className = handlerClassName(name)): Type<unknown> {
  const classes: Record<string, Type<unknown>> = {
    [className]: class {
      readonly label = className;

      handle(): Promise<JobResult> {
        return Promise.resolve({ status: 'done', detail: this.label });
      }
    },
  };
  const provider = classes[className];
  const method = Object.getOwnPropertyDescriptor(provider.prototype, 'handle');
  if (!method) throw new Error('handle() is missing');
  JobHandler(name)(provider.prototype, 'handle', method);
  Injectable()(provider);
  return provider;
}

@Injectable()
class DuplicateSearchHandler {
  @JobHandler('search.index-organisation')
  reindex(): Promise<JobResult> {
    return Promise.resolve({ status: 'skipped', reason: 'duplicate' });
  }
}

@Injectable()
class TwoMethodsForOneJob {
  @JobHandler('maintenance.prune-outbox')
  pruneFast(): Promise<JobResult> {
    return Promise.resolve({ status: 'done' });
  }

  @JobHandler('maintenance.prune-outbox')
  pruneSlow(): Promise<JobResult> {
    return Promise.resolve({ status: 'done' });
  }
}

@Injectable()
class NotAHandler {
  handle(): Promise<JobResult> {
    return Promise.resolve({ status: 'done' });
  }
}

async function registryWith(providers: Type<unknown>[]): Promise<{
  moduleRef: TestingModule;
  registry: JobHandlerRegistry;
}> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobHandlerRegistry, ...providers],
  }).compile();
  return { moduleRef, registry: moduleRef.get(JobHandlerRegistry) };
}

function registryError(registry: JobHandlerRegistry): JobHandlerRegistryError {
  try {
    registry.resolve();
  } catch (error) {
    if (error instanceof JobHandlerRegistryError) return error;
    throw error;
  }
  throw new Error('expected resolve() to throw a JobHandlerRegistryError');
}

describe('JobHandlerRegistry', () => {
  const modules: TestingModule[] = [];
  const build = async (providers: Type<unknown>[]) => {
    const built = await registryWith(providers);
    modules.push(built.moduleRef);
    return built.registry;
  };

  afterAll(async () => {
    await Promise.all(modules.map((moduleRef) => moduleRef.close()));
  });

  it('the catalogue has jobs to check', () => {
    expect(JOB_NAMES.length).toBeGreaterThan(0);
    expect(new Set(JOB_NAMES).size).toBe(JOB_NAMES.length);
  });

  it('resolves one bound handler per catalogued job', async () => {
    const registry = await build([...JOB_NAMES.map((name) => handlerFor(name)), NotAHandler]);

    const handlers = registry.resolve();

    expect([...handlers.keys()].sort()).toEqual([...JOB_NAMES].sort());
    for (const name of JOB_NAMES) {
      const handler = handlers.get(name);
      expect(handler).toBeDefined();
      // `this` is the provider instance: the handler reports its own class.
      await expect(handler?.(Object.create(null), FAKE_JOB)).resolves.toEqual({
        status: 'done',
        detail: handlerClassName(name),
      });
    }
    // Resolved once, then cached.
    expect(registry.resolve()).toBe(handlers);
  });

  it.each(JOB_NAMES)('a catalogue without a handler for %s is refused, naming it', async (name) => {
    const others = JOB_NAMES.filter((other) => other !== name);
    const registry = await build(others.map((other) => handlerFor(other)));

    const error = registryError(registry);

    expect(error.message).toBe(
      `Job handler registry is inconsistent:\n  - job "${name}" has no handler`,
    );
  });

  it('two handlers for one job are refused, naming both owners', async () => {
    const registry = await build([
      ...JOB_NAMES.map((name) => handlerFor(name)),
      DuplicateSearchHandler,
    ]);

    const error = registryError(registry);

    expect(error.message).toBe(
      'Job handler registry is inconsistent:\n' +
        '  - job "search.index-organisation" has 2 handlers: ' +
        'SearchIndexOrganisationHandler.handle, DuplicateSearchHandler.reindex',
    );
  });

  it('two methods of one provider for the same job are refused, naming both methods', async () => {
    const registry = await build([handlerFor('search.index-organisation'), TwoMethodsForOneJob]);

    const error = registryError(registry);

    expect(error.message).toContain(
      'job "maintenance.prune-outbox" has 2 handlers: ' +
        'TwoMethodsForOneJob.pruneFast, TwoMethodsForOneJob.pruneSlow',
    );
  });

  it('a handler for a job outside the catalogue is refused', async () => {
    const registry = await build([
      ...JOB_NAMES.map((name) => handlerFor(name)),
      handlerFor('legacy.reindex-everything' as JobName, 'LegacyReindexer'),
    ]);

    const error = registryError(registry);

    expect(error.message).toBe(
      'Job handler registry is inconsistent:\n  - handler for unknown job "legacy.reindex-everything"',
    );
  });

  it('reports every problem at once, in catalogue order', async () => {
    const registry = await build([DuplicateSearchHandler, handlerFor('search.index-organisation')]);

    const error = registryError(registry);

    expect(error.message.split('\n')).toEqual([
      'Job handler registry is inconsistent:',
      ...JOB_NAMES.map((name) =>
        name === 'search.index-organisation'
          ? '  - job "search.index-organisation" has 2 handlers: ' +
            'DuplicateSearchHandler.reindex, SearchIndexOrganisationHandler.handle'
          : `  - job "${name}" has no handler`,
      ),
    ]);
  });
});

describe('the real WorkerModule', () => {
  let env: IsolatedEnvironment;
  let moduleRef: TestingModule | undefined;

  beforeAll(async () => {
    env = isolatedEnvironment();
    await ensureDatabaseExists(env.config.database.url);
  });

  afterAll(async () => {
    if (moduleRef) {
      // Connecting a queue writes its meta key; leave nothing under this suite's prefix.
      const jobQueue = moduleRef.get(JobQueue);
      for (const name of QUEUE_NAMES) await jobQueue.queue(name).obliterate({ force: true });
      await moduleRef.close();
    }
    await env?.dispose();
  });

  it('declares exactly one handler for every catalogued job', async () => {
    moduleRef = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(env.config)],
    }).compile();
    await moduleRef.init();

    const handlers = moduleRef.get(JobHandlerRegistry).resolve();

    expect([...handlers.keys()].sort()).toEqual([...JOB_NAMES].sort());
  });
});
