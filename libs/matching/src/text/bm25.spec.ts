import {
  bm25,
  bm25Features,
  bm25Terms,
  documentTerms,
  matchedPhrases,
  queryTerms,
  TermStatistics,
} from './bm25';

describe('matcher BM25', () => {
  it('reads bigrams that never cross punctuation, NFKC and lower-cased', () => {
    expect(bm25Terms('热封，ＰＥ膜')).toEqual(['热封', 'pe', 'e膜']);
  });

  it('counts title and keywords twice in a document and strips boilerplate from the body', () => {
    const terms = documentTerms({
      title: '除磷',
      keywords: [],
      body: '吸附除磷。欢迎来电洽谈！',
    });
    expect(terms.filter((t) => t === '除磷')).toHaveLength(3);
    expect(terms).not.toContain('洽谈');
  });

  it("keeps the need's term frequencies and drops generic request bigrams", () => {
    const terms = queryTerms({ title: '除磷技术', keywords: [], body: '废水除磷。' });
    expect(terms.filter((t) => t === '除磷')).toHaveLength(2);
    expect(terms).not.toContain('技术');
  });

  it('weighs rare terms more (df from the statistics, absent = 1) and normalises by length', () => {
    const stats = new TermStatistics(100, 10, new Map([['废水', 60]]));
    expect(stats.idf('除磷')).toBeGreaterThan(stats.idf('废水'));
    const query = bm25Features(['废水', '除磷']);
    const short = bm25(query, bm25Features(['除磷', '吸附']), stats);
    const long = bm25(query, bm25Features(['除磷', ...Array<string>(40).fill('材料')]), stats);
    expect(short.score).toBeGreaterThan(long.score);
    expect(short.ratio).toBeGreaterThan(0);
    expect(short.ratio).toBeLessThan(1);
    expect(short.matched).toEqual(['除磷']);
  });

  it('joins matched bigrams into the phrases of the need that the reason names', () => {
    expect(
      matchedPhrases('包装袋热封复合后漏气，复合膜', ['热封', '封复', '复合', '漏气'], 3),
    ).toEqual(['热封复合', '漏气']);
  });
});
