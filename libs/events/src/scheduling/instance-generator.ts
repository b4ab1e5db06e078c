import { SeededRandom } from './random';
import { SchedulingInstance, SchedulingParticipant, SchedulingRequest } from './types';

export interface InstanceShape {
  participants: number;
  slots: number;
  /** Days the slots are spread over (equal shares). */
  days: number;
  tables: number;
  requests: number;
  seed: number;
  /** Popularity exponent: receiver i is drawn with probability ∝ 1 / (rank + 1)^skew. */
  skew?: number;
  /** Share of organisations attending with 2 or 3 people. */
  multiPersonShare?: number;
  onlineShare?: number;
  /** Share of participants with some slots they cannot make. */
  partlyAvailableShare?: number;
  /** Share of requests whose pair is vetoed by a "no thanks" from the other side. */
  vetoShare?: number;
}

/**
 * Seeded instances shaped like a real 对接会: a few popular organisations receive most requests
 * (Zipf-like), some organisations send 2–3 people, some cannot make every slot, and request
 * weights come in the product's tiers (mutual 3, accepted 2, suggested by match score < 1).
 */
export function generateInstance(shape: InstanceShape): SchedulingInstance {
  const rng = new SeededRandom(shape.seed);
  const P = shape.participants;
  const S = shape.slots;
  const perDay = Math.ceil(S / shape.days);
  const slots = Array.from({ length: S }, (_, s) => ({ day: Math.floor(s / perDay) }));
  const multi = shape.multiPersonShare ?? 0.25;
  const partly = shape.partlyAvailableShare ?? 0.2;
  const participants: SchedulingParticipant[] = Array.from({ length: P }, () => {
    const people = rng.next() < multi ? (rng.next() < 0.6 ? 2 : 3) : 1;
    const unavailable: number[] = [];
    if (rng.next() < partly) {
      const n = rng.int(1, Math.max(1, Math.floor(S / 4)));
      const start = rng.int(0, S - 1);
      for (let k = 0; k < n; k++) unavailable.push((start + k) % S);
    }
    const cap = Math.min(S * people, rng.int(Math.ceil(S / 2), S) * people);
    return { people, cap, unavailable };
  });

  // Popularity: a random permutation gives each participant a rank.
  const skew = shape.skew ?? 0.9;
  const rankOf = rng.shuffle(Array.from({ length: P }, (_, i) => i));
  const cumulative = new Float64Array(P);
  let total = 0;
  for (let i = 0; i < P; i++) {
    total += 1 / (rankOf[i] + 1) ** skew;
    cumulative[i] = total;
  }
  const popular = (): number => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = P - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const onlineShare = shape.onlineShare ?? 0.1;
  const vetoShare = shape.vetoShare ?? 0.02;
  const requests: SchedulingRequest[] = [];
  const vetoes: [number, number][] = [];
  const pairs = new Set<number>();
  let attempts = 0;
  while (requests.length < shape.requests && attempts < shape.requests * 20) {
    attempts++;
    const a = rng.int(0, P - 1);
    const b = popular();
    if (a === b) continue;
    const k = a < b ? a * P + b : b * P + a;
    if (pairs.has(k)) continue;
    pairs.add(k);
    const u = rng.next();
    const weight = u < 0.2 ? 3 : u < 0.6 ? 2 : Math.round((0.3 + 0.69 * rng.next()) * 100) / 100;
    requests.push({ a, b, weight, online: rng.next() < onlineShare });
    if (rng.next() < vetoShare) vetoes.push([b, a]);
  }
  return { slots, tables: shape.tables, participants, requests, vetoes };
}
