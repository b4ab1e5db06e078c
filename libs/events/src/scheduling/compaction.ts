import { Board } from './board';
import { SeededRandom } from './random';

/**
 * Local search on idle gaps (objective 3) that keeps the set of meetings, hence weight and
 * fairness: move a meeting to another slot where both sides are free, or swap the slots of two
 * meetings that share a participant (that participant's agenda is unchanged; the two others'
 * may close up). A move is taken only when the idle slots of everyone it touches go down.
 * Returns the passes run.
 */
export function compactAgendas(
  board: Board,
  rng: SeededRandom,
  maxPasses: number,
  deadline: number,
): number {
  let passes = 0;
  const scheduled = (): number[] => {
    const list: number[] = [];
    for (let r = 0; r < board.R; r++) if (board.slotOf[r] >= 0 && !board.fixed[r]) list.push(r);
    return rng.shuffle(list);
  };
  while (passes < maxPasses && Date.now() < deadline) {
    passes++;
    let improved = 0;
    for (const r of scheduled()) if (tryMove(board, r)) improved++;
    for (let p = 0; p < board.P; p++) improved += trySwaps(board, p);
    if (improved === 0) break;
  }
  return passes;
}

function idleOf(board: Board, people: readonly number[], days: readonly number[]): number {
  let total = 0;
  for (const p of people) for (const d of days) total += board.idle(p, d);
  return total;
}

function daysOf(board: Board, s1: number, s2: number): number[] {
  const d1 = board.dayOf[s1];
  const d2 = board.dayOf[s2];
  return d1 === d2 ? [d1] : [d1, d2];
}

/** Moves r to the free slot that lowers its two sides' idle slots most, if any does. */
function tryMove(board: Board, r: number): boolean {
  const s = board.slotOf[r];
  const a = board.reqA[r];
  const b = board.reqB[r];
  const sides = [a, b];
  let bestSlot = -1;
  let bestDelta = 0;
  for (let s2 = 0; s2 < board.S; s2++) {
    if (!board.canMove(r, s2)) continue;
    const days = daysOf(board, s, s2);
    const before = idleOf(board, sides, days);
    board.move(r, s2);
    const delta = idleOf(board, sides, days) - before;
    board.move(r, s);
    if (delta < bestDelta) {
      bestDelta = delta;
      bestSlot = s2;
    }
  }
  if (bestSlot < 0) return false;
  board.move(r, bestSlot);
  return true;
}

/** Swaps the slots of two of p's meetings when that closes gaps of the two other sides. */
function trySwaps(board: Board, p: number): number {
  const mine = [...board.byParticipant[p]].filter((r) => board.slotOf[r] >= 0 && !board.fixed[r]);
  let swaps = 0;
  for (let i = 0; i < mine.length; i++) {
    for (let j = i + 1; j < mine.length; j++) {
      const r1 = mine[i];
      const r2 = mine[j];
      const s1 = board.slotOf[r1];
      const s2 = board.slotOf[r2];
      if (s1 === s2) continue;
      const x = board.other(r1, p);
      const y = board.other(r2, p);
      if (x === y) continue;
      const days = daysOf(board, s1, s2);
      const before = idleOf(board, [x, y], days);
      board.remove(r1);
      board.remove(r2);
      if (fits(board, r1, s2) && (board.place(r1, s2), fits(board, r2, s1))) {
        board.place(r2, s1);
        const delta = idleOf(board, [x, y], days) - before;
        if (delta < 0) {
          swaps++;
          continue;
        }
        board.remove(r2);
      }
      if (board.slotOf[r1] >= 0) board.remove(r1);
      board.place(r1, s1);
      board.place(r2, s2);
    }
  }
  return swaps;
}

function fits(board: Board, r: number, s: number): boolean {
  return board.canPlace(r, s);
}
