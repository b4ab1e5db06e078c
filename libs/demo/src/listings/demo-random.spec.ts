import { DemoRandom, nameBasedUuid } from './demo-random';

describe('DemoRandom', () => {
  it('repeats the same sequence for the same seed and differs between seeds', () => {
    const a = new DemoRandom('seed');
    const b = new DemoRandom('seed');
    const c = new DemoRandom('other');
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('int, pick, sample, weighted and shuffle stay in range', () => {
    const random = new DemoRandom('ranges');
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
    const items = ['a', 'b', 'c', 'd', 'e'];
    const sample = random.sample(items, 3);
    expect(sample).toHaveLength(3);
    expect(new Set(sample).size).toBe(3);
    expect(items.filter((item) => sample.includes(item))).toEqual(sample); // original order
    expect(random.sample(items, 9)).toEqual(items);
    expect(random.shuffle(items).sort()).toEqual(items);
    expect(random.weighted([['only', 1]])).toBe('only');
    expect(
      random.weighted([
        ['never', 0],
        ['always', 1],
      ]),
    ).toBe('always');
    expect(() => random.pick([])).toThrow(RangeError);
  });
});

describe('nameBasedUuid', () => {
  it('is RFC 4122 version 5 (known vector: www.example.com in the DNS namespace)', () => {
    expect(nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('is stable per name and distinct between names', () => {
    expect(nameBasedUuid('need:dev-1')).toBe(nameBasedUuid('need:dev-1'));
    expect(nameBasedUuid('need:dev-1')).not.toBe(nameBasedUuid('achievement:dev-1'));
    expect(nameBasedUuid('x')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
