import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Job, JobState, Queue } from 'bullmq';
import {
  delayOf,
  JobName,
  JobPayloads,
  JobRequest,
  optionsOf,
  QueueName,
  queueOf,
} from './job-catalogue';
import type { JobSchedule, ScheduleTiming } from './job-schedules';

/** The producer side: typed enqueueing onto the catalogue's queues. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  // One parameter per catalogued queue; the Record type makes a missing one a compile error.
  constructor(
    @InjectQueue('search') search: Queue,
    @InjectQueue('catalog') catalog: Queue,
    @InjectQueue('matching') matching: Queue,
    @InjectQueue('notify') notify: Queue,
    @InjectQueue('maintenance') maintenance: Queue,
  ) {
    this.queues = { search, catalog, matching, notify, maintenance };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId?: string): Promise<Job> {
    return this.queue(queueOf(name)).add(name, payload, { ...optionsOf(name), jobId });
  }

  /** Adds many jobs, one round trip per queue. Jobs whose id exists already are ignored by BullMQ. */
  async enqueueMany(requests: JobRequest[]): Promise<void> {
    const byQueue = new Map<QueueName, JobRequest[]>();
    for (const request of requests) {
      const queue = queueOf(request.name);
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), request]);
    }
    await Promise.all(
      [...byQueue].map(([queue, batch]) =>
        this.queue(queue).addBulk(
          batch.map((request) => ({
            name: request.name,
            data: request.payload,
            opts: {
              ...optionsOf(request.name),
              jobId: request.jobId,
              delay: delayOf(request, Date.now()),
            },
          })),
        ),
      ),
    );
  }

  /**
   * The state of each requested job in Redis ('unknown': Redis does not hold it, e.g. after a
   * flush). Asked in parallel over the producer connection.
   */
  async states(requests: readonly JobRequest[]): Promise<Map<string, JobState | 'unknown'>> {
    const states = new Map<string, JobState | 'unknown'>();
    await Promise.all(
      requests.map(async (request) => {
        if (!request.jobId) return;
        states.set(
          request.jobId,
          await this.queue(queueOf(request.name)).getJobState(request.jobId),
        );
      }),
    );
    return states;
  }

  /**
   * Registers (or updates) a repeatable job under `id`: typed like any job, with the catalogue's
   * options for it. Idempotent; every run is an ordinary job of that name.
   */
  async schedule<N extends JobName>(
    id: string,
    name: N,
    timing: ScheduleTiming,
    payload: JobPayloads[N],
  ): Promise<void> {
    const { attempts, backoff, removeOnComplete, removeOnFail } = optionsOf(name);
    await this.queue(queueOf(name)).upsertJobScheduler(id, timing, {
      name,
      data: payload,
      opts: { attempts, backoff, removeOnComplete, removeOnFail },
    });
  }

  /** Registers every schedule of the list. */
  async scheduleAll(schedules: readonly JobSchedule[]): Promise<void> {
    for (const entry of schedules) {
      await this.schedule(entry.id, entry.name, entry.timing, entry.payload);
    }
  }

  /** Ids of the schedulers Redis holds now, over all queues. */
  async scheduledIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const queue of Object.values(this.queues)) {
      for (const scheduler of await queue.getJobSchedulers(0, -1)) {
        ids.add(scheduler.key);
      }
    }
    return ids;
  }
}
