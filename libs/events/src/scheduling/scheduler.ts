import { Board } from './board';
import { compactAgendas } from './compaction';
import { byWeight, greedyFill } from './greedy';
import { applyInsertion, gapCost, hasFreeTable, Insertion, planInsertion } from './insertion';
import { SeededRandom } from './random';
import {
  Schedule,
  SchedulerOptions,
  SchedulerPhase,
  SchedulerProgress,
  SchedulingInstance,
} from './types';
import { insertByChains, raiseWeight } from './weight-search';

const DEFAULT_PASSES = 30;
/**
 * A safety stop for the weight phases, 0.5 ms per request (1.5 s at 3,000, 6 s at 12,000): they
 * normally end at a local optimum well before it (0.3 s and 3 s of CPU on those sizes).
 */
const timeBudgetOf = (requests: number) => Math.min(6_000, Math.max(500, 0.5 * requests));
const MINIMUM_ROUNDS = 2;
/**
 * Seeding orders requests by weight minus a price on the table an offline meeting takes. Tables
 * are usually the scarce resource: at price 0 a light offline meeting takes a table a heavier
 * pair could have used after an online one; the LP bound's dual price is typically 0.25–0.75.
 * Each price is a cheap greedy run; the heaviest seed goes on.
 */
const TABLE_PRICES = [0, 0.25, 0.5, 0.75];

/**
 * Assigns meetings to (slot, table). Hard constraints: nobody double-booked (one meeting per
 * attendee and slot), availability, caps, a table per offline meeting, vetoes never scheduled,
 * fixed (pinned or published) meetings kept where they are. Objectives, lexicographic: total
 * weight; then fairness (fewest participants without a meeting, then a higher minimum), only by
 * moves that keep the weight; then compact agendas (few idle slots, moves that keep the set of
 * meetings); stability (only free capacity is used around fixed meetings).
 *
 * Phases: greedy seeding by weight less a table price, each request in the slot closing gaps;
 * a fill pass (insert what is left, moving one blocking meeting or swapping it for a lighter
 * one); Kempe chains (shift a chain of meetings between two slots so a pair free in different
 * slots meets); weight exchanges (a heavier request replaces the lighter meetings in its way,
 * which go back where they fit);
 * fairness repair and raising the minimum by weight-neutral or weight-raising insertions; local
 * search on idle gaps. Guarantee: weight at least the plain greedy's and never more zero-meeting
 * participants (the run falls back to improving the greedy's own schedule otherwise).
 */
export function scheduleMeetings(
  instance: SchedulingInstance,
  options: SchedulerOptions = {},
): Schedule {
  const steps = scheduleStepwise(instance, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    options.onProgress?.(step.value.fraction, step.value.phase);
  }
}

/**
 * The same scheduler, yielding between phases so a caller can report progress (the BullMQ job
 * writes it to the run's row) and let its event loop breathe; the result equals
 * `scheduleMeetings` for the same instance and seed.
 */
export function* scheduleStepwise(
  instance: SchedulingInstance,
  options: SchedulerOptions = {},
): Generator<SchedulerProgress, Schedule, void> {
  const seed = options.seed ?? 1;
  const deadline = Date.now() + (options.timeBudgetMs ?? timeBudgetOf(instance.requests.length));
  yield { fraction: 0, phase: 'seeding' };
  const rng = new SeededRandom(seed);
  const shuffled = rng.shuffle(Array.from({ length: instance.requests.length }, (_, r) => r));
  let seeded: Board | undefined;
  for (const tablePrice of TABLE_PRICES) {
    const board = new Board(instance);
    compactSeed(board, byPricedWeight(board, shuffled, tablePrice));
    if (!seeded || totalWeight(board) > totalWeight(seeded) + 1e-9) seeded = board;
  }
  if (!seeded) throw new Error('no table price tried');
  yield* improve(seeded, options, rng, deadline, 0.05, 0.95);

  yield { fraction: 0.95, phase: 'baseline' };
  const baseline = new Board(instance);
  greedyFill(baseline, byWeight(baseline));
  let best = seeded;
  if (!atLeastAsGood(seeded, baseline)) {
    const rescue = improve(
      baseline,
      options,
      new SeededRandom(seed ^ 0x5bd1e995),
      deadline,
      0.95,
      0.95,
    );
    while (!rescue.next().done) continue;
    best = baseline;
  }
  yield { fraction: 1, phase: 'done' };
  return best.toSchedule();
}

/** The schedule keeps both guarantees against the greedy: weight, then zero-meeting count. */
function atLeastAsGood(board: Board, greedy: Board): boolean {
  return (
    totalWeight(board) >= totalWeight(greedy) - 1e-9 &&
    zeroMeetingCount(board) <= zeroMeetingCount(greedy)
  );
}

function* improve(
  board: Board,
  options: SchedulerOptions,
  rng: SeededRandom,
  deadline: number,
  from: number,
  to: number,
): Generator<SchedulerProgress, void, void> {
  const at = (share: number, phase: SchedulerPhase): SchedulerProgress => ({
    fraction: from + (to - from) * share,
    phase,
  });
  yield at(0, 'filling');
  fill(board);
  yield at(0.1, 'chains');
  insertByChains(board, byWeight(board), deadline);
  yield at(0.4, 'exchanges');
  raiseWeight(board, byWeight(board), deadline);
  fill(board);
  yield at(0.65, 'fairness');
  repairFairness(board, rng);
  raiseMinimum(board, rng);
  fill(board);
  yield at(0.75, 'compacting');
  const compactionStop = Date.now() + (options.timeBudgetMs ?? timeBudgetOf(board.R));
  compactAgendas(board, rng, options.compactionPasses ?? DEFAULT_PASSES, compactionStop);
}

/** Allowed, unscheduled requests by weight minus the table price (offline only), ties in `order`. */
function byPricedWeight(board: Board, order: readonly number[], tablePrice: number): number[] {
  const value = (r: number) => board.weight[r] - (board.online[r] ? 0 : tablePrice);
  const rank = new Int32Array(board.R);
  order.forEach((r, i) => (rank[r] = i));
  return order
    .filter((r) => board.allowed[r] && board.slotOf[r] < 0)
    .sort((x, y) => value(y) - value(x) || rank[x] - rank[y]);
}

/** Weighted greedy that places each request in the feasible slot adding the fewest idle slots. */
function compactSeed(board: Board, order: readonly number[]): void {
  for (const r of order) {
    let best = -1;
    let bestCost = Infinity;
    for (let s = 0; s < board.S; s++) {
      if (!board.canPlace(r, s)) continue;
      const cost = gapCost(board, board.reqA[r], s) + gapCost(board, board.reqB[r], s);
      if (cost < bestCost) {
        bestCost = cost;
        best = s;
        if (cost < 0) break;
      }
    }
    if (best >= 0) board.place(r, best);
  }
}

/** Inserts what is left, heaviest first: into a free slot, by moving a blocker, or by swapping it for a lighter one. */
function fill(board: Board): void {
  let freeTables = hasFreeTable(board);
  for (const r of byWeight(board)) {
    const plan = planInsertion(board, r, -1e-9, freeTables);
    if (!plan) continue;
    applyInsertion(board, plan);
    if (plan.eject !== undefined) reinsert(board, plan.eject);
    freeTables = hasFreeTable(board);
  }
}

function reinsert(board: Board, r: number): void {
  const plan = planInsertion(board, r, undefined, hasFreeTable(board));
  if (plan) applyInsertion(board, plan);
}

/**
 * Gives participants without a meeting one, by insertions that do not lower the weight (into
 * free capacity, moving a blocker, or swapping out a meeting no heavier).
 */
function repairFairness(board: Board, rng: SeededRandom): void {
  for (let round = 0; round < 3; round++) {
    if (giveOneMore(board, rng.shuffle(zeroMeetingParticipants(board)), 0) === 0) break;
  }
}

/** Then the fewest meetings anyone has goes up, by the same weight-keeping insertions. */
function raiseMinimum(board: Board, rng: SeededRandom): void {
  for (let round = 0; round < MINIMUM_ROUNDS; round++) {
    let min = Infinity;
    const active: number[] = [];
    for (let p = 0; p < board.P; p++)
      if (board.cap[p] > 0 && board.byParticipant[p].length > 0) {
        active.push(p);
        min = Math.min(min, board.count[p]);
      }
    if (!Number.isFinite(min)) return;
    const lowest = active.filter((p) => board.count[p] === min && board.count[p] < board.cap[p]);
    if (giveOneMore(board, rng.shuffle(lowest), min) === 0) return;
  }
}

/** For each participant with `level` meetings, the best weight-keeping insertion of one more. */
function giveOneMore(board: Board, participants: readonly number[], level: number): number {
  let given = 0;
  for (const z of participants) {
    if (board.count[z] !== level) continue;
    const freeTables = hasFreeTable(board);
    let best: Insertion | undefined;
    for (const r of board.byParticipant[z]) {
      if (board.slotOf[r] >= 0) continue;
      const plan = planInsertion(board, r, 0, freeTables, level);
      if (plan && (!best || plan.gain > best.gain)) best = plan;
    }
    if (!best) continue;
    applyInsertion(board, best);
    if (best.eject !== undefined) reinsert(board, best.eject);
    given++;
  }
  return given;
}

/** Participants that could meet someone (a cap and an allowed request) but have no meeting. */
function zeroMeetingParticipants(board: Board): number[] {
  const zeros: number[] = [];
  for (let p = 0; p < board.P; p++)
    if (board.count[p] === 0 && board.cap[p] > 0 && board.byParticipant[p].length > 0)
      zeros.push(p);
  return zeros;
}

function zeroMeetingCount(board: Board): number {
  return zeroMeetingParticipants(board).length;
}

function totalWeight(board: Board): number {
  let w = 0;
  for (let r = 0; r < board.R; r++) if (board.slotOf[r] >= 0) w += board.weight[r];
  return w;
}
