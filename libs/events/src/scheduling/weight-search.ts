import { Board } from './board';
import { applyInsertion, hasFreeTable, planInsertion } from './insertion';

const EPSILON = 1e-9;

/** Adding request r in slot s after removing `eject`: the weight it wins. */
interface Exchange {
  request: number;
  slot: number;
  eject: number[];
  gain: number;
}

/**
 * Raises total weight (objective 1) by exchanges: an unscheduled request goes into a slot after
 * the meetings in its way leave (at most one per blocked seat, capped side and full table), when
 * it weighs more than all of them together; the ones that left then go back wherever they still
 * fit. A popular organisation at its cap trades its lightest meeting for a heavier request, a
 * slot full of tables trades its lightest offline meeting, and a request whose two sides are
 * booked in every common slot trades the lighter of their meetings there: the moves a
 * weight-ordered greedy cannot make. Weight never goes down, and no meeting leaves if that would
 * leave someone outside the pair without any meeting (fairness is not spent on weight).
 * Runs passes until none improves or the deadline (ms since the epoch) passes.
 */
export function raiseWeight(board: Board, order: readonly number[], deadline: number): number {
  let gained = 0;
  for (let pass = 0; pass < 20 && Date.now() < deadline; pass++) {
    let improved = 0;
    for (const r of order) {
      if (board.slotOf[r] >= 0) continue;
      const exchange = bestExchange(board, r);
      if (!exchange) continue;
      for (const m of exchange.eject) board.remove(m);
      board.place(r, exchange.slot);
      gained += exchange.gain;
      const back = [...exchange.eject].sort((x, y) => board.weight[y] - board.weight[x]);
      for (const m of back) {
        const plan = planInsertion(board, m, undefined, hasFreeTable(board));
        if (plan) {
          applyInsertion(board, plan);
          gained += board.weight[m];
        }
      }
      improved++;
      if ((improved & 63) === 0 && Date.now() >= deadline) break;
    }
    if (improved === 0) break;
  }
  return gained;
}

function bestExchange(board: Board, r: number): Exchange | undefined {
  const { S, T } = board;
  const a = board.reqA[r];
  const b = board.reqB[r];
  if (!board.allowed[r] || board.cap[a] === 0 || board.cap[b] === 0) return undefined;
  const w = board.weight[r];
  let best: Exchange | undefined;
  const eject: number[] = [];
  let loss = 0;
  const take = (m: number) => {
    eject.push(m);
    loss += board.weight[m];
  };
  for (let s = 0; s < S; s++) {
    if (board.unavail[a * S + s] || board.unavail[b * S + s]) continue;
    eject.length = 0;
    loss = 0;
    let blocked = false;
    for (const p of [a, b]) {
      if (board.occ[p * S + s] < board.people[p]) continue;
      const m = lightest(board, p, s, eject);
      if (m < 0) {
        blocked = true;
        break;
      }
      take(m);
    }
    if (blocked) continue;
    for (const p of [a, b]) {
      if (board.count[p] - leaving(board, p, eject) < board.cap[p]) continue;
      const m = lightest(board, p, -1, eject);
      if (m < 0) {
        blocked = true;
        break;
      }
      take(m);
    }
    if (blocked) continue;
    if (board.online[r] === 0) {
      let freed = 0;
      for (const m of eject) if (board.slotOf[m] === s && board.online[m] === 0) freed++;
      if (board.tableUsed[s] - freed >= T) {
        const m = lightestOfflineAt(board, s, eject);
        if (m < 0) continue;
        take(m);
      }
    }
    const gain = w - loss;
    if (gain <= EPSILON || (best && gain <= best.gain + EPSILON)) continue;
    if (leavesSomeoneWithout(board, a, b, eject)) continue;
    best = { request: r, slot: s, eject: [...eject], gain };
  }
  return best;
}

/** p's lightest movable meeting (in slot s, or anywhere when s < 0) not already leaving. */
function lightest(board: Board, p: number, s: number, leavingNow: readonly number[]): number {
  let found = -1;
  for (const m of board.byParticipant[p]) {
    const at = board.slotOf[m];
    if (at < 0 || (s >= 0 && at !== s) || board.fixed[m] || leavingNow.includes(m)) continue;
    if (found < 0 || board.weight[m] < board.weight[found]) found = m;
  }
  return found;
}

function lightestOfflineAt(board: Board, s: number, leavingNow: readonly number[]): number {
  let found = -1;
  for (const m of board.atSlot[s]) {
    if (board.online[m] || board.fixed[m] || leavingNow.includes(m)) continue;
    if (found < 0 || board.weight[m] < board.weight[found]) found = m;
  }
  return found;
}

function leaving(board: Board, p: number, eject: readonly number[]): number {
  let n = 0;
  for (const m of eject) if (board.reqA[m] === p || board.reqB[m] === p) n++;
  return n;
}

/** Whether removing `eject` leaves a participant other than a and b with no meeting at all. */
function leavesSomeoneWithout(
  board: Board,
  a: number,
  b: number,
  eject: readonly number[],
): boolean {
  for (const m of eject)
    for (const p of [board.reqA[m], board.reqB[m]])
      if (p !== a && p !== b && board.count[p] - leaving(board, p, eject) <= 0) return true;
  return false;
}

const MAX_CHAIN = 60;

/**
 * Places unscheduled requests whose two sides are under their caps but never free in the same
 * slot, by a Kempe chain (Vizing's recolouring of edge colouring): with a free in s1 and b free
 * in s2, b's meeting in s1 moves to s2, its partner's meeting in s2 moves to s1, and so on until
 * someone had a free seat. Every meeting stays (weight only rises); tables are checked at the
 * end and the chain is undone if a slot ran out. Returns the weight added.
 */
export function insertByChains(board: Board, order: readonly number[], deadline: number): number {
  let gained = 0;
  let tried = 0;
  for (const r of order) {
    if (board.slotOf[r] >= 0 || !board.allowed[r]) continue;
    const a = board.reqA[r];
    const b = board.reqB[r];
    if (board.count[a] >= board.cap[a] || board.count[b] >= board.cap[b]) continue;
    if ((++tried & 31) === 0 && Date.now() >= deadline) break;
    const before = weightOf(board);
    if (chainInsert(board, r, a, b) || chainInsert(board, r, b, a))
      gained += weightOf(board) - before;
  }
  return gained;
}

/** Tries every (s1, s2) with `free` free in s1 and `busy` free in s2. */
function chainInsert(board: Board, r: number, free: number, busy: number): boolean {
  const { S } = board;
  for (let s1 = 0; s1 < S; s1++) {
    if (board.unavail[free * S + s1] || board.unavail[busy * S + s1]) continue;
    if (board.occ[free * S + s1] >= board.people[free]) continue;
    for (let s2 = 0; s2 < S; s2++) {
      if (s2 === s1 || board.unavail[busy * S + s2]) continue;
      if (board.occ[busy * S + s2] >= board.people[busy]) continue;
      if (runChain(board, r, free, busy, s1, s2)) return true;
    }
  }
  return false;
}

function runChain(
  board: Board,
  r: number,
  free: number,
  busy: number,
  s1: number,
  s2: number,
): boolean {
  const { S, T } = board;
  const moved: { request: number; from: number }[] = [];
  const undo = () => {
    for (let i = moved.length - 1; i >= 0; i--) board.move(moved[i].request, moved[i].from);
  };
  let x = busy;
  let from = s1;
  let to = s2;
  for (let step = 0; step < MAX_CHAIN; step++) {
    if (board.occ[x * S + from] < board.people[x]) break;
    const m = meetingToShift(board, x, from, to, moved);
    if (m < 0) {
      undo();
      return false;
    }
    const y = board.other(m, x);
    moved.push({ request: m, from });
    board.move(m, to);
    if (y === free && to === s1) {
      undo();
      return false;
    }
    if (board.occ[y * S + to] <= board.people[y]) {
      x = -1;
      break;
    }
    x = y;
    [from, to] = [to, from];
  }
  const seatsOk =
    (x < 0 || board.occ[x * S + from] < board.people[x]) &&
    board.occ[free * S + s1] < board.people[free] &&
    board.occ[busy * S + s1] < board.people[busy];
  if (!seatsOk) {
    undo();
    return false;
  }
  // The chain may have shifted an offline meeting into a full slot, and r may need a table:
  // the lightest offline meeting of such a slot leaves if r outweighs what leaves.
  board.place(r, s1);
  const eject: number[] = [];
  let loss = 0;
  for (const s of s1 === s2 ? [s1] : [s1, s2]) {
    if (board.tableUsed[s] <= T) continue;
    const m = lightestOfflineAt(board, s, [r]);
    if (m < 0) break;
    eject.push(m);
    loss += board.weight[m];
  }
  const tablesOk =
    board.tableUsed[s1] - countAt(board, eject, s1) <= T &&
    board.tableUsed[s2] - countAt(board, eject, s2) <= T;
  if (
    !tablesOk ||
    loss >= board.weight[r] - EPSILON ||
    (eject.length > 0 && leavesSomeoneWithout(board, -1, -1, eject))
  ) {
    board.remove(r);
    undo();
    return false;
  }
  for (const m of eject) board.remove(m);
  for (const m of eject) {
    const plan = planInsertion(board, m, undefined, hasFreeTable(board));
    if (plan) applyInsertion(board, plan);
  }
  return true;
}

function countAt(board: Board, eject: readonly number[], s: number): number {
  let n = 0;
  for (const m of eject) if (board.slotOf[m] === s && board.online[m] === 0) n++;
  return n;
}

/** A movable meeting of x in `from` whose other side can make `to`, preferring one free there. */
function meetingToShift(
  board: Board,
  x: number,
  from: number,
  to: number,
  moved: readonly { request: number }[],
): number {
  const { S } = board;
  let fallback = -1;
  for (const m of board.byParticipant[x]) {
    if (board.slotOf[m] !== from || board.fixed[m]) continue;
    if (moved.some((e) => e.request === m)) continue;
    const y = board.other(m, x);
    if (board.unavail[y * S + to] || board.unavail[x * S + to]) continue;
    if (board.occ[y * S + to] < board.people[y]) return m;
    if (fallback < 0) fallback = m;
  }
  return fallback;
}

function weightOf(board: Board): number {
  let w = 0;
  for (let r = 0; r < board.R; r++) if (board.slotOf[r] >= 0) w += board.weight[r];
  return w;
}
