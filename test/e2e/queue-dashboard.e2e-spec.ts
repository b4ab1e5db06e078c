import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { JobQueue, QUEUE_NAMES } from '@rongtong/jobs';
import { registrationBody } from '../support/factories';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { AuthHeader, Session, signUp, signUpWithRole } from '../support/sessions';

jest.setTimeout(60_000);

describe('queue dashboard and failed jobs (admins only)', () => {
  let product: RunningProduct;
  let http: App;
  let admin: AuthHeader;
  let user: Session;

  beforeAll(async () => {
    product = await startProduct();
    http = product.api.getHttpServer() as App;
    user = await signUp(http);
    const db = product.api.get(DataSource);
    admin = (await signUpWithRole(http, db, 'admin', registrationBody())).auth;
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('serves Bull Board at /admin/queues: 401 without a token, 403 for non-admins, 200 for admins', async () => {
    const anonymous = await request(http).get('/admin/queues').expect(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    await request(http)
      .get('/admin/queues')
      .set({ Authorization: 'Bearer not-a-token' })
      .expect(401);
    const forbidden = await request(http).get('/admin/queues').set(user.auth).expect(403);
    expect(forbidden.body.error.code).toBe('ADMIN_ONLY');
    await request(http).get('/admin/queues/api/queues').set(user.auth).expect(403);

    const page = await request(http).get('/admin/queues').set(admin).expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('<base href="/admin/queues/"');

    const queues = await request(http).get('/admin/queues/api/queues').set(admin).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(
      [...QUEUE_NAMES].sort(),
    );
  });

  it('a dashboard session cookie (HttpOnly, SameSite=Strict) lets a browser open the page', async () => {
    await request(http).post('/api/v1/admin/queue-dashboard/session').set(user.auth).expect(403);
    const session = await request(http)
      .post('/api/v1/admin/queue-dashboard/session')
      .set(admin)
      .expect(200);
    expect(session.body.path).toBe('/admin/queues');
    const setCookie = ([] as string[]).concat(session.headers['set-cookie'] ?? []);
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(/^rongtong_queue_dashboard=[^;]+; Path=\/admin\/queues; /);
    expect(setCookie[0]).toContain('HttpOnly');
    expect(setCookie[0]).toContain('SameSite=Strict');
    const cookie = setCookie[0].split(';')[0];

    const page = await request(http).get('/admin/queues').set('Cookie', cookie).expect(200);
    expect(page.text).toContain('<div id="root">');
    // The page's own script loads too (same cookie, relative to the base path).
    const script = /src="(static\/js\/main[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const asset = await request(http)
      .get(`/admin/queues/${script}`)
      .set('Cookie', cookie)
      .expect(200);
    expect(asset.headers['content-type']).toContain('javascript');
    await request(http).get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    // A tampered cookie is no session.
    await request(http)
      .get('/admin/queues')
      .set('Cookie', `${cookie.slice(0, -3)}xyz`)
      .expect(401);

    const closed = await request(http)
      .delete('/api/v1/admin/queue-dashboard/session')
      .set(admin)
      .expect(204);
    expect(String(closed.headers['set-cookie'])).toContain('Max-Age=0');
  });

  it('lists failed jobs of a queue and retries one (admins only)', async () => {
    const db = product.api.get(DataSource);
    // A delivery to a loopback URL fails permanently here (private addresses are refused in test).
    const [endpoint] = await db.query<{ id: string }[]>(
      `INSERT INTO webhook_endpoint (organisation_id, url, secret, created_by_user_id, version)
       VALUES ($1, 'http://127.0.0.1:9/', 'whsec_x', $1, 1) RETURNING id`,
      [user.organisationId],
    );
    const [delivery] = await db.query<{ id: string }[]>(
      `INSERT INTO webhook_delivery (endpoint_id, organisation_id, event_type, dedup_key, payload)
       VALUES ($1, $2, 'match.found', 'failing', '{}') RETURNING id`,
      [endpoint.id, user.organisationId],
    );
    const job = await product.api
      .get(JobQueue)
      .enqueue(
        'notify.deliver-webhook',
        { deliveryId: delivery.id },
        `test-failing-${delivery.id}`,
      );

    const failed = await eventually(async () => {
      const response = await request(http)
        .get('/api/v1/admin/jobs/failed?queue=notify')
        .set(admin)
        .expect(200);
      const found = response.body.items.find((item: { id: string }) => item.id === job.id);
      expect(found).toBeDefined();
      return found;
    });
    expect(failed).toMatchObject({
      name: 'notify.deliver-webhook',
      data: { deliveryId: delivery.id },
      attemptsMade: 1,
    });
    expect(failed.failedReason).toContain('loopback');

    await request(http).get('/api/v1/admin/jobs/failed?queue=notify').set(user.auth).expect(403);
    const bad = await request(http)
      .get('/api/v1/admin/jobs/failed?queue=nope')
      .set(admin)
      .expect(400);
    expect(bad.body.error.fields[0].field).toBe('queue');
    await request(http).post('/api/v1/admin/jobs/nope/1/retry').set(admin).expect(404);
    await request(http).post('/api/v1/admin/jobs/notify/no-such-job/retry').set(admin).expect(404);
    await request(http)
      .post(`/api/v1/admin/jobs/notify/${job.id}/retry`)
      .set(user.auth)
      .expect(403);

    const retried = await request(http)
      .post(`/api/v1/admin/jobs/notify/${job.id}/retry`)
      .set(admin)
      .expect(200);
    expect(retried.body.id).toBe(job.id);
    // The delivery was abandoned by the first run, so the retry completes without sending.
    await eventually(async () => {
      expect(await product.api.get(JobQueue).queue('notify').getJobState(job.id!)).toBe(
        'completed',
      );
    });
    await request(http).post(`/api/v1/admin/jobs/notify/${job.id}/retry`).set(admin).expect(409);
  });
});
