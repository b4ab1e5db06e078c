import { useSyncExternalStore } from 'react';
import { session, type SessionState } from './session';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

/** Platform roles and organisation types the navigation is filtered by. */
export function rolesOf(state: SessionState): Set<string> {
  if (state.status !== 'signed-in') return new Set(['anonymous']);
  return new Set([
    'signed-in',
    ...state.me.platformRoles,
    ...state.me.memberships.map((m) => m.organisationType),
    ...state.me.memberships.filter((m) => m.role === 'owner').map(() => 'owner'),
  ]);
}
