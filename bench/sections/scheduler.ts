import highsLoader from 'highs';
import {
  evaluateSchedule,
  generateInstance,
  greedySchedule,
  InstanceShape,
  lpRelaxationModel,
  scheduleMeetings,
  ScheduleQuality,
} from '@rongtong/events';
import { Figure } from '../report';

/** The two sizes of issue 10: time limits in seconds. */
export const SCHEDULER_SIZES: {
  name: string;
  shape: Omit<InstanceShape, 'seed'>;
  limitSeconds: number;
}[] = [
  {
    name: '500×12×100',
    shape: { participants: 500, slots: 12, days: 1, tables: 100, requests: 3000 },
    limitSeconds: 2,
  },
  {
    name: '2000×16×300',
    shape: { participants: 2000, slots: 16, days: 2, tables: 300, requests: 12000 },
    limitSeconds: 10,
  },
];

export interface SchedulerSizeResult {
  name: string;
  participants: number;
  slots: number;
  tables: number;
  requests: number;
  seconds: number;
  /** CPU time of the scheduling thread (the machine may be shared; wall time then inflates). */
  cpuSeconds: number;
  greedySeconds: number;
  bound?: number;
  boundSeconds?: number;
  boundStatus?: string;
  scheduler: ScheduleQuality;
  greedy: ScheduleQuality;
}

type Highs = Awaited<ReturnType<typeof highsLoader>>;
const loadHighs = (): Promise<Highs> => highsLoader();

/**
 * Scheduler vs the greedy baseline on seeded instances (popularity skew, multi-person
 * organisations, partial availability, online meetings, vetoes), and the LP-relaxation bound
 * (HiGHS) computed after the timed runs, outside the scheduling time.
 */
export async function runSchedulerSection(options: {
  seed: number;
  log: (line: string) => void;
  withBound?: boolean;
}): Promise<SchedulerSizeResult[]> {
  const { log } = options;
  const results: SchedulerSizeResult[] = [];
  let highs: Highs | undefined;
  for (const size of SCHEDULER_SIZES) {
    const instance = generateInstance({ ...size.shape, seed: options.seed });
    log(`  ${size.name}: ${instance.requests.length} requests, scheduling …`);
    let started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const schedule = scheduleMeetings(instance, { seed: options.seed });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    started = process.hrtime.bigint();
    const baseline = greedySchedule(instance);
    const greedySeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const result: SchedulerSizeResult = {
      name: size.name,
      participants: size.shape.participants,
      slots: size.shape.slots,
      tables: size.shape.tables,
      requests: instance.requests.length,
      seconds: round(seconds, 3),
      cpuSeconds: round(cpuSeconds, 3),
      greedySeconds: round(greedySeconds, 3),
      scheduler: evaluateSchedule(instance, schedule),
      greedy: evaluateSchedule(instance, baseline),
    };
    log(
      `  ${size.name}: ${result.seconds} s (cpu ${result.cpuSeconds} s), weight ${result.scheduler.weight.toFixed(1)} (greedy ${result.greedy.weight.toFixed(1)}), zero ${result.scheduler.zeroMeeting} (${result.greedy.zeroMeeting}), idle ${result.scheduler.idleSlots} (${result.greedy.idleSlots})`,
    );
    if (options.withBound !== false) {
      log(`  ${size.name}: LP bound (HiGHS, untimed for the scheduler) …`);
      highs ??= await loadHighs();
      started = process.hrtime.bigint();
      const solution = highs.solve(lpRelaxationModel(instance), { output_flag: false });
      result.boundSeconds = round(Number(process.hrtime.bigint() - started) / 1e9, 2);
      result.boundStatus = solution.Status;
      if (solution.Status === 'Optimal') result.bound = solution.ObjectiveValue;
      log(
        `  ${size.name}: bound ${result.bound?.toFixed(1) ?? solution.Status} in ${result.boundSeconds} s`,
      );
    }
    results.push(result);
  }
  return results;
}

export function schedulerFigures(results: SchedulerSizeResult[]): Figure[] {
  const figures: Figure[] = [];
  for (const r of results) {
    const section = `scheduler ${r.name}`;
    const ratio = r.bound ? round(r.scheduler.weight / r.bound, 4) : 'no bound';
    const greedyRatio = r.bound ? round(r.greedy.weight / r.bound, 4) : 'no bound';
    figures.push(
      {
        section,
        metric: `sizes: participants × slots × tables, requests`,
        value: `${r.participants} × ${r.slots} × ${r.tables}, ${r.requests}`,
      },
      {
        section,
        metric: 'scheduler time (greedy time)',
        value: `${r.seconds} (${r.greedySeconds})`,
        unit: 's',
        target: `≤ ${SCHEDULER_SIZES.find((s) => s.name === r.name)?.limitSeconds ?? '?'} s`,
        pass: r.seconds <= (SCHEDULER_SIZES.find((s) => s.name === r.name)?.limitSeconds ?? 0),
      },
      {
        section,
        metric: 'scheduler CPU time (wall time on a loaded machine is higher)',
        value: r.cpuSeconds,
        unit: 's',
      },
      {
        section,
        metric: 'weight / LP bound: scheduler (greedy)',
        value: `${ratio} (${greedyRatio})`,
        target: '≥ 0.99',
        pass: typeof ratio === 'number' ? ratio >= 0.99 : undefined,
      },
      {
        section,
        metric: 'meetings: scheduler (greedy)',
        value: `${r.scheduler.meetings} (${r.greedy.meetings})`,
      },
      {
        section,
        metric: 'participants with zero meetings: scheduler (greedy)',
        value: `${r.scheduler.zeroMeeting} (${r.greedy.zeroMeeting})`,
        target: '≤ greedy',
        pass: r.scheduler.zeroMeeting <= r.greedy.zeroMeeting,
      },
      {
        section,
        metric: 'fewest meetings of a participant: scheduler (greedy)',
        value: `${r.scheduler.minMeetings} (${r.greedy.minMeetings})`,
      },
      {
        section,
        metric: 'idle slots: scheduler (greedy), ratio',
        value: `${r.scheduler.idleSlots} (${r.greedy.idleSlots}), ${round(r.scheduler.idleSlots / Math.max(1, r.greedy.idleSlots), 3)}`,
        target: '≤ 0.5 of greedy',
        pass: r.scheduler.idleSlots <= 0.5 * r.greedy.idleSlots,
      },
      {
        section,
        metric: 'hard-constraint violations: scheduler (greedy)',
        value: `${r.scheduler.violations.length} (${r.greedy.violations.length})`,
        target: '0',
        pass: r.scheduler.violations.length === 0 && r.greedy.violations.length === 0,
      },
      {
        section,
        metric: 'LP bound time (not part of scheduling)',
        value: r.boundSeconds ?? 'skipped',
        unit: 's',
      },
    );
  }
  return figures;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
