import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RedisProbe, withTimeout } from '@rongtong/jobs';
import { SearchClient } from '@rongtong/search';

export type ServiceName = 'postgres' | 'redis' | 'meilisearch';

export interface ServiceStatus {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  status: 'ready' | 'not_ready';
  services: Record<ServiceName, ServiceStatus>;
}

/** Asks each backing service, in parallel and with a timeout, whether it answers. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisProbe,
    private readonly search: SearchClient,
  ) {}

  async check(timeoutMs = 2_000): Promise<Readiness> {
    const [postgres, redis, meilisearch] = await Promise.all([
      this.measure(() => withTimeout(this.dataSource.query('SELECT 1'), timeoutMs)),
      this.measure(() => this.redis.ping(timeoutMs)),
      this.measure(() => withTimeout(this.search.health(), timeoutMs)),
    ]);
    const services = { postgres, redis, meilisearch };
    const ready = Object.values(services).every((service) => service.status === 'up');
    return { status: ready ? 'ready' : 'not_ready', services };
  }

  private async measure(probe: () => Promise<unknown>): Promise<ServiceStatus> {
    const started = performance.now();
    try {
      await probe();
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      return {
        status: 'down',
        latencyMs: Math.round(performance.now() - started),
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
}
