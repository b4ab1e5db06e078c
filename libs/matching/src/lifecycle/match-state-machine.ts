import type { MatchState } from '../entities/match.entity';

/**
 * The consent-based lifecycle of a match: suggested → interest (one side) → mutual (both sides;
 * contacts revealed) → negotiating → agreed, or declined from any state that is not final.
 */
export const MATCH_ACTIONS = ['interest', 'decline', 'negotiate', 'agree'] as const;
export type MatchAction = (typeof MATCH_ACTIONS)[number];

export type MatchSideName = 'subject' | 'counterpart';

export interface LifecycleSnapshot {
  state: MatchState;
  subjectInterested: boolean;
  counterpartInterested: boolean;
}

/** States in which each side sees the other's contact details. */
export const CONTACT_STATES: readonly MatchState[] = ['mutual', 'negotiating', 'agreed'];
export const FINAL_STATES: readonly MatchState[] = ['agreed', 'declined'];

const interested = (snapshot: LifecycleSnapshot, side: MatchSideName) =>
  side === 'subject' ? snapshot.subjectInterested : snapshot.counterpartInterested;

/** The state an action leads to for this side, or undefined when it is not allowed now. */
export function nextMatchState(
  snapshot: LifecycleSnapshot,
  side: MatchSideName,
  action: MatchAction,
): MatchState | undefined {
  const { state } = snapshot;
  switch (action) {
    case 'interest': {
      if (state !== 'suggested' && state !== 'interest') return undefined;
      if (interested(snapshot, side)) return undefined;
      const other: MatchSideName = side === 'subject' ? 'counterpart' : 'subject';
      return interested(snapshot, other) ? 'mutual' : 'interest';
    }
    case 'negotiate':
      return state === 'mutual' ? 'negotiating' : undefined;
    case 'agree':
      return state === 'negotiating' ? 'agreed' : undefined;
    case 'decline':
      return FINAL_STATES.includes(state) ? undefined : 'declined';
  }
}

/** What this side may do now, in the order a client shows them. */
export function allowedMatchActions(
  snapshot: LifecycleSnapshot,
  side: MatchSideName,
): MatchAction[] {
  return MATCH_ACTIONS.filter((action) => nextMatchState(snapshot, side, action) !== undefined);
}
