import highsLoader from 'highs';
import { evaluateSchedule } from './evaluate';
import { greedySchedule } from './greedy';
import { generateInstance } from './instance-generator';
import { lpRelaxationModel } from './lp-bound';
import { SeededRandom } from './random';
import { scheduleMeetings } from './scheduler';
import { FixedMeeting, SchedulingInstance } from './types';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** Random small instances (skewed popularity, 2–3-person organisations, partial availability, vetoes). */
function randomInstances(count: number): SchedulingInstance[] {
  const rng = new SeededRandom(4242);
  return Array.from({ length: count }, (_, i) => {
    const participants = rng.int(4, 40);
    const slotCount = rng.int(1, 8);
    return generateInstance({
      participants,
      slots: slotCount,
      days: rng.int(1, Math.min(2, slotCount)),
      tables: rng.int(0, 8),
      requests: rng.int(1, participants * 3),
      seed: 1000 + i,
      skew: rng.next() * 1.5,
      multiPersonShare: rng.next() * 0.5,
      onlineShare: rng.next() * 0.4,
      partlyAvailableShare: rng.next() * 0.6,
      vetoShare: rng.next() * 0.2,
    });
  });
}

describe('scheduleMeetings on random instances', () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await highsLoader();
  });

  const instances = randomInstances(60);

  it.each(instances.map((instance, i) => [i, instance] as const))(
    'instance %i: feasible, weight and zero-meeting count no worse than greedy, within the LP bound',
    (_i, instance) => {
      const quality = evaluateSchedule(instance, scheduleMeetings(instance, { seed: 3 }));
      const greedy = evaluateSchedule(instance, greedySchedule(instance));
      expect(quality.violations).toEqual([]);
      expect(greedy.violations).toEqual([]);
      expect(quality.zeroMeeting).toBeLessThanOrEqual(greedy.zeroMeeting);
      // Lexicographic: weight first, and fairness never bought with weight.
      expect(quality.weight).toBeGreaterThanOrEqual(greedy.weight - 1e-9);
      const bound = highs.solve(lpRelaxationModel(instance), { output_flag: false });
      expect(bound.Status).toBe('Optimal');
      expect(quality.weight).toBeLessThanOrEqual(bound.ObjectiveValue + 1e-6);
    },
  );

  it.each(instances.slice(0, 20).map((instance, i) => [i, instance] as const))(
    'instance %i: a re-run keeps published meetings and adds only into free capacity',
    (_i, instance) => {
      const first = scheduleMeetings(instance, { seed: 5 });
      const rng = new SeededRandom(77);
      const fixed: FixedMeeting[] = first.meetings
        .filter(() => rng.next() < 0.6)
        .map((m) => ({
          request: m.request,
          slot: m.slot,
          table: m.table,
          personA: m.personA,
          personB: m.personB,
        }));
      const rerun = scheduleMeetings({ ...instance, fixed }, { seed: 9 });
      const quality = evaluateSchedule({ ...instance, fixed }, rerun);
      expect(quality.violations).toEqual([]);
      for (const f of fixed)
        expect(rerun.meetings.find((m) => m.request === f.request)).toMatchObject({
          slot: f.slot,
          table: f.table,
          personA: f.personA,
          personB: f.personB,
          fixed: true,
        });
    },
  );
});
