import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig, serviceUnreachableMessage } from '@rongtong/common';
import { redisOptionsFromUrl } from './redis-connection';

export class RedisUnavailableError extends Error {}

/** A small dedicated connection for readiness checks: answers fast, never queues commands. */
@Injectable()
export class RedisProbe implements OnApplicationShutdown {
  private client?: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async ping(timeoutMs = 1_000): Promise<void> {
    this.client ??= new Redis({
      ...redisOptionsFromUrl(this.config.redis.url),
      enableOfflineQueue: true,
      maxRetriesPerRequest: 0,
      connectTimeout: timeoutMs,
      lazyConnect: true,
      retryStrategy: () => 1_000,
    });
    this.client.on('error', () => undefined);
    await withTimeout(this.client.ping(), timeoutMs);
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Fails with a message naming Redis, the URL and how to start it. */
export async function assertRedisReachable(url: string): Promise<void> {
  const client = new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await withTimeout(client.ping(), 3_000);
  } catch (error) {
    throw new RedisUnavailableError(
      serviceUnreachableMessage(
        'redis',
        url,
        error instanceof Error ? error.message : String(error),
      ),
    );
  } finally {
    client.disconnect();
  }
}
