import { evaluateSchedule } from './evaluate';
import { greedySchedule } from './greedy';
import { scheduleMeetings, scheduleStepwise } from './scheduler';
import { generateInstance } from './instance-generator';
import { SchedulingInputError, SchedulingInstance } from './types';

const slots = (n: number, perDay = n) =>
  Array.from({ length: n }, (_, s) => ({ day: Math.floor(s / perDay) }));
const person = (cap = 10, unavailable: number[] = [], people = 1) => ({ people, cap, unavailable });

describe('scheduleMeetings', () => {
  it('never double-books a one-person participant and gives every offline meeting its own table', () => {
    const instance: SchedulingInstance = {
      slots: slots(2),
      tables: 2,
      participants: [person(), person(), person(), person()],
      requests: [
        { a: 0, b: 1, weight: 3, online: false },
        { a: 0, b: 2, weight: 2, online: false },
        { a: 0, b: 3, weight: 1, online: false },
      ],
    };
    const schedule = scheduleMeetings(instance);
    const quality = evaluateSchedule(instance, schedule);
    expect(quality.violations).toEqual([]);
    expect(quality.meetings).toBe(2);
    expect(schedule.meetings.map((m) => m.request).sort()).toEqual([0, 1]);
    expect(new Set(schedule.meetings.map((m) => m.slot)).size).toBe(2);
  });

  it('lets an organisation with two attendees hold two meetings in the same slot, one each', () => {
    const instance: SchedulingInstance = {
      slots: slots(1),
      tables: 5,
      participants: [person(10, [], 2), person(), person(), person()],
      requests: [
        { a: 0, b: 1, weight: 3, online: false },
        { a: 0, b: 2, weight: 2, online: false },
        { a: 0, b: 3, weight: 1, online: false },
      ],
    };
    const schedule = scheduleMeetings(instance);
    expect(evaluateSchedule(instance, schedule).violations).toEqual([]);
    expect(schedule.meetings).toHaveLength(2);
    expect(schedule.meetings.map((m) => m.personA).sort()).toEqual([0, 1]);
  });

  it('never schedules a vetoed pair, respects availability and caps', () => {
    const instance: SchedulingInstance = {
      slots: slots(3),
      tables: 5,
      participants: [person(1), person(10, [0, 1]), person(), person()],
      requests: [
        { a: 0, b: 2, weight: 3, online: false },
        { a: 0, b: 3, weight: 2, online: false },
        { a: 1, b: 2, weight: 1, online: false },
        { a: 2, b: 3, weight: 5, online: false },
      ],
      vetoes: [[3, 2]],
    };
    const schedule = scheduleMeetings(instance);
    const quality = evaluateSchedule(instance, schedule);
    expect(quality.violations).toEqual([]);
    expect(schedule.meetings.some((m) => m.request === 3)).toBe(false); // vetoed
    expect(schedule.meetings.filter((m) => m.request <= 1)).toHaveLength(1); // participant 0 capped at 1
    expect(schedule.meetings.find((m) => m.request === 2)?.slot).toBe(2); // 1 can only make slot 2
  });

  it('gives online meetings no table and holds offline meetings to the tables of a slot', () => {
    const instance: SchedulingInstance = {
      slots: slots(1),
      tables: 1,
      participants: [person(), person(), person(), person(), person(), person()],
      requests: [
        { a: 0, b: 1, weight: 1, online: false },
        { a: 2, b: 3, weight: 1, online: false },
        { a: 4, b: 5, weight: 1, online: true },
      ],
    };
    const schedule = scheduleMeetings(instance);
    expect(evaluateSchedule(instance, schedule).violations).toEqual([]);
    expect(schedule.meetings).toHaveLength(2);
    expect(schedule.meetings.find((m) => m.request === 2)?.table).toBeNull();
  });

  it('closes an idle gap the greedy leaves open', () => {
    // 0 meets 1 (heavier) and 2; 2 cannot make slot 1. Greedy: 0–1 in slot 0, 0–2 in slot 2.
    const instance: SchedulingInstance = {
      slots: slots(3),
      tables: 5,
      participants: [person(), person(), person(10, [1])],
      requests: [
        { a: 0, b: 1, weight: 2, online: false },
        { a: 0, b: 2, weight: 1, online: false },
      ],
    };
    expect(evaluateSchedule(instance, greedySchedule(instance)).idleSlots).toBe(1);
    const quality = evaluateSchedule(instance, scheduleMeetings(instance));
    expect(quality).toMatchObject({ meetings: 2, idleSlots: 0, violations: [] });
  });

  it('gives a participant the greedy leaves without a meeting one by moving another meeting', () => {
    // 0 and 1 are popular; 3 can only make slot 0, where greedy already put 0–1 (and 1–2).
    const instance: SchedulingInstance = {
      slots: slots(2),
      tables: 5,
      participants: [person(), person(10, [], 2), person(), person(10, [1])],
      requests: [
        { a: 0, b: 1, weight: 3, online: false },
        { a: 1, b: 2, weight: 3, online: false },
        { a: 0, b: 3, weight: 1, online: false },
      ],
    };
    expect(evaluateSchedule(instance, greedySchedule(instance)).zeroMeeting).toBe(1);
    const quality = evaluateSchedule(instance, scheduleMeetings(instance));
    expect(quality).toMatchObject({ zeroMeeting: 0, meetings: 3, violations: [] });
  });

  it('keeps fixed (pinned or published) meetings where they are and fills only free capacity', () => {
    const instance: SchedulingInstance = {
      slots: slots(3),
      tables: 1,
      participants: [person(), person(), person(), person()],
      requests: [
        { a: 0, b: 1, weight: 1, online: false },
        { a: 2, b: 3, weight: 3, online: false },
        { a: 0, b: 2, weight: 2, online: false },
      ],
      fixed: [{ request: 0, slot: 1, table: 0 }],
    };
    const schedule = scheduleMeetings(instance);
    expect(evaluateSchedule(instance, schedule).violations).toEqual([]);
    expect(schedule.meetings.find((m) => m.request === 0)).toMatchObject({
      slot: 1,
      table: 0,
      fixed: true,
    });
    expect(schedule.meetings.filter((m) => m.slot === 1)).toHaveLength(1);
    expect(schedule.meetings).toHaveLength(3);
  });

  it('refuses fixed meetings that break a hard constraint', () => {
    const instance: SchedulingInstance = {
      slots: slots(2),
      tables: 1,
      participants: [person(), person(10, [0]), person(), person()],
      requests: [
        { a: 0, b: 1, weight: 1, online: false },
        { a: 2, b: 3, weight: 1, online: false },
      ],
    };
    expect(() =>
      scheduleMeetings({ ...instance, fixed: [{ request: 0, slot: 0, table: 0 }] }),
    ).toThrow(SchedulingInputError);
    expect(() =>
      scheduleMeetings({
        ...instance,
        fixed: [
          { request: 0, slot: 1, table: 0 },
          { request: 1, slot: 1, table: 0 },
        ],
      }),
    ).toThrow(/table 0 is taken/);
  });

  it('is deterministic for a seed and reports progress up to 1', () => {
    const instance: SchedulingInstance = {
      slots: slots(4, 2),
      tables: 2,
      participants: Array.from({ length: 8 }, () => person(3)),
      requests: Array.from({ length: 12 }, (_, i) => ({
        a: i % 8,
        b: (i * 3 + 1) % 8,
        weight: 1 + (i % 3),
        online: i % 5 === 0,
      })).filter((q) => q.a !== q.b),
    };
    const fractions: number[] = [];
    const first = scheduleMeetings(instance, { seed: 7, onProgress: (f) => fractions.push(f) });
    expect(scheduleMeetings(instance, { seed: 7 })).toEqual(first);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
  });

  it('leaves the only table free when two online meetings together outweigh the heavier offline one', () => {
    // Greedy by weight seats 0–1 at the table and then 0 and 1 are busy: weight 2. The two online
    // meetings weigh 3 and need no table.
    const instance: SchedulingInstance = {
      slots: slots(1),
      tables: 1,
      participants: [person(), person(), person(), person()],
      requests: [
        { a: 0, b: 1, weight: 2, online: false },
        { a: 0, b: 2, weight: 1.5, online: true },
        { a: 1, b: 3, weight: 1.5, online: true },
      ],
    };
    expect(evaluateSchedule(instance, greedySchedule(instance)).weight).toBe(2);
    const quality = evaluateSchedule(instance, scheduleMeetings(instance));
    expect(quality.violations).toEqual([]);
    expect(quality.weight).toBe(3);
  });

  it('shifts meetings between two slots so a pair free in different slots can meet (Kempe chain)', () => {
    // Greedy: 3–4 and 1–2 in slot 0, 0–1 and 3–5 in slot 1; then 0 is free only in slot 0 and
    // 4 only in slot 1, and no single move helps. The chain 3–4 → slot 1, 3–5 → slot 0 frees 4.
    const instance: SchedulingInstance = {
      slots: slots(2),
      tables: 10,
      participants: Array.from({ length: 6 }, () => person()),
      requests: [
        { a: 3, b: 4, weight: 6, online: false },
        { a: 1, b: 2, weight: 5, online: false },
        { a: 1, b: 0, weight: 4, online: false },
        { a: 3, b: 5, weight: 3, online: false },
        { a: 0, b: 4, weight: 1, online: false },
      ],
    };
    expect(evaluateSchedule(instance, greedySchedule(instance)).weight).toBe(18);
    const quality = evaluateSchedule(instance, scheduleMeetings(instance));
    expect(quality.violations).toEqual([]);
    expect(quality.weight).toBe(19);
  });

  it('never gives up weight for fairness: the heavier pair keeps the single table', () => {
    const instance: SchedulingInstance = {
      slots: slots(1),
      tables: 1,
      participants: [person(), person(), person(), person()],
      requests: [
        { a: 0, b: 1, weight: 3, online: false },
        { a: 2, b: 3, weight: 1, online: false },
      ],
    };
    const quality = evaluateSchedule(instance, scheduleMeetings(instance));
    expect(quality.weight).toBe(3);
    expect(quality.zeroMeeting).toBe(2);
  });

  it('gives the same schedule stepwise (as the BullMQ job runs it), its progress rising to 1', () => {
    const instance = generateInstance({
      participants: 60,
      slots: 8,
      days: 2,
      tables: 12,
      requests: 300,
      seed: 11,
    });
    const steps = scheduleStepwise(instance, { seed: 4 });
    const fractions: number[] = [];
    const phases: string[] = [];
    let result = steps.next();
    while (!result.done) {
      fractions.push(result.value.fraction);
      phases.push(result.value.phase);
      result = steps.next();
    }
    expect(result.value).toEqual(scheduleMeetings(instance, { seed: 4 }));
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(phases).toEqual(
      expect.arrayContaining([
        'seeding',
        'filling',
        'chains',
        'exchanges',
        'fairness',
        'compacting',
      ]),
    );
  });
});
