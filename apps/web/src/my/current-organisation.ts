import { useSyncExternalStore } from 'react';
import type { Me } from '../auth/session';
import { useSession } from '../auth/use-session';

export type Membership = Me['memberships'][number];

const STORAGE_KEY = 'rongtong.organisation';
const listeners = new Set<() => void>();

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Which of a person's organisations the "my …" pages act for; remembered in this browser. */
export function chooseOrganisation(organisationId: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, organisationId);
  } catch {
    // not remembered; the choice still holds until the page reloads
  }
  chosen = organisationId;
  for (const listener of listeners) listener();
}

let chosen = stored();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The organisation the signed-in person acts for (the chosen one, else their first), and all of
 * theirs. Undefined for someone without an organisation (a platform admin).
 */
export function useCurrentOrganisation(): {
  current: Membership | undefined;
  memberships: Membership[];
} {
  const state = useSession();
  const choice = useSyncExternalStore(subscribe, () => chosen);
  const memberships = state.status === 'signed-in' ? state.me.memberships : [];
  const current = memberships.find((m) => m.organisationId === choice) ?? memberships[0];
  return { current, memberships };
}
