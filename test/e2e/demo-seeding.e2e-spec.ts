import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { ModulesContainer } from '@nestjs/core';
import { DEMO_PASSWORD, DemoModule } from '@rongtong/demo';
import { preflight } from '@rongtong/health';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { isolatedEnvironment, IsolatedEnvironment } from '../support/isolated-environment';

jest.setTimeout(240_000);

/** The Nest modules an app was built from, by class name. */
const moduleNames = (app: INestApplication): string[] =>
  [...app.get(ModulesContainer).values()].map((module) => module.metatype.name);

/**
 * The demo data is not part of the product: the api imports the demo module and seeds at boot only
 * when SEED_DEMO_DATA is on (as `npm start` runs it), and without it has no seeder at all.
 */
describe('demo seeding at api boot', () => {
  let env: IsolatedEnvironment;
  let api: INestApplication | undefined;

  beforeAll(async () => {
    env = isolatedEnvironment({ SEED_DEMO_DATA: 'true' });
    await preflight(env.config);
  });

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  afterAll(async () => {
    await env?.dispose();
  });

  it('with SEED_DEMO_DATA on, the demo accounts sign in and the demo listings are there', async () => {
    api = await createApiApp(env.config);
    await api.init();
    const login = await request(api.getHttpServer() as App)
      .post('/api/v1/auth/login')
      .send({ email: 'sme@rongtong.demo', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect(moduleNames(api)).toContain(DemoModule.name);
    const [{ published }] = await api
      .get(DataSource)
      .query<{ published: number }[]>(
        "SELECT count(*)::int AS published FROM tech_need WHERE status = 'published'",
      );
    expect(published).toBeGreaterThan(600);
  });

  it('without it, the api is built without the demo module', async () => {
    api = await createApiApp({ ...env.config, seedDemoData: false });
    expect(moduleNames(api)).not.toContain(DemoModule.name);
    expect(moduleNames(api)).toContain('ApiModule');
  });
});
