import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { registrationBody } from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { AuthHeader, logIn, signUp } from '../support/sessions';

jest.setTimeout(90_000);

/** Each write a cheap one: the user's own notification preferences. */
const write = (http: App, session: { auth: AuthHeader }) =>
  request(http)
    .put('/api/v1/me/notification-preferences')
    .set(session.auth)
    .send({ dailyMatchEmailCap: 5 });

describe('rate limits in Redis, shared by api replicas', () => {
  let product: RunningProduct;
  let replica: INestApplication;
  let http: App;
  let other: App;

  beforeAll(async () => {
    product = await startProduct({
      RATE_LIMIT_READS_PER_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_USER_PER_MINUTE: '4',
      RATE_LIMIT_WRITES_PER_ORGANISATION_PER_MINUTE: '6',
      LOGIN_FAILURES_BEFORE_BACKOFF: '3',
      // Long enough that the steps below all happen while the account waits.
      LOGIN_BACKOFF_BASE_SECONDS: '600',
    });
    http = product.api.getHttpServer() as App;
    // A second api process on the same PostgreSQL and Redis (as a replica behind a balancer).
    replica = await createApiApp(product.env.config);
    other = replica.getHttpServer() as App;
  });

  afterAll(async () => {
    await replica?.close();
    await product?.stop();
  });

  it('counts a user’s writes across replicas: the 5th in a minute is a 429 with Retry-After and a Chinese message', async () => {
    const sme = await signUp(http);
    const statuses: number[] = [];
    for (const target of [http, other, http, other, other]) {
      statuses.push((await write(target, sme)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const limited = await write(http, sme);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.body.error.message).toMatch(/请求过于频繁/);
    // Reads and other users are not held back by this user's writes.
    await request(http).get('/api/v1/me').set(sme.auth).expect(200);
    const someoneElse = await signUp(http);
    await write(other, someoneElse).expect(200);
  });

  it('counts the writes of all members of an organisation together', async () => {
    const owner = await signUp(http);
    const colleagueEmail = `colleague.${owner.userId.slice(0, 8)}@example.cn`;
    const invitation = await request(http)
      .post(`/api/v1/organisations/${owner.organisationId}/invitations`)
      .set(owner.auth)
      .send({ email: colleagueEmail })
      .expect(201);
    await request(http)
      .post('/api/v1/auth/register')
      .send({
        email: colleagueEmail,
        password: 'Another-Good-Pass-77',
        displayName: '同事',
        invitationToken: invitation.body.token,
      })
      .expect((response) => expect(response.status).toBeLessThan(300));
    const colleague = await logIn(http, {
      email: colleagueEmail,
      password: 'Another-Good-Pass-77',
    });
    // The invitation was the organisation's 1st write; 3 more by the owner, 2 by the colleague.
    for (let i = 0; i < 3; i += 1) await write(http, owner).expect(200);
    for (let i = 0; i < 2; i += 1) await write(other, colleague).expect(200);
    // 7th write of the organisation: over its 6, although the colleague made only 3.
    const limited = await write(http, colleague);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('backs off sign-in per account after repeated failures, whatever the password and address', async () => {
    const body = registrationBody();
    await signUp(http, body);
    // Registered before the failures: the backoff lasts seconds, and a loaded machine must not outlast it.
    const bystander = registrationBody();
    await signUp(http, bystander);
    const attempt = (target: App, password: string) =>
      request(target).post('/api/v1/auth/login').send({ email: body.email, password });
    for (let i = 0; i < 3; i += 1)
      await attempt(i % 2 ? other : http, 'Wrong-Password-1').expect(401);
    // The 3rd failure starts the backoff: even the right password waits now, on any replica.
    const held = await attempt(other, body.password);
    expect(held.status).toBe(429);
    expect(held.body.error.code).toBe('LOGIN_BACKOFF');
    expect(held.body.error.message).toMatch(/登录失败次数过多/);
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(500);
    expect(Number(held.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Another account from the same address signs in as usual.
    await request(http)
      .post('/api/v1/auth/login')
      .send({ email: bystander.email, password: bystander.password })
      .expect(200);
  });
});
