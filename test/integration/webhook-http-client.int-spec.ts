import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookHttpClient } from '@rongtong/notify';
import { WebhookReceiver } from '../support/webhook-receiver';

describe('WebhookHttpClient against a local receiver', () => {
  const client = new WebhookHttpClient();
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('connects to the pinned address whatever the host name resolves to (no DNS asked)', async () => {
    const port = new URL(receiver.url).port;
    // .invalid never resolves: only the pinned lookup can get this request through.
    const url = new URL(`http://hooks.rongtong.invalid:${port}/pinned`);
    const response = await client.post(
      { url, pinned: { address: '127.0.0.1', family: 4 } },
      '{"a":1}',
      { 'Content-Type': 'application/json', 'X-Test': 'pin' },
      2_000,
    );
    expect(response).toMatchObject({ statusCode: 200, error: null });
    const received = receiver.received.find((r) => r.path === '/pinned');
    expect(received?.headers.host).toBe(`hooks.rongtong.invalid:${port}`);
    expect(received?.headers['content-length']).toBe('7');
    expect(received?.body).toBe('{"a":1}');

    const unpinned = await client.post({ url }, '{}', {}, 2_000);
    expect(unpinned.statusCode).toBeNull();
    expect(unpinned.error).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });

  it('does not follow redirects: a 3xx is a failed attempt with the status logged', async () => {
    receiver.respondWith([302]);
    const before = receiver.received.length;
    const response = await client.post({ url: new URL(`${receiver.url}/moved`) }, '{}', {}, 2_000);
    expect(response.statusCode).toBe(302);
    expect(response.error).toMatch(/^HTTP 302 Found/);
    expect(receiver.received.length).toBe(before + 1);
  });

  it('keeps the start of an error body and reports refused connections', async () => {
    receiver.respondWith([500]);
    const failed = await client.post({ url: new URL(receiver.url) }, '{}', {}, 2_000);
    expect(failed).toMatchObject({
      statusCode: 500,
      error: 'HTTP 500 Internal Server Error: scripted failure 500',
    });
    const refused = await client.post({ url: new URL('http://127.0.0.1:9/') }, '{}', {}, 2_000);
    expect(refused.statusCode).toBeNull();
    expect(refused.error).toContain('ECONNREFUSED');
  });

  it('gives up after the timeout', async () => {
    const silent: Server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const response = await client.post(
        { url: new URL(`http://127.0.0.1:${port}/`) },
        '{}',
        {},
        300,
      );
      expect(response).toMatchObject({ statusCode: null, error: 'no response within 300 ms' });
      expect(response.durationMs).toBeGreaterThanOrEqual(290);
      expect(response.durationMs).toBeLessThan(2_000);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
