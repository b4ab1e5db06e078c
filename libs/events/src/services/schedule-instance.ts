import type { EventMeeting } from '../entities/event-meeting.entity';
import type { EventRegistration } from '../entities/event-registration.entity';
import type { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import type { MeetingPreferenceRow } from '../entities/meeting-preference.entity';
import type { MeetingRequest } from '../entities/meeting-request.entity';
import { eventSlots } from '../rules/event-calendar';
import type { FixedMeeting, SchedulingInstance, SchedulingRequest } from '../scheduling';

/** Weights, in the order: mutual request > accepted request > suggested by match score. */
export const MEETING_WEIGHTS = {
  mutual: 3,
  accepted: 2,
  /**
   * A system proposal (from matching, for a pair nobody requested): 1 plus its 匹配度 / 100.
   * It is scheduled while pending (opt-out: either side may decline it before the run, and a
   * declined one is never scheduled) as well as once accepted; always below a participant's
   * request, so it only fills slots and tables the requests leave free.
   */
  suggested: 1,
  mustMeet: 1,
  meet: 0.5,
} as const;

/** One pair that should meet, with what the scheduler needs to map its answer back. */
export interface PairToMeet {
  registrationAId: string;
  registrationBId: string;
  requestId: string;
  weight: number;
  online: boolean;
}

export interface BuiltInstance {
  instance: SchedulingInstance;
  registrations: EventRegistration[];
  pairs: PairToMeet[];
  /** Event table index of each on-site scheduler table (on-site tables, in the event's order). */
  tableOfSchedulerTable: number[];
  /** Existing meetings kept where they are, by pair index. */
  keptMeetings: Map<number, EventMeeting>;
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * The scheduler's instance from the event's rows: approved participants (attendees, caps,
 * availability), one request per pair with an accepted request or a pending system proposal
 * (weighted), vetoes from
 * no-thanks, and the meetings to keep: pinned ones always, published ones unless `replan`.
 * A kept meeting that no longer fits (its pair vetoed or gone, a side now unavailable) is left
 * to the scheduler instead.
 */
export function buildInstance(
  event: MatchmakingEvent,
  approved: readonly EventRegistration[],
  requests: readonly MeetingRequest[],
  preferences: readonly MeetingPreferenceRow[],
  existing: readonly EventMeeting[],
  replan: boolean,
): BuiltInstance {
  const slots = eventSlots(event.days, event.slotMinutes);
  const index = new Map(approved.map((r, i) => [r.id, i]));
  const onsiteTables = event.tables.flatMap((t, i) => (t.online ? [] : [i]));
  const participants = approved.map((r) => ({
    people: Math.max(1, r.attendees.length),
    cap: r.meetingCap ?? event.defaultMeetingCap,
    unavailable: r.unavailableSlots.filter((s) => s < slots.length),
  }));

  const vetoed = new Set<string>();
  const bonus = new Map<string, number>();
  for (const p of preferences) {
    if (!index.has(p.registrationId) || !index.has(p.targetRegistrationId)) continue;
    const key = pairKey(p.registrationId, p.targetRegistrationId);
    if (p.preference === 'no_thanks') vetoed.add(key);
    else
      bonus.set(
        key,
        (bonus.get(key) ?? 0) +
          (p.preference === 'must_meet' ? MEETING_WEIGHTS.mustMeet : MEETING_WEIGHTS.meet),
      );
  }

  const byPair = new Map<string, MeetingRequest[]>();
  for (const request of requests) {
    const proposed = request.source === 'system' && request.status === 'pending';
    if (request.status !== 'accepted' && !proposed) continue;
    if (!index.has(request.fromRegistrationId) || !index.has(request.toRegistrationId)) continue;
    const key = pairKey(request.fromRegistrationId, request.toRegistrationId);
    byPair.set(key, [...(byPair.get(key) ?? []), request]);
  }

  const online = (a: EventRegistration, b: EventRegistration) =>
    event.mode === 'online' ||
    (event.mode === 'hybrid' && (a.attendance === 'online' || b.attendance === 'online'));

  const pairs: PairToMeet[] = [];
  const schedulingRequests: SchedulingRequest[] = [];
  const pairIndex = new Map<string, number>();
  for (const [key, accepted] of byPair) {
    if (vetoed.has(key)) continue;
    const first = accepted[0];
    const [aId, bId] = [first.fromRegistrationId, first.toRegistrationId].sort();
    const a = approved[index.get(aId) ?? -1];
    const b = approved[index.get(bId) ?? -1];
    const byParticipants = accepted.filter((r) => r.source === 'participant');
    const base =
      byParticipants.length >= 2
        ? MEETING_WEIGHTS.mutual
        : byParticipants.length === 1
          ? MEETING_WEIGHTS.accepted
          : MEETING_WEIGHTS.suggested +
            Math.max(0, ...accepted.map((r) => r.matchScore ?? 0)) / 100;
    const weight = base + (bonus.get(key) ?? 0);
    pairIndex.set(key, pairs.length);
    pairs.push({
      registrationAId: aId,
      registrationBId: bId,
      requestId: (byParticipants[0] ?? first).id,
      weight,
      online: online(a, b),
    });
    schedulingRequests.push({
      a: index.get(aId) ?? 0,
      b: index.get(bId) ?? 0,
      weight,
      online: online(a, b),
    });
  }

  const schedulerTableOf = new Map(onsiteTables.map((eventTable, i) => [eventTable, i]));
  const fixed: FixedMeeting[] = [];
  const keptMeetings = new Map<number, EventMeeting>();
  const busy = new Map<string, number>();
  const tableTaken = new Set<string>();
  const keep = existing
    .filter((m) => m.status === 'scheduled' && (m.pinned || (!replan && m.publishedAt !== null)))
    .sort((x, y) => Number(y.pinned) - Number(x.pinned));
  for (const meeting of keep) {
    const r = pairIndex.get(pairKey(meeting.registrationAId, meeting.registrationBId));
    if (r === undefined || keptMeetings.has(r) || meeting.slot >= slots.length) continue;
    const q = schedulingRequests[r];
    const table =
      meeting.tableIndex === null ? null : (schedulerTableOf.get(meeting.tableIndex) ?? null);
    if (q.online !== (table === null)) continue;
    const sides = [q.a, q.b];
    const fits = sides.every(
      (p) =>
        !participants[p].unavailable.includes(meeting.slot) &&
        (busy.get(`${p}:${meeting.slot}`) ?? 0) < participants[p].people,
    );
    if (!fits || (table !== null && tableTaken.has(`${table}:${meeting.slot}`))) continue;
    for (const p of sides)
      busy.set(`${p}:${meeting.slot}`, (busy.get(`${p}:${meeting.slot}`) ?? 0) + 1);
    if (table !== null) tableTaken.add(`${table}:${meeting.slot}`);
    const aFirst = approved[q.a].id === meeting.registrationAId;
    fixed.push({
      request: r,
      slot: meeting.slot,
      table,
      personA: Math.min(aFirst ? meeting.personA : meeting.personB, participants[q.a].people - 1),
      personB: Math.min(aFirst ? meeting.personB : meeting.personA, participants[q.b].people - 1),
    });
    keptMeetings.set(r, meeting);
  }

  const vetoes = [...vetoed].map((key) => {
    const [x, y] = key.split('|');
    return [index.get(x) ?? 0, index.get(y) ?? 0] as const;
  });

  return {
    instance: {
      slots: slots.map((s) => ({ day: s.day })),
      tables: onsiteTables.length,
      participants,
      requests: schedulingRequests,
      vetoes,
      fixed,
    },
    registrations: [...approved],
    pairs,
    tableOfSchedulerTable: onsiteTables,
    keptMeetings,
  };
}
