import type { EventState } from './vocabulary';

/** What an organiser does to an event, each moving it one step along its life. */
export const EVENT_ACTIONS = [
  'open',
  'close_registration',
  'reopen_registration',
  'publish_schedule',
  'start',
  'finish',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

const TRANSITIONS: Record<EventAction, { from: readonly EventState[]; to: EventState }> = {
  open: { from: ['draft'], to: 'open' },
  close_registration: { from: ['open'], to: 'scheduling' },
  reopen_registration: { from: ['scheduling'], to: 'open' },
  // A re-run after publication is published again (only free slots change).
  publish_schedule: { from: ['scheduling', 'published'], to: 'published' },
  start: { from: ['published'], to: 'running' },
  finish: { from: ['running'], to: 'finished' },
};

/** draft → open → scheduling → published → running → finished; null when not allowed. */
export function nextEventState(from: EventState, action: EventAction): EventState | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(from) ? transition.to : null;
}

export function eventActionsFrom(state: EventState): EventAction[] {
  return (Object.keys(TRANSITIONS) as EventAction[]).filter(
    (action) => nextEventState(state, action) !== null,
  );
}

/** States in which the event's settings (days, slots, tables, window) may still change. */
export const EDITABLE_STATES: readonly EventState[] = ['draft', 'open'];

/** States in which participants may send, answer and withdraw meeting requests. */
export const REQUEST_STATES: readonly EventState[] = ['open', 'scheduling', 'published'];

/** States in which the organiser may run the scheduler, pin and move meetings. */
export const SCHEDULING_STATES: readonly EventState[] = ['scheduling', 'published', 'running'];

/** States the public (and participants) see; a draft is only the organisers'. */
export const VISIBLE_STATES: readonly EventState[] = [
  'open',
  'scheduling',
  'published',
  'running',
  'finished',
];
