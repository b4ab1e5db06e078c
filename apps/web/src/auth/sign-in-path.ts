import type { Location } from 'react-router';

/** /sign-in?next=<where the person was>[&expired=1] */
export function signInPath(
  location: Pick<Location, 'pathname' | 'search'>,
  expired = false,
): string {
  const params = new URLSearchParams({ next: location.pathname + location.search });
  if (expired) params.set('expired', '1');
  return `/sign-in?${params}`;
}

/** Only paths of this app: never an absolute URL (no open redirect through ?next=). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
