import { createHash } from 'node:crypto';

/**
 * Deterministic randomness for demo data: a mulberry32 generator seeded from a SHA-256 of a text
 * seed, so the same seed always gives the same listing, whatever else was generated before it.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: string) {
    this.state = createHash('sha256').update(seed).digest().readUInt32BE(0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('DemoRandom.pick: no items');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by relative weight: `[[value, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** `count` distinct items in their original order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[] {
    const indexes = this.shuffle(items.map((_, index) => index)).slice(0, count);
    return indexes.sort((a, b) => a - b).map((index) => items[index]);
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

/** Namespace of the name-based ids of demo listings (an arbitrary, fixed UUID). */
export const DEMO_LISTING_NAMESPACE = '3b7d6c1e-2f4a-4e8b-9c5d-7a1f0e2b4c6d';

/**
 * Name-based UUID (RFC 4122 version 5: SHA-1 of the namespace bytes and the name, version and
 * variant bits set), so a demo listing keeps its id across runs and machines.
 */
export function nameBasedUuid(name: string, namespace: string = DEMO_LISTING_NAMESPACE): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new RangeError(`Not a UUID: ${namespace}`);
  const bytes = createHash('sha1')
    .update(namespaceBytes)
    .update(Buffer.from(name, 'utf8'))
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
