import { Schedule, SchedulingInstance } from './types';

export interface ScheduleQuality {
  meetings: number;
  weight: number;
  /** Participants with a cap and an allowed request who got no meeting. */
  zeroMeeting: number;
  /** Fewest meetings among those participants. */
  minMeetings: number;
  /** Free slots between a participant's first and last meeting of a day, summed. */
  idleSlots: number;
  /** Broken hard constraints, in words (empty for a valid schedule). */
  violations: string[];
}

/**
 * Scores a schedule against its instance from scratch (no solver state), so tests and the bench
 * check the scheduler with code it does not share.
 */
export function evaluateSchedule(
  instance: SchedulingInstance,
  schedule: Schedule,
): ScheduleQuality {
  const { participants, requests, slots } = instance;
  const S = slots.length;
  const violations: string[] = [];
  const vetoed = new Set((instance.vetoes ?? []).map(([x, y]) => key(x, y)));
  const busy = new Map<string, number>();
  const seat = new Set<string>();
  const tableAt = new Set<string>();
  const count = new Array<number>(participants.length).fill(0);
  const seenRequest = new Set<number>();
  const seenPair = new Set<string>();
  let weight = 0;
  for (const m of schedule.meetings) {
    const q = requests[m.request];
    if (!q) {
      violations.push(`meeting for unknown request ${m.request}`);
      continue;
    }
    if (seenRequest.has(m.request)) violations.push(`request ${m.request} scheduled twice`);
    seenRequest.add(m.request);
    if (seenPair.has(key(q.a, q.b))) violations.push(`pair ${key(q.a, q.b)} meets twice`);
    seenPair.add(key(q.a, q.b));
    if (q.a === q.b) violations.push(`request ${m.request} is a participant meeting itself`);
    if (vetoed.has(key(q.a, q.b))) violations.push(`vetoed pair ${key(q.a, q.b)} scheduled`);
    if (!(m.slot >= 0 && m.slot < S)) violations.push(`meeting ${m.request} in unknown slot`);
    if (q.online) {
      if (m.table !== null) violations.push(`online meeting ${m.request} has a table`);
    } else if (m.table === null || m.table < 0 || m.table >= instance.tables) {
      violations.push(`offline meeting ${m.request} has no valid table`);
    } else {
      const t = `${m.slot}:${m.table}`;
      if (tableAt.has(t)) violations.push(`table ${m.table} double-booked in slot ${m.slot}`);
      tableAt.add(t);
    }
    for (const [p, person] of [
      [q.a, m.personA],
      [q.b, m.personB],
    ] as const) {
      const info = participants[p];
      if (info.unavailable.includes(m.slot))
        violations.push(`participant ${p} unavailable in slot ${m.slot}`);
      const k = `${p}:${m.slot}`;
      busy.set(k, (busy.get(k) ?? 0) + 1);
      if ((busy.get(k) ?? 0) > info.people)
        violations.push(`participant ${p} double-booked in slot ${m.slot}`);
      if (person < 0 || person >= info.people)
        violations.push(`participant ${p} has no attendee ${person}`);
      const sk = `${p}:${m.slot}:${person}`;
      if (seat.has(sk))
        violations.push(`attendee ${person} of ${p} double-booked in slot ${m.slot}`);
      seat.add(sk);
      count[p]++;
    }
    weight += q.weight;
  }
  participants.forEach((p, i) => {
    if (count[i] > p.cap) violations.push(`participant ${i} over its cap (${count[i]} > ${p.cap})`);
  });
  for (const f of instance.fixed ?? []) {
    const kept = schedule.meetings.find((m) => m.request === f.request);
    if (!kept || kept.slot !== f.slot || kept.table !== f.table)
      violations.push(`fixed meeting ${f.request} moved or dropped`);
  }

  const hasRequest = new Array<boolean>(participants.length).fill(false);
  requests.forEach((q) => {
    if (q.a === q.b || vetoed.has(key(q.a, q.b)) || !(q.weight > 0)) return;
    hasRequest[q.a] = true;
    hasRequest[q.b] = true;
  });
  let zeroMeeting = 0;
  let minMeetings = Infinity;
  participants.forEach((p, i) => {
    if (!hasRequest[i] || p.cap <= 0) return;
    if (count[i] === 0) zeroMeeting++;
    minMeetings = Math.min(minMeetings, count[i]);
  });

  return {
    meetings: schedule.meetings.length,
    weight,
    zeroMeeting,
    minMeetings: Number.isFinite(minMeetings) ? minMeetings : 0,
    idleSlots: idleSlots(instance, schedule),
    violations,
  };
}

function idleSlots(instance: SchedulingInstance, schedule: Schedule): number {
  const S = instance.slots.length;
  const used = new Uint8Array(instance.participants.length * S);
  for (const m of schedule.meetings) {
    const q = instance.requests[m.request];
    if (!q || m.slot < 0 || m.slot >= S) continue;
    used[q.a * S + m.slot] = 1;
    used[q.b * S + m.slot] = 1;
  }
  let idle = 0;
  instance.participants.forEach((p, i) => {
    const away = new Set(p.unavailable);
    let s = 0;
    while (s < S) {
      const day = instance.slots[s].day;
      let end = s;
      while (end < S && instance.slots[end].day === day) end++;
      let first = -1;
      let last = -1;
      for (let t = s; t < end; t++)
        if (used[i * S + t]) {
          if (first < 0) first = t;
          last = t;
        }
      for (let t = first + 1; first >= 0 && t < last; t++)
        if (!used[i * S + t] && !away.has(t)) idle++;
      s = end;
    }
  });
  return idle;
}

function key(x: number, y: number): string {
  return x < y ? `${x}-${y}` : `${y}-${x}`;
}
