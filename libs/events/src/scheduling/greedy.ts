import { Board } from './board';
import { Schedule, SchedulingInstance } from './types';

/**
 * The baseline: requests by weight (highest first, ties by index), each in the earliest slot
 * where both sides are free and a table is left. This is what the scheduler must beat.
 */
export function greedySchedule(instance: SchedulingInstance): Schedule {
  const board = new Board(instance);
  greedyFill(board, byWeight(board));
  return board.toSchedule();
}

/** Allowed, unscheduled requests, heaviest first; ties keep the given order. */
export function byWeight(board: Board, order?: readonly number[]): number[] {
  const ids = order ? [...order] : Array.from({ length: board.R }, (_, r) => r);
  const rank = new Int32Array(board.R);
  ids.forEach((r, i) => (rank[r] = i));
  return ids
    .filter((r) => board.allowed[r] && board.slotOf[r] < 0)
    .sort((x, y) => board.weight[y] - board.weight[x] || rank[x] - rank[y]);
}

export function greedyFill(board: Board, order: readonly number[]): void {
  for (const r of order) {
    if (board.slotOf[r] >= 0) continue;
    for (let s = 0; s < board.S; s++) {
      if (board.canPlace(r, s)) {
        board.place(r, s);
        break;
      }
    }
  }
}
