import { Module } from '@nestjs/common';
import { LoginBackoff } from './login-backoff';
import { RateCounters } from './rate-counters';
import { RedisThrottlerStorage } from './redis-throttler-storage';

/** Shared (Redis) counters for the request limits and the per-account sign-in backoff. */
@Module({
  providers: [RateCounters, RedisThrottlerStorage, LoginBackoff],
  exports: [RateCounters, RedisThrottlerStorage, LoginBackoff],
})
export class RateLimitModule {}
