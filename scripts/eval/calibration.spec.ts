import { thresholdTable } from './calibration';

const judged = (grades: Record<string, number>) => new Map(Object.entries(grades));

describe('thresholdTable', () => {
  const needs = [
    {
      ranking: ['a', 'b', 'c'],
      scores: [
        { score: 70, textPoints: 30 },
        { score: 40, textPoints: 20 },
        { score: 36, textPoints: 2 },
      ],
      judgements: judged({ a: 2, b: 0, c: 1 }),
    },
    {
      ranking: ['d', 'e'],
      scores: [
        { score: 30, textPoints: 25 },
        { score: 20, textPoints: 10 },
      ],
      judgements: judged({ d: 1 }),
    },
  ];

  it('counts kept pairs, their precision and what share of the relevant ones survive', () => {
    const [low, mid, high] = thresholdTable(needs, [20, 35, 60], 8);
    // 20: a, b, d, e kept (c lacks text points); relevant a, d of relevant a, c, d.
    expect(low).toEqual({
      threshold: 20,
      kept: 4,
      precision: 0.5,
      relevantKept: 2 / 3,
      addressingKept: 1,
      needsServed: 1,
    });
    // 35: a, b kept; only the first need is served.
    expect(mid).toMatchObject({ kept: 2, precision: 0.5, relevantKept: 1 / 3, needsServed: 0.5 });
    expect(high).toMatchObject({ kept: 1, precision: 1, addressingKept: 1, needsServed: 0.5 });
  });

  it('reads only the top 10 and reports NaN precision when nothing is kept', () => {
    const deep = {
      ranking: Array.from({ length: 12 }, (_, i) => `x${i}`),
      scores: Array.from({ length: 12 }, () => ({ score: 90, textPoints: 40 })),
      judgements: judged({ x11: 2 }),
    };
    const [row] = thresholdTable([deep], [50], 8);
    expect(row.kept).toBe(10);
    expect(row.relevantKept).toBeNaN();
    const [none] = thresholdTable([deep], [95], 8);
    expect(none.precision).toBeNaN();
  });
});
