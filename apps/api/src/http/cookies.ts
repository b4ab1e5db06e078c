import type { Request } from 'express';

/** The value of one cookie of the request, or undefined (no cookie parser middleware needed). */
export function readCookie(request: Pick<Request, 'headers'>, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(separator + 1).trim()) || undefined;
    } catch {
      return undefined; // malformed %-escape: as if absent
    }
  }
  return undefined;
}

export interface CookieOptions {
  path: string;
  /** 0 clears the cookie. */
  maxAgeSeconds: number;
  secure: boolean;
}

/** A Set-Cookie value that no script can read and no other site can make the browser send. */
export function strictCookie(name: string, value: string, options: CookieOptions): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
