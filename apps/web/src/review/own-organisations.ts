import { useSession } from '../auth/use-session';

/** The organisations the reviewer belongs to: their items are never theirs to decide. */
export function useOwnOrganisationIds(): Set<string> {
  const state = useSession();
  return new Set(
    state.status === 'signed-in' ? state.me.memberships.map((m) => m.organisationId) : [],
  );
}
