import type { Request } from 'express';
import { ForbiddenError } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { readCookie, strictCookie } from '../http/cookies';

/** Where Bull Board is served: outside the API prefix, as a page a browser opens. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Carries the admin's access token to the dashboard, whose page and API calls a browser makes
 * without an Authorization header. HttpOnly (no script reads it), SameSite=Strict (no other site
 * can make the browser send it) and scoped to the dashboard's path.
 */
export const QUEUE_DASHBOARD_COOKIE = 'rongtong_queue_dashboard';

export function assertAdmin(user: AuthenticatedUser): void {
  if (!user.platformRoles.includes('admin')) {
    throw new ForbiddenError('ADMIN_ONLY', 'Only platform admins may do this');
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  return header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}

/** The access token from `Authorization: Bearer …`, else from the dashboard cookie. */
export function dashboardToken(request: Pick<Request, 'headers'>): string | undefined {
  const header = request.headers.authorization;
  if (header) return bearerToken(header);
  return readCookie(request, QUEUE_DASHBOARD_COOKIE);
}

/** The Set-Cookie value that opens the dashboard for a token's lifetime (or closes it: 0). */
export function dashboardCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return strictCookie(QUEUE_DASHBOARD_COOKIE, token, {
    path: QUEUE_DASHBOARD_PATH,
    maxAgeSeconds,
    secure,
  });
}
