import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** The request's id: a sane incoming X-Request-Id, else a new UUID; echoed in the response. */
export function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const holder = request as IncomingMessage & { id?: unknown };
  if (typeof holder.id === 'string') return holder.id;
  const header = request.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
  holder.id = id;
  response.setHeader('X-Request-Id', id);
  return id;
}

/** Express middleware that assigns the id first, so even body-parser errors carry it. */
export function assignRequestId(
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
): void {
  requestIdOf(request, response);
  next();
}
