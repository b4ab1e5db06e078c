import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { RedisProbe, withTimeout } from '@rongtong/jobs';
import { SearchClient } from '@rongtong/search';

export type ServiceName = 'postgres' | 'redis' | 'meilisearch';

export interface ServiceStatus {
  status: 'up' | 'down';
  latencyMs: number;
  /** The probe's error text; outside development and test only with HEALTH_ERROR_DETAILS. */
  error?: string;
}

export interface Readiness {
  status: 'ready' | 'not_ready';
  services: Record<ServiceName, ServiceStatus>;
}

/** Asks each backing service, in parallel and with a timeout, whether it answers. */
@Injectable()
export class ReadinessService {
  private readonly logger = new Logger(ReadinessService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
      const detail = error instanceof Error ? error.message : String(error);
      // Raw driver errors name hosts, ports and users: logged, and shown only when enabled.
      this.logger.warn(`readiness probe failed: ${detail}`);
      return {
        status: 'down',
        latencyMs: Math.round(performance.now() - started),
        error: this.config.healthErrorDetails ? detail : 'unavailable',
      };
    }
  }
}
