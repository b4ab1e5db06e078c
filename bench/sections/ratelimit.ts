import { randomBytes } from 'node:crypto';
import { makeValidUscc } from '@rongtong/identity';
import { request } from '../http';
import type { Figure } from '../report';
import { distribution, Distribution, ratio } from '../stats';
import { benchQueries } from './search';

/** One endpoint timed through the api with the limiter and through one without it. */
export interface LimiterComparison {
  requests: number;
  withLimiterMs: Distribution;
  withoutLimiterMs: Distribution;
  p50Ratio: number;
  p95Ratio: number;
  errors: number;
}

export interface RateLimitSectionResult {
  rounds: number;
  /** GET /api/v1/search over the search section's queries (reads: one per-IP counter). */
  search: LimiterComparison;
  /**
   * PUT /api/v1/me/notification-preferences as a signed-in owner (writes: per-IP, per-user and
   * per-organisation counters, and the membership look-up for the last).
   */
  write: LimiterComparison;
  /** One counter hit (the Redis script a limit runs), called in-process: the floor per limit. */
  counterHitMs: Distribution;
  /** What the counter said after the last of those hits (sanity: it counts, it does not fail open). */
  counterTotal: number;
  counterHits: number;
}

/**
 * The rate limiter's cost: two api instances in this process on the same PostgreSQL, Redis and
 * Meilisearch, one with `RATE_LIMIT_ENABLED` (limits far above the load, so nothing is refused
 * and every request pays the Redis counters) and one without; each request goes to both, the
 * order alternating, after an unrecorded warm-up round.
 */
export async function runRateLimitSection(options: {
  limitedUrl: string;
  unlimitedUrl: string;
  seed: number;
  rounds: number;
  /** One hit on the limiter's Redis counter `key`, as the guard makes it; the count so far. */
  counterHit: (key: string) => Promise<{ totalHits: number }>;
  log: (line: string) => void;
}): Promise<RateLimitSectionResult> {
  const { limitedUrl, unlimitedUrl, log } = options;
  const searchPaths = benchQueries(options.seed).map(
    (query) => `/api/v1/search?${new URLSearchParams(query.params).toString()}`,
  );
  const token = await signedInOwner(limitedUrl);
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const writeCall = (base: string) =>
    request(`${base}/api/v1/me/notification-preferences`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ dailyMatchEmailCap: 10 }),
    });

  const compare = async (
    label: string,
    calls: ((base: string) => Promise<{ status: number; ms: number }>)[],
    rounds: number,
  ): Promise<LimiterComparison> => {
    const limited: number[] = [];
    const unlimited: number[] = [];
    let errors = 0;
    const once = async (
      call: (base: string) => Promise<{ status: number; ms: number }>,
      base: string,
      into?: number[],
    ) => {
      const result = await call(base);
      if (result.status >= 300) {
        errors++;
        return;
      }
      into?.push(result.ms);
    };
    for (const call of calls) {
      await once(call, limitedUrl);
      await once(call, unlimitedUrl);
    }
    for (let round = 0; round < rounds; round++) {
      for (const [i, call] of calls.entries()) {
        if ((round + i) % 2 === 0) {
          await once(call, limitedUrl, limited);
          await once(call, unlimitedUrl, unlimited);
        } else {
          await once(call, unlimitedUrl, unlimited);
          await once(call, limitedUrl, limited);
        }
      }
      log(`  ${label} round ${round + 1}/${rounds} done`);
    }
    const withLimiterMs = distribution(limited);
    const withoutLimiterMs = distribution(unlimited);
    return {
      requests: limited.length,
      withLimiterMs,
      withoutLimiterMs,
      p50Ratio: ratio(withLimiterMs.p50, withoutLimiterMs.p50),
      p95Ratio: ratio(withLimiterMs.p95, withoutLimiterMs.p95),
      errors,
    };
  };

  const search = await compare(
    'GET /search',
    searchPaths.map((path) => (base: string) => request(`${base}${path}`)),
    options.rounds,
  );
  const write = await compare(
    'PUT /me/notification-preferences',
    Array.from({ length: 200 }, () => writeCall),
    options.rounds,
  );
  const hits: number[] = [];
  const key = `bench:${randomBytes(4).toString('hex')}`;
  const counterHits = 600;
  let counterTotal = 0;
  for (let i = 0; i < counterHits; i++) {
    const started = process.hrtime.bigint();
    counterTotal = (await options.counterHit(key)).totalHits;
    if (i >= 100) hits.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return {
    rounds: options.rounds,
    search,
    write,
    counterHitMs: distribution(hits),
    counterTotal,
    counterHits,
  };
}

/** Registers an organisation through the api and signs its owner in; the access token. */
async function signedInOwner(apiUrl: string): Promise<string> {
  const email = `ratelimit.${randomBytes(4).toString('hex')}@example.cn`;
  const password = 'Correct-Horse-42-Battery';
  const json = { 'content-type': 'application/json' };
  const registered = await request(`${apiUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      email,
      password,
      displayName: '限流测试',
      organisation: {
        type: 'sme',
        name: '限流基准测试有限公司',
        uscc: makeValidUscc('210211', 40_000_000 + randomBytes(2).readUInt16BE()),
        regionCode: '210211',
        industryCode: '3421',
      },
    }),
  });
  if (registered.status !== 202)
    throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  const login = await request<{ accessToken: string }>(`${apiUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  return login.body.accessToken;
}

export function rateLimitFigures(result: RateLimitSectionResult): Figure[] {
  const rows = (name: string, c: LimiterComparison, target?: string): Figure[] => [
    {
      section: 'ratelimit',
      metric: `${name} p50 with / without the limiter (${c.requests} requests each)`,
      value: `${c.withLimiterMs.p50} / ${c.withoutLimiterMs.p50}`,
      unit: 'ms',
    },
    {
      section: 'ratelimit',
      metric: `${name} p50 ratio with / without`,
      value: c.p50Ratio,
      ...(target ? { target, pass: c.p50Ratio <= 1.05 } : {}),
    },
    {
      section: 'ratelimit',
      metric: `${name} p95 with / without (ratio)`,
      value: `${c.withLimiterMs.p95} / ${c.withoutLimiterMs.p95} (${c.p95Ratio})`,
      unit: 'ms',
    },
    {
      section: 'ratelimit',
      metric: `${name} request errors`,
      value: c.errors,
      target: '0',
      pass: c.errors === 0,
    },
  ];
  return [
    {
      section: 'ratelimit',
      metric: 'one Redis counter hit (in-process) p50 / p95',
      value: `${result.counterHitMs.p50} / ${result.counterHitMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'ratelimit',
      metric: `counter after ${result.counterHits} hits (it counts, not failing open)`,
      value: result.counterTotal,
      target: String(result.counterHits),
      pass: result.counterTotal === result.counterHits,
    },
    ...rows('GET /api/v1/search', result.search, '≤ 1.05'),
    ...rows('PUT /api/v1/me/notification-preferences (3 counters)', result.write),
  ];
}
