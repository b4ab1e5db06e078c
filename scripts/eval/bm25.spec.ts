import { Bm25Index, charBigrams, NAIVE_BM25, TEXTBOOK_BM25 } from './bm25';

describe('charBigrams', () => {
  it('never crosses punctuation or spaces; a one-character piece stays', () => {
    expect(charBigrams('热封，复合膜 A')).toEqual(['热封', '复合', '合膜', 'a']);
  });

  it('runs across punctuation in the naive variant', () => {
    expect(charBigrams('热封，复合', true)).toEqual(['热封', '封复', '复合']);
  });
});

describe('Bm25Index', () => {
  const docs = [
    { id: 'a', title: '热封复合膜工艺', abstract: '研究了包装用复合膜的热封强度。' },
    { id: 'b', title: '污水除磷', abstract: '吸附材料去除废水中的磷。' },
    { id: 'c', title: '水稻施肥', abstract: '氮肥流失与灌溉。' },
  ];

  it('ranks by shared bigrams and drops documents that share none', () => {
    const index = new Bm25Index(docs, TEXTBOOK_BM25);
    const hits = index.search('废水除磷吸附', 10);
    expect(hits.map((h) => h.id)).toEqual(['b']);
  });

  it("weights a query term by its frequency in the need's text", () => {
    const index = new Bm25Index(docs, TEXTBOOK_BM25);
    const once = index.search('热封', 10)[0].score;
    const twice = index.search('热封 热封', 10)[0].score;
    expect(twice).toBeCloseTo(2 * once, 10);
    const naive = new Bm25Index(docs, NAIVE_BM25);
    expect(naive.search('热封 热封', 10)[0].score).toBeCloseTo(naive.search('热封', 10)[0].score);
  });

  it('counts the title twice', () => {
    const index = new Bm25Index(
      [
        { id: 'title', title: '除磷', abstract: '一种方法' },
        { id: 'abstract', title: '一种方法', abstract: '除磷' },
      ],
      TEXTBOOK_BM25,
    );
    expect(index.search('除磷', 10).map((h) => h.id)).toEqual(['title', 'abstract']);
  });

  it('uses the idf ln(1 + (N − df + 0.5) / (df + 0.5))', () => {
    const index = new Bm25Index(docs, TEXTBOOK_BM25);
    expect(index.idf('热封')).toBeCloseTo(Math.log(1 + (3 - 1 + 0.5) / 1.5));
  });
});
