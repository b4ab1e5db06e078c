import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** Response and request schemas of the API, by their OpenAPI names. */
export type Schemas = components['schemas'];

/** Supplies the access token and renews it; set by the session (auth/session.ts). */
export interface TokenSource {
  accessToken(): string | undefined;
  /** A fresh access token after a 401, or undefined when the session is over. */
  renewAfterRejection(): Promise<string | undefined>;
}

let tokens: TokenSource = {
  accessToken: () => undefined,
  renewAfterRejection: () => Promise.resolve(undefined),
};

export function setTokenSource(source: TokenSource): void {
  tokens = source;
}

function withToken(request: Request, token: string | undefined): Request {
  const copy = new Request(request);
  if (token) copy.headers.set('Authorization', `Bearer ${token}`);
  else copy.headers.delete('Authorization');
  return copy;
}

/**
 * Every call carries the in-memory access token. A 401 on a call that carried one means the token
 * ran out early (server restart, clock skew): renew once and retry; if the session is over,
 * retry without a token, so a public page still answers and a private one gets its 401.
 */
async function fetchWithSession(request: Request): Promise<Response> {
  const token = tokens.accessToken();
  const retry = request.clone();
  const response = await fetch(withToken(request, token));
  if (response.status !== 401 || !token) return response;
  const renewed = await tokens.renewAfterRejection();
  return fetch(withToken(retry, renewed));
}

/** The typed client of the API (generated types: `npm run api:generate`). */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: fetchWithSession,
});

/** For the auth routes themselves: no token, no retry (the session calls these). */
export const authApi = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
});
