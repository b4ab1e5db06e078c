import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type MeilisearchConfig,
  type MeilisearchErrorResponse,
} from './meilisearch-module';

export interface MeilisearchClientOptions {
  host: string;
  apiKey?: string;
  /**
   * Per-request timeout in ms until response headers arrive (default 10 000; 0 disables). Expiry
   * surfaces as MeilisearchRequestError caused by MeilisearchRequestTimeOutError, as with the
   * library's own `timeout` option.
   */
  timeoutMs?: number;
  /** Upper bound of concurrent sockets to the server (default 64). */
  maxSockets?: number;
  /** Extra `X-Meilisearch-Client` identifiers. */
  clientAgents?: string[];
}

type HttpClient = NonNullable<MeilisearchConfig['httpClient']>;
type FetchInput = Parameters<HttpClient>[0];
type FetchInit = Parameters<HttpClient>[1];
type FetchHeaders = NonNullable<FetchInit>['headers'];
type FetchBody = NonNullable<FetchInit>['body'];

interface AgentPool {
  http?: http.Agent;
  https?: https.Agent;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_SOCKETS = 64;
/**
 * Idle keep-alive sockets are dropped before the server's own keep-alive timeout (actix-web
 * defaults to 5 s) so we rarely write into a socket the server is closing.
 */
const IDLE_SOCKET_TIMEOUT_MS = 4_000;
/** Bodies in these formats are handed to the library as streams (chat completions, NDJSON). */
const STREAMING_CONTENT_TYPE = /^(text\/event-stream|application\/x-ndjson)\b/i;
const STALE_SOCKET_ATTEMPTS = 3;

const agentPools = new WeakMap<Meilisearch, AgentPool>();

/**
 * Official Meilisearch client whose HTTP goes through node:http(s) with a keep-alive agent rather
 * than global fetch, which costs noticeably more per request. Errors keep the library's classes:
 * a non-2xx answer is a MeilisearchApiError (with `cause.code`) that the library wraps in a
 * MeilisearchRequestError (read it with meilisearchApiError()); network failures and timeouts are
 * MeilisearchRequestErrors of their own. Call destroyMeilisearchClient() when done so no sockets stay open.
 */
export function createMeilisearchClient(options: MeilisearchClientOptions): Meilisearch {
  const pool: AgentPool = {};
  const maxSockets = options.maxSockets ?? DEFAULT_MAX_SOCKETS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const client = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    clientAgents: options.clientAgents,
    // The timeout is enforced in nodeHttpClient, not via the library's `timeout` option: the
    // library's version leaks an abort listener per request on caller signals (waitTask polls
    // with one signal and triggers MaxListenersExceededWarning) and ignores the timeout
    // whenever a caller signal is present.
    httpClient: (input, init) => nodeHttpClient(pool, maxSockets, timeoutMs, input, init),
  });
  agentPools.set(client, pool);
  return client;
}

/** Closes the client's pooled sockets. Later requests would open fresh ones. */
export function destroyMeilisearchClient(client: Meilisearch): void {
  const pool = agentPools.get(client);
  pool?.http?.destroy();
  pool?.https?.destroy();
  if (pool !== undefined) {
    delete pool.http;
    delete pool.https;
  }
}

async function nodeHttpClient(
  pool: AgentPool,
  maxSockets: number,
  timeoutMs: number,
  input: FetchInput,
  init: FetchInit,
): Promise<unknown> {
  if (typeof input === 'object' && !('href' in input)) {
    // The library always passes a URL; a Request object would need its own body handling.
    throw new TypeError('Meilisearch httpClient expects a URL or string');
  }
  const url = new URL(typeof input === 'string' ? input : input.href);
  const headers = toHeaderRecord(init?.headers);
  const body = toBodyBuffer(init?.body);
  if (body !== undefined) {
    headers['content-length'] = String(body.length);
  }
  const method = init?.method ?? 'GET';

  // One controller merges the caller's signal and our timeout; exactly one listener is put on
  // the caller's signal and it is always removed again.
  const controller = new AbortController();
  const callerSignal = init?.signal ?? undefined;
  const forwardAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted === true) {
    forwardAbort();
  } else {
    callerSignal?.addEventListener('abort', forwardAbort, { once: true });
  }
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          // The library wraps this in MeilisearchRequestError, exactly as on its fetch path.
          controller.abort(new MeilisearchRequestTimeOutError(timeoutMs, init ?? {}));
        }, timeoutMs)
      : undefined;
  let detachOnStreamClose = false;
  const detach = (): void => callerSignal?.removeEventListener('abort', forwardAbort);

  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const agent = agentFor(pool, url, maxSockets);
        const result = await send(url, method, headers, body, agent, controller.signal);
        if (result.stream !== undefined) {
          // Like fetch, the timeout covers the wait for response headers only, while the caller's
          // signal keeps being able to cancel the stream.
          detachOnStreamClose = true;
          result.stream.once('close', detach);
          return Readable.toWeb(result.stream);
        }
        return result.json;
      } catch (error) {
        // A request written to a keep-alive socket the server was closing never reached the
        // server, so retrying is safe (the pattern Node's docs recommend). Several pooled
        // sockets can be stale at once, hence a few attempts.
        if (!(error instanceof StaleSocketError)) {
          throw error;
        }
        if (attempt >= STALE_SOCKET_ATTEMPTS || controller.signal.aborted) {
          throw error.cause;
        }
      }
    }
  } finally {
    clearTimeout(timer);
    if (!detachOnStreamClose) {
      detach();
    }
  }
}

interface SendResult {
  json?: unknown;
  stream?: http.IncomingMessage;
}

class StaleSocketError extends Error {
  constructor(override readonly cause: unknown) {
    super('reused keep-alive socket was reset');
  }
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | undefined,
  agent: http.Agent,
  signal: AbortSignal,
): Promise<SendResult> {
  return new Promise<SendResult>((resolve, reject) => {
    if (signal.aborted) {
      // Same as fetch: reject with the abort reason.
      const reason: unknown = signal.reason;
      reject(reason);
      return;
    }
    const transport = url.protocol === 'https:' ? https : http;
    let settled = false;
    let responseStarted = false;

    const onAbort = (): void => {
      req.destroy();
      const reason: unknown = signal.reason;
      fail(reason);
    };
    const cleanup = (): void => signal.removeEventListener('abort', onAbort);
    const fail = (error: unknown): void => {
      cleanup();
      if (!settled) {
        settled = true;
        reject(error);
      }
    };
    const succeed = (value: SendResult): void => {
      if (!settled) {
        settled = true;
        resolve(value);
      }
    };

    const req = transport.request(url, { method, headers, agent }, (res) => {
      responseStarted = true;
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const contentType = res.headers['content-type'] ?? '';

      if (ok && STREAMING_CONTENT_TYPE.test(contentType)) {
        // The library's stream endpoints require a ReadableStream; aborting still tears it down.
        res.once('close', cleanup);
        succeed({ stream: res });
        return;
      }

      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', fail);
      res.once('close', () => {
        if (!res.complete) {
          fail(new Error('Meilisearch closed the connection before the response was complete'));
        }
      });
      res.once('end', () => {
        cleanup();
        const text = Buffer.concat(chunks).toString('utf8');
        if (ok) {
          try {
            // Empty bodies (e.g. 204) map to undefined, like the library's fetch path.
            succeed({ json: text === '' ? undefined : (JSON.parse(text) as unknown) });
          } catch (error) {
            fail(error);
          }
          return;
        }
        fail(apiError(res, status, text));
      });
    });

    req.once('error', (error) => {
      const reused = req.reusedSocket && !responseStarted && isConnectionReset(error);
      fail(reused ? new StaleSocketError(error) : error);
    });
    signal.addEventListener('abort', onAbort, { once: true });
    req.end(body);
  });
}

function apiError(res: http.IncomingMessage, status: number, text: string): MeilisearchApiError {
  let parsed: MeilisearchErrorResponse | undefined;
  try {
    const candidate: unknown = text === '' ? undefined : JSON.parse(text);
    if (typeof candidate === 'object' && candidate !== null && 'message' in candidate) {
      parsed = candidate as MeilisearchErrorResponse;
    }
  } catch {
    // Non-JSON error bodies (e.g. from a proxy) fall back to "status: statusText".
  }
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (typeof value === 'string') {
      responseHeaders.set(name, value);
    } else if (Array.isArray(value)) {
      for (const item of value) {
        responseHeaders.append(name, item);
      }
    }
  }
  // MeilisearchApiError wants a fetch Response; status must be in Response's allowed range.
  const response = new Response(nullBodyStatus(status) ? null : text, {
    status: status >= 200 && status <= 599 ? status : 502,
    statusText: res.statusMessage ?? '',
    headers: responseHeaders,
  });
  return new MeilisearchApiError(response, parsed);
}

/**
 * The Meilisearch API error behind `error`, if any. The library wraps whatever a custom
 * httpClient throws in MeilisearchRequestError, so a non-2xx answer arrives as a request error
 * caused by the MeilisearchApiError our httpClient raised; the default fetch path throws the API
 * error itself. Callers that branch on an API error's code or status ask here.
 */
export function meilisearchApiError(error: unknown): MeilisearchApiError | undefined {
  if (error instanceof MeilisearchApiError) return error;
  if (error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError) {
    return error.cause;
  }
  return undefined;
}

function agentFor(pool: AgentPool, url: URL, maxSockets: number): http.Agent {
  const agentOptions = { keepAlive: true, maxSockets, timeout: IDLE_SOCKET_TIMEOUT_MS };
  if (url.protocol === 'https:') {
    pool.https ??= new https.Agent(agentOptions);
    return pool.https;
  }
  pool.http ??= new http.Agent(agentOptions);
  return pool.http;
}

function toHeaderRecord(init: FetchHeaders): Record<string, string> {
  const record: Record<string, string> = {};
  new Headers(init).forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

function toBodyBuffer(body: FetchBody): Buffer | undefined {
  if (body === undefined || body === null) {
    return undefined;
  }
  if (typeof body === 'string') {
    return Buffer.from(body, 'utf8');
  }
  if (body instanceof ArrayBuffer) {
    return Buffer.from(body);
  }
  if (ArrayBuffer.isView(body)) {
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  }
  if (body instanceof URLSearchParams) {
    return Buffer.from(body.toString(), 'utf8');
  }
  // meilisearch 0.62 only ever sends strings (JSON, CSV or NDJSON text).
  throw new TypeError('Unsupported request body type for the Meilisearch httpClient');
}

function isConnectionReset(error: unknown): boolean {
  // Not `instanceof Error`: under Jest, errors from Node core come from another realm.
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'ECONNRESET' || error.code === 'EPIPE')
  );
}

function nullBodyStatus(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}
