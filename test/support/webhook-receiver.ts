import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as received (what the signature covers). */
  body: string;
  /** The status code it was answered with. */
  answered: number;
  at: number;
}

/**
 * A local HTTP server standing in for a customer's webhook endpoint: it records every request and
 * answers with the scripted status codes in turn, then with the default.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private script: number[] = [];
  private defaultStatus = 200;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    // The handler needs the receiver, which needs the listening server's port.
    const self: { receiver?: WebhookReceiver } = {};
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const receiver = self.receiver!;
        const status = receiver.nextStatus();
        receiver.received.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          answered: status,
          at: Date.now(),
        });
        response.writeHead(status, { 'content-type': 'text/plain' });
        response.end(status < 300 ? 'ok' : `scripted failure ${status}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self.receiver = new WebhookReceiver(server, `http://127.0.0.1:${port}`);
    return self.receiver;
  }

  /** The next requests are answered with these codes, in order; later ones with `then`. */
  respondWith(statuses: number[], then = 200): void {
    this.script = [...statuses];
    this.defaultStatus = then;
  }

  /** Requests carrying this delivery id (X-Rongtong-Delivery). */
  forDelivery(deliveryId: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.headers['x-rongtong-delivery'] === deliveryId);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private nextStatus(): number {
    return this.script.shift() ?? this.defaultStatus;
  }
}
