import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { JobName, JobPayloads, JobRequest, optionsOf, QueueName, queueOf } from './job-catalogue';

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
            opts: { ...optionsOf(request.name), jobId: request.jobId },
          })),
        ),
      ),
    );
  }
}
