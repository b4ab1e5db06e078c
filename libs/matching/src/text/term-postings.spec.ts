import { bm25, bm25Features, TermStatistics } from './bm25';
import {
  documentImpacts,
  documentLookup,
  queryPostings,
  queryWeights,
  RETRIEVAL,
} from './term-postings';

describe('BM25 postings for candidate retrieval', () => {
  const stats = new TermStatistics(
    100,
    6,
    new Map([
      ['热封', 2],
      ['封口', 3],
      ['包装', 40],
      ['材料', 8],
    ]),
  );

  it('Σ query weight × impact over the postings is the BM25 score', () => {
    const query = bm25Features(['热封', '封口', '封口', '包装', '漏气']);
    const doc = bm25Features(['热封', '热封', '封口', '材料', '工艺', '复合']);
    const impacts = new Map(documentImpacts(doc, stats).map((p) => [p.term, p.weight]));
    const summed = queryWeights(query, stats).reduce(
      (sum, { term, weight }) => sum + weight * (impacts.get(term) ?? 0),
      0,
    );
    expect(summed).toBeCloseTo(bm25(query, doc, stats).score, 5);
  });

  it('leaves out terms in more than a tenth of the documents, on both sides', () => {
    const doc = bm25Features(['包装', '材料', '热封']);
    expect(documentImpacts(doc, stats).map((p) => p.term)).toEqual(['热封', '材料']);
    expect(queryWeights(bm25Features(['包装', '热封']), stats).map((w) => w.term)).toEqual([
      '热封',
    ]);
    // Before the first refresh every term counts.
    expect(documentImpacts(doc, TermStatistics.EMPTY)).toHaveLength(3);
  });

  it('keeps a term a few listings share on a small platform, where a tenth is a handful', () => {
    // 150 achievements: a tenth is 15.
    const small = new TermStatistics(
      150,
      6,
      new Map([
        ['锂离', RETRIEVAL.alwaysRetrievableDocuments],
        ['电池', RETRIEVAL.alwaysRetrievableDocuments + 1],
      ]),
    );
    const doc = bm25Features(['锂离', '电池', '正极']);
    expect(documentImpacts(doc, small).map((p) => p.term)).toEqual(['正极', '锂离']);
    expect(
      queryWeights(doc, small)
        .map((w) => w.term)
        .sort(),
    ).toEqual(['正极', '锂离'].sort());
  });

  it('looks up the heaviest common terms, at most maxQueryTerms, and rare terms besides', () => {
    // 100 documents: a term in at most 2 is rare; unseen terms (df 1) and 热封 (df 2) are.
    const common = Array.from({ length: 60 }, (_, i) => ({
      term: String.fromCharCode(0x4e00 + i) + '词',
      df: 3 + (i % 7),
    }));
    const unseen = Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x5e00 + i) + '字');
    const withCommon = new TermStatistics(
      100,
      6,
      new Map([['热封', 2], ...common.map(({ term, df }) => [term, df] as [string, number])]),
    );
    const weights = queryWeights(
      bm25Features([...unseen, ...common.map((c) => c.term), '热封', '热封']),
      withCommon,
    );
    const looked = weights.map((w) => w.term);
    // The common terms: the 48 heaviest (rarest, as each occurs once), heaviest first.
    const commonLooked = looked.filter((t) => t.endsWith('词'));
    expect(commonLooked).toHaveLength(RETRIEVAL.maxQueryTerms);
    const dfOf = (t: string) => withCommon.documentFrequency(t);
    expect(Math.max(...commonLooked.map(dfOf))).toBeLessThanOrEqual(
      Math.min(...common.map((c) => c.df).filter((_, i) => !commonLooked.includes(common[i].term))),
    );
    // Every rare term besides them (20 unseen and 热封 ≤ maxRareTerms), 热封 twice first.
    const rareLooked = looked.filter((t) => !t.endsWith('词'));
    expect(rareLooked).toHaveLength(21);
    expect(rareLooked[0]).toBe('热封');
    // Rare ones are capped too.
    const flood = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x6e00 + i) + '字');
    expect(queryWeights(bm25Features(flood), withCommon)).toHaveLength(RETRIEVAL.maxRareTerms);
  });

  it('stores only the postingsPerListing heaviest terms of a listing, by impact × IDF', () => {
    const many = Array.from({ length: 150 }, (_, i) => String.fromCharCode(0x4e00 + i) + '字');
    // 材料 (df 8) once weighs least; 封口 twice (df 3) outweighs any unseen term once (df 1).
    const doc = bm25Features([...many, '热封', '封口', '封口', '材料']);
    const stored = documentImpacts(doc, stats).map((p) => p.term);
    expect(stored).toHaveLength(RETRIEVAL.postingsPerListing);
    expect(stored).not.toContain('材料');
    expect(stored[0]).toBe('封口');
    const need = queryPostings(bm25Features([...many, '材料']), stats);
    expect(need).toHaveLength(RETRIEVAL.postingsPerListing);
    expect(need.map((p) => p.term)).not.toContain('材料');
    // A short listing keeps every retrievable term.
    expect(documentImpacts(bm25Features(['热封', '材料']), stats)).toHaveLength(2);
  });

  it("an achievement's lookup over needs' postings sums to each need's BM25 ratio", () => {
    const doc = bm25Features(['热封', '热封', '封口', '材料', '工艺', '复合']);
    const need = bm25Features(['热封', '封口', '封口', '包装', '漏气']);
    const postings = new Map(queryPostings(need, stats).map((p) => [p.term, p.weight]));
    expect(postings.has('包装')).toBe(false);
    const summed = documentLookup(doc, stats).reduce(
      (sum, { term, weight }) => sum + weight * (postings.get(term) ?? 0),
      0,
    );
    expect(summed).toBeCloseTo(bm25(need, doc, stats).ratio, 5);
  });
});
