import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig, RateLimitedError } from '@rongtong/common';
import { RateCounters } from './rate-counters';

const FAILURE_WINDOW_MS = 24 * 3_600_000;

/**
 * Per-account sign-in throttling, besides the per-IP limit: after N failed sign-ins to one
 * email (known or not, so the answer reveals nothing), each further attempt waits the base
 * time, then twice that, and so on up to a cap. A success clears the count. Shared by every api replica (Redis).
 */
@Injectable()
export class LoginBackoff {
  constructor(
    private readonly counters: RateCounters,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Refuses (429 LOGIN_BACKOFF with Retry-After) while the account is in backoff. */
  async assertMayTry(email: string): Promise<void> {
    const ms = await this.counters.blockedFor(this.key(email));
    if (ms > 0) throw backoff(Math.ceil(ms / 1000));
  }

  /** Counts a failure; from the Nth on, the next attempt has to wait (doubling, capped). */
  async failed(email: string): Promise<void> {
    const key = this.key(email);
    const { totalHits } = await this.counters.hit(`${key}:failures`, FAILURE_WINDOW_MS, 1e9);
    const over = totalHits - this.config.auth.loginFailuresBeforeBackoff;
    if (over < 0) return;
    const { loginBackoffBaseSeconds: base, loginBackoffMaxSeconds: max } = this.config.auth;
    const seconds = Math.min(max, base * 2 ** Math.min(over, 30));
    await this.counters.block(key, seconds * 1000);
  }

  async succeeded(email: string): Promise<void> {
    const key = this.key(email);
    await this.counters.reset(`${key}:failures`);
    await this.counters.reset(key);
  }

  private key(email: string): string {
    const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    return `login:${digest.slice(0, 32)}`;
  }
}

function backoff(seconds: number): RateLimitedError {
  return new RateLimitedError(
    seconds,
    'LOGIN_BACKOFF',
    `该账号登录失败次数过多，请在 ${seconds} 秒后重试 (too many failed sign-ins to this account; retry in ${seconds} s)`,
  );
}
