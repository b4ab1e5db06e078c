import type { Schemas } from './client';

export type ErrorBody = Schemas['ErrorResponse'];

/** An answer other than 2xx, with the API's stable code and field problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; messages: string[] }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    const error = (body as Partial<ErrorBody> | undefined)?.error;
    if (error && typeof error.code === 'string') {
      return new ApiError(status, error.code, error.message, error.fields ?? []);
    }
    return new ApiError(status, status >= 500 ? 'SERVER_ERROR' : 'HTTP_ERROR', `HTTP ${status}`);
  }
}

/** No answer at all (offline, server down). */
export class NetworkError extends Error {
  constructor() {
    super('network');
    this.name = 'NetworkError';
  }
}

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError carrying the API's error body.
 * `fetch` failures become a NetworkError.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new NetworkError();
  }
  if (!result.response.ok) throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}
