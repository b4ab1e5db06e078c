import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny in-process S3-compatible server (path-style PUT/GET/DELETE of objects in one bucket),
 * enough to run the S3 adapter over real HTTP with the real AWS SDK. It records the requests so
 * tests can see what the SDK sent.
 */
export class FakeS3 {
  readonly objects = new Map<string, { body: Buffer; contentType?: string }>();
  readonly requests: { method: string; path: string; headers: IncomingMessage['headers'] }[] = [];

  private constructor(
    private readonly server: Server,
    readonly bucket: string,
  ) {}

  static async start(bucket = 'rongtong-test'): Promise<FakeS3> {
    const holder: { fake?: FakeS3 } = {};
    const server = createServer((request, response) => holder.fake?.handle(request, response));
    const fake = new FakeS3(server, bucket);
    holder.fake = fake;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname);
    this.requests.push({ method: request.method ?? '', path, headers: request.headers });
    const prefix = `/${this.bucket}/`;
    if (!path.startsWith(prefix)) return this.error(response, 404, 'NoSuchBucket');
    const key = path.slice(prefix.length);
    if (!request.headers.authorization?.startsWith('AWS4-HMAC-SHA256')) {
      return this.error(response, 403, 'AccessDenied');
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      switch (request.method) {
        case 'PUT':
          this.objects.set(key, {
            body: Buffer.concat(chunks),
            contentType: request.headers['content-type'],
          });
          response.writeHead(200, { etag: '"fake"' }).end();
          return;
        case 'GET': {
          const object = this.objects.get(key);
          if (!object) return this.error(response, 404, 'NoSuchKey');
          response
            .writeHead(200, {
              'content-type': object.contentType ?? 'application/octet-stream',
              'content-length': object.body.length,
            })
            .end(object.body);
          return;
        }
        case 'DELETE':
          this.objects.delete(key);
          response.writeHead(204).end();
          return;
        default:
          this.error(response, 405, 'MethodNotAllowed');
      }
    });
  }

  private error(response: ServerResponse, status: number, code: string): void {
    response
      .writeHead(status, { 'content-type': 'application/xml' })
      .end(
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`,
      );
  }
}
