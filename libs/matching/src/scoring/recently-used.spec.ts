import { RecentlyUsed } from './recently-used';

describe('RecentlyUsed', () => {
  it('computes a value once and returns the kept one on later calls', () => {
    const kept = new RecentlyUsed<{ n: number }>(2);
    let computed = 0;
    const first = kept.getOrCompute('a', () => ({ n: ++computed }));
    expect(kept.getOrCompute('a', () => ({ n: ++computed }))).toBe(first);
    expect(computed).toBe(1);
  });

  it('drops the least recently used entry beyond its capacity', () => {
    const kept = new RecentlyUsed<{ key: string }>(2);
    const make = (key: string) => () => ({ key });
    const a = kept.getOrCompute('a', make('a'));
    const b = kept.getOrCompute('b', make('b'));
    expect(kept.getOrCompute('a', make('a'))).toBe(a); // a is now the most recent
    kept.getOrCompute('c', make('c')); // evicts b
    expect(kept.getOrCompute('a', make('a'))).toBe(a);
    expect(kept.getOrCompute('b', make('b'))).not.toBe(b);
  });
});
