import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { App } from 'supertest/types';
import { registrationBody } from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { register } from '../support/sessions';

jest.setTimeout(120_000);

describe('what the web app relies on: OpenAPI document, reference data, token transports', () => {
  let product: RunningProduct;
  let http: App;
  const body = registrationBody();

  beforeAll(async () => {
    product = await startProduct();
    http = product.api.getHttpServer() as App;
    await register(http, body);
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('serves exactly the committed OpenAPI document the client is generated from', async () => {
    const served = await request(http).get('/api/docs-json').expect(200);
    const committed: unknown = JSON.parse(
      readFileSync(join(__dirname, '../../apps/web/src/api/openapi.json'), 'utf8'),
    );
    expect(served.body).toEqual(committed);
  });

  it('lists regions and industries level by level, searches them, and caches by ETag', async () => {
    const provinces = await request(http).get('/api/v1/reference/regions').expect(200);
    expect(provinces.body).toHaveLength(31);
    expect(provinces.headers['cache-control']).toBe('public, max-age=3600');
    const etag = provinces.headers.etag;
    await request(http).get('/api/v1/reference/regions').set('If-None-Match', etag).expect(304);

    const cities = await request(http).get('/api/v1/reference/regions?parent=320000').expect(200);
    expect(cities.body.map((c: { name: string }) => c.name)).toContain('苏州市');
    const found = await request(http).get('/api/v1/reference/regions').query({ q: '甘井子' });
    expect(found.body).toEqual([
      expect.objectContaining({ code: '210211', path: ['210000', '210200', '210211'] }),
    ]);
    const region = await request(http).get('/api/v1/reference/regions/210211').expect(200);
    expect(region.body.fullName).toBe('辽宁省 大连市 甘井子区');

    const divisions = await request(http).get('/api/v1/reference/industries?parent=C').expect(200);
    expect(divisions.body).toHaveLength(31);
    const batteries = await request(http).get('/api/v1/reference/industries').query({ q: '电池' });
    expect(batteries.body.map((i: { code: string }) => i.code)).toContain('3841');

    const bad = await request(http).get('/api/v1/reference/regions?parent=21').expect(400);
    expect(bad.body.error.fields[0].field).toBe('parent');
    await request(http).get('/api/v1/reference/regions').query({ q: 'a\u0000b' }).expect(400);
    await request(http).get('/api/v1/reference/regions?parent=219900').expect(404);
    await request(http).get('/api/v1/reference/industries/Z99').expect(404);
  });

  it('keeps the JSON token flow for API clients and sets the cookie only when asked', async () => {
    const json = await request(http)
      .post('/api/v1/auth/login')
      .send({ email: body.email, password: body.password })
      .expect(200);
    expect(json.body.refreshToken).toEqual(expect.any(String));
    expect(json.headers['set-cookie']).toBeUndefined();
    const rotated = await request(http)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: json.body.refreshToken })
      .expect(200);
    expect(rotated.body.refreshToken).not.toBe(json.body.refreshToken);
    const missing = await request(http).post('/api/v1/auth/refresh').send({}).expect(400);
    expect(missing.body.error.fields[0].field).toBe('refreshToken');

    const browser = await request(http)
      .post('/api/v1/auth/login')
      .set('X-Auth-Transport', 'cookie')
      .send({ email: body.email, password: body.password })
      .expect(200);
    expect(browser.body.refreshToken).toBeUndefined();
    const setCookie = (browser.headers['set-cookie'] as unknown as string[])[0];
    expect(setCookie).toMatch(
      /^rt_refresh=[^;]+; Path=\/api\/v1\/auth; Max-Age=\d+; HttpOnly; SameSite=Strict; Secure$/,
    );
    const cookie = setCookie.split(';')[0];
    const cookieMode = { 'X-Auth-Transport': 'cookie', 'X-Requested-With': 'rongtong-web' };
    await request(http)
      .post('/api/v1/auth/logout')
      .set(cookieMode)
      .set('Cookie', cookie)
      .send({})
      .expect(204);
    const after = await request(http)
      .post('/api/v1/auth/refresh')
      .set(cookieMode)
      .set('Cookie', cookie)
      .send({});
    expect(after.status).toBe(401);
    expect(after.headers['set-cookie']?.[0]).toMatch(/^rt_refresh=; .*Max-Age=0/);
  });
});
