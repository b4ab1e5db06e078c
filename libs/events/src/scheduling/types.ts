/**
 * The meeting scheduler's input and output. Everything is indexed (participants, slots, requests
 * by position) so the solver works on typed arrays; the events service maps its ids to indexes.
 */

/** A meeting slot; slots are given in chronological order, a slot's index is its position. */
export interface SchedulingSlot {
  /** Day number (0-based); idle gaps are counted per participant and day. */
  day: number;
}

/** A registered organisation: its attendees may hold parallel meetings, one each. */
export interface SchedulingParticipant {
  /** Attendees (1–3): meetings this participant may hold in the same slot. */
  people: number;
  /** Most meetings in the whole event. */
  cap: number;
  /** Slot indexes the participant cannot make. */
  unavailable: readonly number[];
}

/** A pair that should meet, with its value: mutual request > accepted request > suggestion. */
export interface SchedulingRequest {
  a: number;
  b: number;
  weight: number;
  /** Online meetings take no table (they get a video link). */
  online: boolean;
}

/** A meeting that must stay where it is (pinned by the organiser, or already published). */
export interface FixedMeeting {
  request: number;
  slot: number;
  table: number | null;
  personA?: number;
  personB?: number;
}

export interface SchedulingInstance {
  slots: readonly SchedulingSlot[];
  /** Tables per slot for offline meetings. */
  tables: number;
  participants: readonly SchedulingParticipant[];
  requests: readonly SchedulingRequest[];
  /** Pairs that must never meet (a "no thanks" from either side). Order within a pair is free. */
  vetoes?: readonly (readonly [number, number])[];
  fixed?: readonly FixedMeeting[];
}

export interface ScheduledMeeting {
  request: number;
  slot: number;
  /** Table index (0-based), null for an online meeting. */
  table: number | null;
  /** Which attendee of side a / side b holds the meeting (0-based). */
  personA: number;
  personB: number;
  /** Kept from the input (pinned or published). */
  fixed: boolean;
}

export interface SchedulerOptions {
  /** Seed for tie-breaking; the same instance and seed give the same schedule. */
  seed?: number;
  /**
   * Time for the weight exchanges (objective 1) before fairness and compaction run; the local
   * search usually stops earlier, at a local optimum. Default 0.5 ms per request, between 0.5 and 6 s.
   */
  timeBudgetMs?: number;
  /** Passes of the idle-gap local search (each pass tries every meeting once). Default 30. */
  compactionPasses?: number;
  /** Called between phases with a fraction in [0, 1] (the BullMQ job reports it). */
  onProgress?: (fraction: number, phase: SchedulerPhase) => void;
}

/** The solver's phases, in order (the organiser's page names them). */
export const SCHEDULER_PHASES = [
  'seeding',
  'filling',
  'chains',
  'exchanges',
  'fairness',
  'compacting',
  'baseline',
  'done',
] as const;
export type SchedulerPhase = (typeof SCHEDULER_PHASES)[number];

export interface SchedulerProgress {
  /** Share of the work done, in [0, 1], never decreasing. */
  fraction: number;
  phase: SchedulerPhase;
}

export interface Schedule {
  meetings: ScheduledMeeting[];
}

export class SchedulingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchedulingInputError';
  }
}
