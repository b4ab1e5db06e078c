import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@rongtong/database';
import {
  NotificationRecorder,
  verifyWebhookSignature,
  WebhookAttemptFailed,
  WebhookDeliveries,
  WebhookSender,
} from '@rongtong/notify';
import { eventually } from '../support/isolated-environment';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp } from '../support/sessions';
import { ReceivedWebhook, WebhookReceiver } from '../support/webhook-receiver';

jest.setTimeout(90_000);

interface DeliveryLogItem {
  id: string;
  status: string;
  attemptCount: number;
  attempts: { attempt: number; statusCode: number | null; error: string | null }[];
}

/** The first attempt of nine, and the last one, as BullMQ would hand them to the handler. */
const FIRST_ATTEMPT = { attemptsMade: 0, opts: { attempts: 9 } };
const LAST_ATTEMPT = { attemptsMade: 8, opts: { attempts: 9 } };

describe('webhooks (development rule: private receivers allowed)', () => {
  let product: RunningProduct;
  let http: App;
  let receiver: WebhookReceiver;
  let owner: Session;
  let member: Session;
  let outsider: Session;

  const db = () => product.api.get(DataSource);
  const webhooks = (session: Session = owner) =>
    `/api/v1/organisations/${session.organisationId}/webhooks`;
  const createEndpoint = async (body: Record<string, unknown> = {}) =>
    (
      await request(http)
        .post(webhooks())
        .set(owner.auth)
        .send({ url: `${receiver.url}/hooks`, ...body })
        .expect(201)
    ).body as { id: string; secret: string };
  const deliveryLog = async (endpointId: string): Promise<DeliveryLogItem[]> =>
    (await request(http).get(`${webhooks()}/${endpointId}/deliveries`).set(owner.auth).expect(200))
      .body.items as DeliveryLogItem[];
  const insertDelivery = async (endpointId: string, dedupKey: string): Promise<string> => {
    // Recorded without an outbox event, so only the test drives its attempts.
    const [row] = await db().query<{ id: string }[]>(
      `INSERT INTO webhook_delivery (endpoint_id, organisation_id, event_type, dedup_key, payload)
       VALUES ($1, $2, 'match.found', $3, '{"id":"x","data":{}}') RETURNING id`,
      [endpointId, owner.organisationId, dedupKey],
    );
    return row.id;
  };

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    product = await startProduct({
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
      WEBHOOK_DISABLE_AFTER_FAILURES: '2',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    http = product.api.getHttpServer() as App;
    owner = await signUp(http);
    member = await signUp(http);
    outsider = await signUp(http);
    // `member` also belongs to the owner's organisation, without being an owner.
    await db().query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'member')`,
      [member.userId, owner.organisationId],
    );
  });

  afterAll(async () => {
    await product?.stop();
    await receiver?.close();
  });

  it('owners manage endpoints; the secret is shown once; members 403, others 404', async () => {
    const created = await request(http)
      .post(webhooks())
      .set(owner.auth)
      .send({ url: `${receiver.url}/crm`, description: 'CRM', eventTypes: ['match.mutual'] })
      .expect(201);
    expect(created.body).toMatchObject({
      url: `${receiver.url}/crm`,
      description: 'CRM',
      eventTypes: ['match.mutual'],
      enabled: true,
      consecutiveFailures: 0,
    });
    expect(created.body.secret).toMatch(/^whsec_/);
    const path = `${webhooks()}/${created.body.id as string}`;

    const listed = await request(http).get(webhooks()).set(owner.auth).expect(200);
    expect(listed.body.map((e: { id: string }) => e.id)).toContain(created.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);

    expect((await request(http).get(webhooks()).set(member.auth).expect(403)).body.error.code).toBe(
      'WEBHOOK_OWNERS_ONLY',
    );
    await request(http).post(webhooks()).set(member.auth).send({ url: receiver.url }).expect(403);
    await request(http).get(webhooks()).set(outsider.auth).expect(404);
    await request(http).patch(path).set(outsider.auth).send({ description: 'x' }).expect(404);
    await request(http).delete(path).set(member.auth).expect(403);
    await request(http).get(webhooks()).expect(401);
    await request(http).get(`${webhooks()}/not-a-uuid/deliveries`).set(owner.auth).expect(404);

    const patched = await request(http)
      .patch(path)
      .set(owner.auth)
      .send({ description: 'CRM 2', eventTypes: [] })
      .expect(200);
    expect(patched.body).toMatchObject({ description: 'CRM 2', eventTypes: [] });

    const rotated = await request(http).post(`${path}/rotate-secret`).set(owner.auth).expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    await request(http).delete(path).set(owner.auth).expect(204);
    await request(http).get(`${path}/deliveries`).set(owner.auth).expect(404);
  });

  it('refuses bad URLs and event types with field-level 400s, writing nothing', async () => {
    const before = await db().query('SELECT count(*)::int AS n FROM webhook_endpoint');
    const fieldOf = async (body: Record<string, unknown>) =>
      (await request(http).post(webhooks()).set(owner.auth).send(body).expect(400)).body.error
        .fields[0].field as string;
    expect(await fieldOf({ url: 'ftp://files.example.cn/in' })).toBe('url');
    expect(await fieldOf({ url: 'not a url' })).toBe('url');
    expect(await fieldOf({ url: `https://e.cn/${'a'.repeat(2048)}` })).toBe('url');
    expect(await fieldOf({ url: receiver.url, eventTypes: ['match.found', 'bogus'] })).toBe(
      'eventTypes',
    );
    expect(await fieldOf({ url: receiver.url, eventTypes: 'match.found' })).toBe('eventTypes');
    expect(await db().query('SELECT count(*)::int AS n FROM webhook_endpoint')).toEqual(before);
  });

  it('a ping reaches the receiver, signed with the secret; the log shows the attempt', async () => {
    const endpoint = await createEndpoint();
    const ping = await request(http)
      .post(`${webhooks()}/${endpoint.id}/ping`)
      .set(owner.auth)
      .expect(202);
    const deliveryId = ping.body.deliveryId as string;
    const [received] = await eventually(() => {
      const found = receiver.forDelivery(deliveryId);
      expect(found).toHaveLength(1);
      return found;
    });
    expectSignedDelivery(received, endpoint.secret, deliveryId, 'webhook.ping');
    expect(JSON.parse(received.body)).toMatchObject({
      id: deliveryId,
      type: 'webhook.ping',
      organisationId: owner.organisationId,
      data: { endpointId: endpoint.id },
    });

    const [logged] = await eventually(async () => {
      const log = await deliveryLog(endpoint.id);
      expect(log[0]).toMatchObject({ id: deliveryId, status: 'succeeded', attemptCount: 1 });
      return log;
    });
    expect(logged.attempts).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 200, error: null }),
    ]);
    await request(http).delete(`${webhooks()}/${endpoint.id}`).set(owner.auth).expect(204);
  });

  it('notifications for the organisation reach subscribed endpoints once, however often recorded', async () => {
    const all = await createEndpoint();
    const mutualOnly = await createEndpoint({ eventTypes: ['match.mutual'] });
    const transactions = product.api.get(TransactionRunner);
    const event = {
      organisationId: owner.organisationId,
      eventType: 'listing.reviewed',
      dedupKey: `listing.reviewed:${all.id}`,
      data: { outcome: 'approved' },
    };
    const deliveries = product.api.get(WebhookDeliveries);
    const first = await transactions.run((manager) => deliveries.recordForEvent(manager, event));
    const again = await transactions.run((manager) => deliveries.recordForEvent(manager, event));
    expect([first, again]).toEqual([1, 0]);

    const [received] = await eventually(() => {
      const found = receiver.received.filter(
        (r) => r.headers['x-rongtong-event'] === 'listing.reviewed',
      );
      expect(found).toHaveLength(1);
      return found;
    });
    expectSignedDelivery(
      received,
      all.secret,
      received.headers['x-rongtong-delivery'] as string,
      'listing.reviewed',
    );
    expect(await deliveryLog(mutualOnly.id)).toEqual([]);

    // Through the notification recorder: an intent naming the organisation goes to its webhooks.
    const recorder = product.api.get(NotificationRecorder);
    const intent = {
      type: 'match.mutual' as const,
      recipients: { userIds: [owner.userId] },
      organisationId: owner.organisationId,
      dedupKey: `match.mutual:${mutualOnly.id}`,
      params: {
        matchId: mutualOnly.id,
        listing: { kind: 'need' as const, id: all.id, title: '主轴热变形补偿' },
        counterpart: {
          kind: 'achievement' as const,
          id: all.id,
          title: '热误差补偿系统',
          organisationName: '东北理工大学',
        },
        contact: {
          organisationName: '东北理工大学',
          contactName: '王老师',
          phone: null,
          email: null,
        },
      },
    };
    await transactions.run((manager) => recorder.record(manager, [intent]));
    await transactions.run((manager) => recorder.record(manager, [intent]));
    await eventually(() => {
      const mutual = receiver.received.filter(
        (r) => r.headers['x-rongtong-event'] === 'match.mutual',
      );
      // One delivery per subscribed endpoint (both take match.mutual), not one per recording.
      expect(mutual).toHaveLength(2);
      expect(new Set(mutual.map((r) => r.headers['x-rongtong-delivery'])).size).toBe(2);
    });
    for (const id of [all.id, mutualOnly.id]) {
      await request(http).delete(`${webhooks()}/${id}`).set(owner.auth).expect(204);
    }
  });

  it('retries with backoff: 500, 500, then 200 makes three logged attempts of one delivery', async () => {
    const endpoint = await createEndpoint();
    receiver.respondWith([500, 500]);
    const ping = await request(http)
      .post(`${webhooks()}/${endpoint.id}/ping`)
      .set(owner.auth)
      .expect(202);
    const deliveryId = ping.body.deliveryId as string;
    const attempts = await eventually(() => {
      const found = receiver.forDelivery(deliveryId);
      expect(found.map((r) => r.answered)).toEqual([500, 500, 200]);
      return found;
    }, 30_000);
    // The same idempotency key each time, freshly signed each time; backoff 2 s then 4 s.
    for (const attempt of attempts)
      expectSignedDelivery(attempt, endpoint.secret, deliveryId, 'webhook.ping');
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(1_500);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(3_500);

    const [logged] = await eventually(async () => {
      const log = await deliveryLog(endpoint.id);
      expect(log[0]).toMatchObject({ status: 'succeeded', attemptCount: 3 });
      return log;
    });
    expect(logged.attempts.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(logged.attempts[0].error).toContain('HTTP 500');
    await request(http).delete(`${webhooks()}/${endpoint.id}`).set(owner.auth).expect(204);
  });

  it('exhausted deliveries disable the endpoint after the limit and tell the owners', async () => {
    const endpoint = await createEndpoint({ url: `${receiver.url}/down` });
    receiver.respondWith([], 503);
    const sender = product.worker.get(WebhookSender);
    const endpointRow = async () =>
      (
        await db().query<{ enabled: boolean; failures: number; reason: string | null }[]>(
          `SELECT enabled, consecutive_failures AS failures, disabled_reason AS reason
             FROM webhook_endpoint WHERE id = $1`,
          [endpoint.id],
        )
      )[0];

    // A failed attempt that is not the last leaves the delivery pending for BullMQ to retry.
    const first = await insertDelivery(endpoint.id, 'exhaust-1');
    await expect(sender.deliver({ deliveryId: first }, FIRST_ATTEMPT)).rejects.toBeInstanceOf(
      WebhookAttemptFailed,
    );
    expect(await endpointRow()).toMatchObject({ enabled: true, failures: 0 });
    await expect(sender.deliver({ deliveryId: first }, LAST_ATTEMPT)).rejects.toThrow('HTTP 503');
    expect(await endpointRow()).toMatchObject({ enabled: true, failures: 1 });

    // A success in between resets the count.
    receiver.respondWith([200], 503);
    const recovered = await insertDelivery(endpoint.id, 'exhaust-ok');
    await expect(sender.deliver({ deliveryId: recovered }, FIRST_ATTEMPT)).resolves.toMatchObject({
      status: 'done',
    });
    expect(await endpointRow()).toMatchObject({ failures: 0 });

    for (const key of ['exhaust-2', 'exhaust-3']) {
      const id = await insertDelivery(endpoint.id, key);
      await expect(sender.deliver({ deliveryId: id }, LAST_ATTEMPT)).rejects.toThrow('HTTP 503');
    }
    expect(await endpointRow()).toMatchObject({ enabled: false, failures: 2 });
    expect((await endpointRow()).reason).toContain('2 deliveries in a row failed');

    const statuses = await db().query(
      `SELECT dedup_key AS key, status, attempts FROM webhook_delivery
        WHERE endpoint_id = $1 ORDER BY dedup_key`,
      [endpoint.id],
    );
    expect(statuses).toEqual([
      { key: 'exhaust-1', status: 'failed', attempts: 2 },
      { key: 'exhaust-2', status: 'failed', attempts: 1 },
      { key: 'exhaust-3', status: 'failed', attempts: 1 },
      { key: 'exhaust-ok', status: 'succeeded', attempts: 1 },
    ]);

    // The owner (only) hears about it in the inbox, once.
    const notices = await db().query<
      { userId: string; params: { url: string; failures: number; lastError: string } }[]
    >(
      `SELECT user_id AS "userId", params FROM notification
        WHERE type = 'webhook.disabled' AND subject_id = $1`,
      [endpoint.id],
    );
    expect(notices.map((n) => n.userId)).toEqual([owner.userId]);
    expect(notices[0].params).toMatchObject({ url: `${receiver.url}/down`, failures: 2 });
    expect(notices[0].params.lastError).toContain('HTTP 503');

    // Disabled: pending deliveries are abandoned without a request.
    const requestsBefore = receiver.received.length;
    const later = await insertDelivery(endpoint.id, 'exhaust-4');
    await expect(sender.deliver({ deliveryId: later }, FIRST_ATTEMPT)).resolves.toEqual({
      status: 'skipped',
      reason: 'endpoint disabled',
    });
    expect(receiver.received.length).toBe(requestsBefore);
    await request(http).post(`${webhooks()}/${endpoint.id}/ping`).set(owner.auth).expect(409);

    // Re-enabling resets the count.
    const enabled = await request(http)
      .patch(`${webhooks()}/${endpoint.id}`)
      .set(owner.auth)
      .send({ enabled: true })
      .expect(200);
    expect(enabled.body).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledAt: null });
    receiver.respondWith([]);
  });
});

function expectSignedDelivery(
  received: ReceivedWebhook,
  secret: string,
  deliveryId: string,
  eventType: string,
): void {
  expect(received.method).toBe('POST');
  expect(received.headers).toMatchObject({
    'content-type': 'application/json',
    'user-agent': 'Rongtong-Webhooks/1',
    'x-rongtong-event': eventType,
    'x-rongtong-delivery': deliveryId,
  });
  const timestamp = Number(received.headers['x-rongtong-timestamp']);
  expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
  const signature = received.headers['x-rongtong-signature'] as string;
  expect(signature).toMatch(new RegExp(`^t=${timestamp},v1=[0-9a-f]{64}$`));
  expect(verifyWebhookSignature(secret, signature, received.body)).toBe(true);
  expect(verifyWebhookSignature('whsec_wrong', signature, received.body)).toBe(false);
  expect(JSON.parse(received.body)).toMatchObject({ id: deliveryId, type: eventType });
}
