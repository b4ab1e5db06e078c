import type { DataSource } from 'typeorm';
import { loadConfig } from '@rongtong/common';
import type { RedisProbe } from '@rongtong/jobs';
import type { SearchClient } from '@rongtong/search';
import { ReadinessService } from './readiness.service';

const SECRET = 'b6f1c0e29a7d4c53e8f0a1b2c3d4e5f6';

function readiness(env: Record<string, string>): ReadinessService {
  const dataSource = {
    query: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 user "rongtong"')),
  } as unknown as DataSource;
  const redis = { ping: () => Promise.resolve() } as unknown as RedisProbe;
  const search = { health: () => Promise.resolve() } as unknown as SearchClient;
  return new ReadinessService(loadConfig(env), dataSource, redis, search);
}

describe('ReadinessService', () => {
  it('in production names the failing service without the driver error text', async () => {
    const result = await readiness({ NODE_ENV: 'production', JWT_SECRET: SECRET }).check();

    expect(result.status).toBe('not_ready');
    expect(result.services.postgres).toMatchObject({ status: 'down', error: 'unavailable' });
    expect(result.services.redis.status).toBe('up');
    expect(JSON.stringify(result)).not.toContain('10.0.0.5');
  });

  it('shows the error text in development, or when HEALTH_ERROR_DETAILS=true', async () => {
    const development = await readiness({ NODE_ENV: 'development' }).check();
    const enabled = await readiness({
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      HEALTH_ERROR_DETAILS: 'true',
    }).check();

    expect(development.services.postgres.error).toContain('ECONNREFUSED');
    expect(enabled.services.postgres.error).toContain('ECONNREFUSED');
  });
});
