import { dcg, hasRelevant, ndcgAt, precisionAt, recallAt, scoreNeed, summarise } from './metrics';

// a: 2, b: 1, c: judged not relevant, d: 1; x is unjudged.
const judged = new Map([
  ['a', 2],
  ['b', 1],
  ['c', 0],
  ['d', 1],
]);

describe('evaluation metrics', () => {
  it('computes DCG with gains 2^g − 1 discounted by log2(rank + 1)', () => {
    // 3/1 + 1/log2(3) + 1/2
    expect(dcg([2, 1, 1])).toBeCloseTo(3 + 0.63093 + 0.5, 4);
    expect(dcg([])).toBe(0);
  });

  it('computes nDCG@k against the ideal order of every judged grade', () => {
    // ranking c, a, x, b → gains 0, 3, 0, 1 → 3/log2(3) + 1/log2(5) = 2.32347
    // ideal 2, 1, 1 → 4.13093
    expect(ndcgAt(['c', 'a', 'x', 'b'], judged, 10)).toBeCloseTo(2.32347 / 4.13093, 4);
    expect(ndcgAt(['a', 'b', 'd'], judged, 10)).toBeCloseTo(1, 10);
    expect(ndcgAt(['a', 'd', 'b'], judged, 10)).toBeCloseTo(1, 10);
    expect(ndcgAt([], judged, 10)).toBe(0);
  });

  it('cuts both the ranking and the ideal at k', () => {
    // top 1: c (gain 0) → 0; top 2: c, a → 3/log2(3) over ideal 3 + 1/log2(3)
    expect(ndcgAt(['c', 'a'], judged, 1)).toBe(0);
    expect(ndcgAt(['c', 'a'], judged, 2)).toBeCloseTo(1.89279 / (3 + 0.63093), 4);
  });

  it('counts a repeated id once, at its first position', () => {
    expect(ndcgAt(['a', 'a', 'b'], judged, 10)).toBeCloseTo(ndcgAt(['a', 'b'], judged, 10), 10);
    expect(precisionAt(['a', 'a', 'a', 'a', 'a'], judged, 5)).toBeCloseTo(0.2, 10);
  });

  it('computes P@k over k, so a short ranking is not rewarded', () => {
    expect(precisionAt(['c', 'a', 'x', 'b'], judged, 5)).toBeCloseTo(0.4, 10);
    expect(precisionAt(['a'], judged, 5)).toBeCloseTo(0.2, 10);
    expect(precisionAt(['a', 'b', 'd', 'c', 'x', 'e'], judged, 5)).toBeCloseTo(0.6, 10);
  });

  it('computes Recall@k over every relevant (grade ≥ 1) item', () => {
    expect(recallAt(['c', 'a', 'x', 'b'], judged, 50)).toBeCloseTo(2 / 3, 10);
    expect(recallAt(['x', 'x2', 'd', 'a'], judged, 3)).toBeCloseTo(1 / 3, 10);
    expect(recallAt(['a', 'b', 'd'], judged, 50)).toBe(1);
  });

  it('has nothing to measure when no item is relevant', () => {
    const none = new Map([['c', 0]]);
    expect(hasRelevant(none)).toBe(false);
    expect(hasRelevant(undefined)).toBe(false);
    expect(hasRelevant(judged)).toBe(true);
    expect(ndcgAt(['c'], none, 10)).toBeNaN();
    expect(recallAt(['c'], none, 50)).toBeNaN();
  });

  it('averages per-need scores', () => {
    const scores = [scoreNeed('n1', ['a', 'b', 'd'], judged), scoreNeed('n2', ['x', 'y'], judged)];
    expect(scores[0]).toEqual({ needId: 'n1', ndcg10: 1, p5: 0.6, recall50: 1 });
    expect(summarise(scores)).toEqual({ ndcg10: 0.5, p5: 0.3, recall50: 0.5, needs: 2 });
    expect(summarise([]).needs).toBe(0);
  });
});
