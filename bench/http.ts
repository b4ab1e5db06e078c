import http from 'node:http';
import { Readable } from 'node:stream';

/** Keep-alive agent for every measured HTTP request (API and raw Meilisearch alike). */
export const keepAliveAgent = new http.Agent({ keepAlive: true, maxSockets: 16, timeout: 4_000 });

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  /** Wall time from request start to the last body byte, ms. */
  ms: number;
}

export interface HttpRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Readable;
  timeoutMs?: number;
}

/** One HTTP request with JSON response parsing; never throws on non-2xx (check `status`). */
export function request<T = unknown>(
  url: string,
  options: HttpRequestOptions = {},
): Promise<HttpResult<T>> {
  return requestOnce<T>(url, options).catch((error: NodeJS.ErrnoException) => {
    // A keep-alive socket closed by the server just before reuse: retry once on a fresh one.
    if (
      (error.code === 'ECONNRESET' || error.code === 'EPIPE') &&
      !(options.body instanceof Readable)
    ) {
      return requestOnce<T>(url, options);
    }
    throw error;
  });
}

function requestOnce<T>(url: string, options: HttpRequestOptions): Promise<HttpResult<T>> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    const body = options.body;
    if (typeof body === 'string' || Buffer.isBuffer(body))
      headers['content-length'] = String(Buffer.byteLength(body));
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers, agent: keepAliveAgent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch {
            // keep text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T, ms });
        });
      },
    );
    req.on('error', reject);
    if (options.timeoutMs)
      req.setTimeout(options.timeoutMs, () =>
        req.destroy(new Error(`timeout after ${options.timeoutMs} ms: ${url}`)),
      );
    if (body instanceof Readable) body.pipe(req);
    else req.end(body);
  });
}
