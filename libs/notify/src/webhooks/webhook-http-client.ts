import { Injectable } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { ResolvedAddress, WebhookTarget } from './webhook-url-policy';

/** What one POST came to: a status code, or an error before any response. */
export interface WebhookResponse {
  statusCode: number | null;
  /** Null for a 2xx; otherwise the status line and the start of the body, or the network error. */
  error: string | null;
  durationMs: number;
}

/** How much of a failing response's body the delivery log keeps. */
const ERROR_BODY_CHARS = 300;
/** Bodies are read (so the socket closes cleanly) up to this size, then cut off. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POSTs a webhook body. No redirects are followed (a 3xx is a failure like any non-2xx), no
 * keep-alive pool is shared between endpoints, and the socket connects to the pinned address.
 */
@Injectable()
export class WebhookHttpClient {
  post(
    target: WebhookTarget,
    body: string,
    headers: Record<string, string>,
    timeoutMs: number,
  ): Promise<WebhookResponse> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const transport = target.url.protocol === 'https:' ? https : http;
    return new Promise<WebhookResponse>((resolve) => {
      let settled = false;
      const finish = (statusCode: number | null, error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ statusCode, error, durationMs: elapsed() });
      };
      const request = transport.request(target.url, {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        agent: false,
        lookup: target.pinned ? pinnedLookup(target.pinned) : undefined,
      });
      const timer = setTimeout(() => {
        request.destroy(new Error(`no response within ${timeoutMs} ms`));
      }, timeoutMs);
      request.on('error', (error) => finish(null, error.message || String(error)));
      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received <= MAX_BODY_BYTES) chunks.push(chunk);
          else response.destroy();
        });
        const done = () => {
          if (status >= 200 && status < 300) return finish(status, null);
          const text = Buffer.concat(chunks).toString('utf8').trim().slice(0, ERROR_BODY_CHARS);
          const line = `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
          finish(status, text ? `${line}: ${text}` : line);
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      });
      request.end(body);
    });
  }
}

/**
 * A lookup that answers with the vetted address whatever the name, so the connection goes
 * where the SSRF check looked (Node asks with `all: true` when it tries several families).
 */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) {
      (callback as unknown as (error: null, addresses: ResolvedAddress[]) => void)(null, [pinned]);
    } else {
      callback(null, pinned.address, pinned.family);
    }
  };
}
