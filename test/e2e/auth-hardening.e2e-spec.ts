import request from 'supertest';
import type { App } from 'supertest/types';
import { RunningProduct, startProduct } from '../support/running-product';

jest.setTimeout(60_000);

describe('auth hardening (real api + worker)', () => {
  let product: RunningProduct;
  let http: App;

  beforeAll(async () => {
    product = await startProduct({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    http = product.api.getHttpServer() as App;
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('rate-limits auth endpoints with a 429 and a stable code, leaving other routes alone', async () => {
    const attempt = () =>
      request(http)
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@example.cn', password: 'Wrong-Password-1' });
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await attempt();
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    await request(http).get('/health').expect(200);
  });

  it('errors raised before routing still carry the request id', async () => {
    const response = await request(http)
      .post('/api/v1/organisations/00000000-0000-4000-8000-000000000000')
      .set('Content-Type', 'application/json')
      .set('X-Request-Id', 'trace-abc-123')
      .send('{not json');
    expect(response.status).toBe(400);
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    expect(response.body.error).toMatchObject({
      code: 'MALFORMED_JSON',
      requestId: 'trace-abc-123',
    });
  });
});
