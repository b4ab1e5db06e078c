import { Board } from './board';

/** One way to add a request: a free slot, moving a blocking meeting away, or ejecting one. */
export interface Insertion {
  request: number;
  slot: number;
  /** Weight change if applied (the request's weight minus an ejected meeting's). */
  gain: number;
  /** Extra idle slots the placement causes for the two sides (lower is better). */
  gapCost: number;
  relocate?: { request: number; slot: number };
  eject?: number;
}

/**
 * Idle slots placing a meeting of p in slot s adds (negative when it fills a gap).
 * Only p's own day matters; a slot p already uses (parallel meeting) changes nothing.
 */
export function gapCost(board: Board, p: number, s: number): number {
  const base = p * board.S;
  if (board.occ[base + s] > 0) return 0;
  const day = board.dayOf[s];
  let first = -1;
  let last = -1;
  for (let t = board.dayFirst[day]; t <= board.dayLast[day]; t++) {
    if (board.occ[base + t] > 0) {
      if (first < 0) first = t;
      last = t;
    }
  }
  if (first < 0) return 0;
  if (s > first && s < last) return -1;
  const [from, to] = s < first ? [s + 1, first] : [last + 1, s];
  let added = 0;
  for (let t = from; t < to; t++) if (board.unavail[base + t] === 0) added++;
  return added;
}

/**
 * The best way to add request r, or undefined. Ejection is considered only when maxLoss is a
 * number: the ejected meeting must weigh at most maxLoss more than r, must not be fixed, and must
 * not leave anyone outside the pair with `floor` meetings or fewer (by default: no new
 * zero-meeting participant; raising the minimum passes the minimum).
 */
export function planInsertion(
  board: Board,
  r: number,
  maxLoss: number | undefined,
  freeTableSlots: boolean,
  floor = 0,
): Insertion | undefined {
  const { S, T } = board;
  const a = board.reqA[r];
  const b = board.reqB[r];
  const capA = board.count[a] >= board.cap[a];
  const capB = board.count[b] >= board.cap[b];
  if (capA && capB) return undefined;
  if (board.cap[a] === 0 || board.cap[b] === 0) return undefined;
  const w = board.weight[r];
  let direct: Insertion | undefined;
  let moved: Insertion | undefined;
  let ejected: Insertion | undefined;
  const ejectable = (m: number): boolean => {
    if (board.fixed[m]) return false;
    const ma = board.reqA[m];
    const mb = board.reqB[m];
    return (
      (ma === a || ma === b || board.count[ma] >= floor + 2) &&
      (mb === a || mb === b || board.count[mb] >= floor + 2)
    );
  };
  const consider = (m: number, s: number) => {
    if (maxLoss === undefined) return;
    const loss = board.weight[m] - w;
    if (loss > maxLoss || (ejected && -loss <= ejected.gain) || !ejectable(m)) return;
    ejected = { request: r, slot: s, gain: -loss, gapCost: 0, eject: m };
  };
  // The capped side (at most one) frees its cap only by dropping a meeting: its lightest one
  // that can go, wherever it is, unless r's slot needs the one there.
  const capped = capA ? a : capB ? b : -1;
  let lightestOfCapped = -1;
  if (capped >= 0 && maxLoss !== undefined)
    for (const m of board.byParticipant[capped])
      if (
        board.slotOf[m] >= 0 &&
        ejectable(m) &&
        (lightestOfCapped < 0 || board.weight[m] < board.weight[lightestOfCapped])
      )
        lightestOfCapped = m;
  let bucketA: number[][] | undefined;
  let bucketB: number[][] | undefined;
  const bucket = (e: number): number[][] => {
    const out = Array.from({ length: S }, () => [] as number[]);
    for (const m of board.byParticipant[e])
      if (board.slotOf[m] >= 0 && !board.fixed[m]) out[board.slotOf[m]].push(m);
    return out;
  };
  const meetingsAt = (e: number, s: number): number[] =>
    e === a ? (bucketA ??= bucket(a))[s] : (bucketB ??= bucket(b))[s];

  for (let s = 0; s < S; s++) {
    if (board.unavail[a * S + s] || board.unavail[b * S + s]) continue;
    const fullA = board.occ[a * S + s] >= board.people[a];
    const fullB = board.occ[b * S + s] >= board.people[b];
    const tableFull = board.online[r] === 0 && board.tableUsed[s] >= T;
    if (!fullA && !fullB && !capA && !capB && !tableFull) {
      const cost = gapCost(board, a, s) + gapCost(board, b, s);
      if (!direct || cost < direct.gapCost)
        direct = { request: r, slot: s, gain: w, gapCost: cost };
      continue;
    }
    if (direct) continue;
    if ((fullA || capA) && (fullB || capB)) continue;
    const e = fullA || capA ? a : fullB || capB ? b : -1;
    const eFullHere = e === a ? fullA : e === b ? fullB : false;
    const eCapped = e === capped;

    if (e >= 0 && !eFullHere) {
      // e is capped but has a free seat here: drop one of its meetings anywhere (if the table
      // is the other problem, only an offline one of its meetings here helps).
      if (tableFull) {
        for (const m of meetingsAt(e, s)) if (board.online[m] === 0) consider(m, s);
      } else if (lightestOfCapped >= 0) consider(lightestOfCapped, s);
      continue;
    }
    if (e < 0) {
      // Only the table is missing: worth a look only if a meeting here could move to a free
      // table elsewhere or is light enough to swap out.
      const lightest = board.lightestOfflineAt(s);
      if (!freeTableSlots && (maxLoss === undefined || lightest - w > maxLoss)) continue;
    }
    const candidates: Iterable<number> = e >= 0 ? meetingsAt(e, s) : board.atSlot[s];
    for (const m of candidates) {
      if (board.fixed[m]) continue;
      if (tableFull && board.online[m] === 1) continue;
      // Moving m away keeps everything and adds r.
      if (!moved && !eCapped && (board.online[m] === 1 || freeTableSlots)) {
        for (let s2 = 0; s2 < S; s2++) {
          if (s2 !== s && board.canMove(m, s2)) {
            moved = {
              request: r,
              slot: s,
              gain: w,
              gapCost: 0,
              relocate: { request: m, slot: s2 },
            };
            break;
          }
        }
      }
      consider(m, s);
    }
  }
  return direct ?? moved ?? ejected;
}

export function applyInsertion(board: Board, plan: Insertion): void {
  if (plan.relocate) board.move(plan.relocate.request, plan.relocate.slot);
  if (plan.eject !== undefined) board.remove(plan.eject);
  board.place(plan.request, plan.slot);
}

/** Whether any slot still has a free table (relocating an offline meeting needs one). */
export function hasFreeTable(board: Board): boolean {
  for (let s = 0; s < board.S; s++) if (board.tableUsed[s] < board.T) return true;
  return false;
}
