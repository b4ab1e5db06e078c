import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { WebhookSender } from '@rongtong/notify';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp } from '../support/sessions';
import { WebhookReceiver } from '../support/webhook-receiver';

jest.setTimeout(60_000);

describe('webhooks outside development: private and loopback receivers refused', () => {
  let product: RunningProduct;
  let http: App;
  let receiver: WebhookReceiver;
  let owner: Session;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    product = await startProduct({ WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false' });
    http = product.api.getHttpServer() as App;
    owner = await signUp(http);
  });

  afterAll(async () => {
    await product?.stop();
    await receiver?.close();
  });

  it('refuses loopback, private and unresolvable URLs with a 400 on url, writing nothing', async () => {
    const path = `/api/v1/organisations/${owner.organisationId}/webhooks`;
    for (const url of [
      receiver.url,
      'http://10.0.0.1/',
      'http://192.168.1.20:8080/hook',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://localhost/',
      'https://no-such-host.invalid/',
    ]) {
      const refused = await request(http).post(path).set(owner.auth).send({ url }).expect(400);
      expect(refused.body.error.fields).toEqual([
        { field: 'url', messages: [expect.stringMatching(/private|does not resolve/)] },
      ]);
    }
    const [{ n }] = await product.api
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM webhook_endpoint');
    expect(n).toBe(0);
  });

  it('re-checks at send time: an endpoint now pointing at loopback is abandoned unsent', async () => {
    const db = product.api.get(DataSource);
    // As if the URL had passed when saved and its host later re-pointed (DNS rebinding).
    const [endpoint] = await db.query<{ id: string }[]>(
      `INSERT INTO webhook_endpoint (organisation_id, url, secret, created_by_user_id, version)
       VALUES ($1, $2, 'whsec_x', $3, 1) RETURNING id`,
      [owner.organisationId, `${receiver.url}/rebound`, owner.organisationId],
    );
    const [delivery] = await db.query<{ id: string }[]>(
      `INSERT INTO webhook_delivery (endpoint_id, organisation_id, event_type, dedup_key, payload)
       VALUES ($1, $2, 'match.found', 'k', '{}') RETURNING id`,
      [endpoint.id, owner.organisationId],
    );
    const result = await product.worker
      .get(WebhookSender)
      .deliver({ deliveryId: delivery.id }, { attemptsMade: 0, opts: { attempts: 9 } });
    expect(result).toMatchObject({ status: 'failed-permanently' });
    expect((result as { reason: string }).reason).toContain('loopback');
    expect(receiver.received).toHaveLength(0);
    const [row] = await db.query(
      `SELECT d.status, a.status_code AS "statusCode", a.error
         FROM webhook_delivery d JOIN webhook_attempt a ON a.delivery_id = d.id WHERE d.id = $1`,
      [delivery.id],
    );
    expect(row).toMatchObject({ status: 'abandoned', statusCode: null });
    expect(row.error).toContain('loopback');
  });
});
