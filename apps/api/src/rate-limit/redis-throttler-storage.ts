import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { RateCounters } from './rate-counters';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** @nestjs/throttler's storage in Redis, so the api replicas count together. */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly counters: RateCounters) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const hit = await this.counters.hit(`${throttlerName}:${key}`, ttl, limit, blockDuration);
    return {
      totalHits: hit.totalHits,
      timeToExpire: Math.ceil(hit.windowMs / 1000),
      isBlocked: hit.blocked,
      timeToBlockExpire: Math.ceil(hit.blockMs / 1000),
    };
  }
}
