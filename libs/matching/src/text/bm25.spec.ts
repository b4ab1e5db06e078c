import {
  bestScore,
  bm25,
  BM25_K1,
  bm25Features,
  bm25Terms,
  documentTerms,
  matchedPhrases,
  queryTerms,
  QUERY_CORE_TERMS,
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

  it("divides by the best score of the need's core terms, so a long posting's answer still rates", () => {
    // 20 topic terms in 5 documents each, and a company introduction of 30 terms in 50 of 100.
    const topic = Array.from({ length: 20 }, (_, i) => String.fromCharCode(0x4e00 + i) + '题');
    const intro = Array.from({ length: 30 }, (_, i) => String.fromCharCode(0x5e00 + i) + '介');
    const stats = new TermStatistics(
      100,
      10,
      new Map([
        ...topic.map((t) => [t, 5] as [string, number]),
        ...intro.map((t) => [t, 50] as [string, number]),
      ]),
    );
    const answer = bm25Features(topic.slice(0, 8));
    const short = bm25Features(topic);
    const long = bm25Features([...topic, ...intro]);
    // The core is the 16 heaviest terms: the introduction's common words add nothing to it.
    const core = 16 * stats.idf(topic[0]) * (BM25_K1 + 1);
    expect(QUERY_CORE_TERMS).toBe(16);
    expect(bestScore(long, stats)).toBeCloseTo(core, 10);
    expect(bestScore(short, stats)).toBeCloseTo(core, 10);
    expect(bm25(long, answer, stats).ratio).toBeCloseTo(bm25(short, answer, stats).ratio, 10);
    // Dividing by every term (the old rule) would have shrunk the long posting's ratio.
    const everyTerm = [...long.tf.keys()].reduce((sum, t) => sum + stats.idf(t) * (BM25_K1 + 1), 0);
    expect(bm25(long, answer, stats).score / everyTerm).toBeLessThan(
      bm25(long, answer, stats).ratio * 0.8,
    );
    // Never above 1, even when a document holds more than the core.
    expect(bm25(short, short, stats).ratio).toBeLessThanOrEqual(1);
  });
});
