import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { redisOptionsFromUrl } from '@rongtong/jobs';

/** One counted hit: how many in the window, and whether the key is blocked (and how long). */
export interface CountedHit {
  totalHits: number;
  /** Milliseconds until the window's count resets. */
  windowMs: number;
  blocked: boolean;
  /** Milliseconds until the block ends (0 when not blocked). */
  blockMs: number;
}

/**
 * Fixed-window counter with a block: while the block key lives, nothing is counted; otherwise
 * INCR, start the window on the first hit, and block for `blockMs` once the count passes the
 * limit. One script, so replicas racing on the same key never lose a hit.
 */
const HIT_SCRIPT = `
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  return {hits, math.max(redis.call('PTTL', KEYS[1]), 0), 1, blockTtl}
end
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  local block = tonumber(ARGV[3])
  if block < 1 then block = ttl end
  redis.call('SET', KEYS[2], '1', 'PX', block)
  return {hits, ttl, 1, block}
end
return {hits, ttl, 0, 0}
`;

/** Counters every api replica shares (Redis). Redis being away never blocks a request. */
@Injectable()
export class RateCounters implements OnApplicationShutdown {
  private readonly logger = new Logger(RateCounters.name);
  private client?: Redis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.redis.queuePrefix}:rl:`;
    this.url = config.redis.url;
  }

  private readonly url: string;

  /** Counts a hit on `key` in a window of `windowMs`; past `limit` the key blocks for `blockMs`. */
  async hit(key: string, windowMs: number, limit: number, blockMs = 0): Promise<CountedHit> {
    try {
      const [totalHits, window, blocked, block] = (await this.redis().eval(
        HIT_SCRIPT,
        2,
        `${this.prefix}${key}`,
        `${this.prefix}${key}:block`,
        Math.max(1, Math.round(windowMs)),
        limit,
        Math.max(0, Math.round(blockMs)),
      )) as [number, number, number, number];
      return { totalHits, windowMs: window, blocked: blocked === 1, blockMs: block };
    } catch (error) {
      this.logger.warn(`rate counter ${key} not counted: ${(error as Error).message}`);
      return { totalHits: 0, windowMs, blocked: false, blockMs: 0 };
    }
  }

  /** Milliseconds `key` stays blocked (0: not blocked). */
  async blockedFor(key: string): Promise<number> {
    try {
      return Math.max(0, await this.redis().pttl(`${this.prefix}${key}:block`));
    } catch {
      return 0;
    }
  }

  /** Blocks `key` for `ms`. */
  async block(key: string, ms: number): Promise<void> {
    try {
      await this.redis().set(`${this.prefix}${key}:block`, '1', 'PX', Math.max(1, Math.round(ms)));
    } catch (error) {
      this.logger.warn(`rate block ${key} not set: ${(error as Error).message}`);
    }
  }

  /** Forgets the count and any block of `key`. */
  async reset(key: string): Promise<void> {
    try {
      await this.redis().del(`${this.prefix}${key}`, `${this.prefix}${key}:block`);
    } catch (error) {
      this.logger.warn(`rate counter ${key} not reset: ${(error as Error).message}`);
    }
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
    this.client = undefined;
  }

  private redis(): Redis {
    if (!this.client) {
      this.client = new Redis({
        ...redisOptionsFromUrl(this.url),
        enableOfflineQueue: true,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
      });
      this.client.on('error', () => undefined);
    }
    return this.client;
  }
}
