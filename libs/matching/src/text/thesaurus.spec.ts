import { bm25, bm25Features, documentTerms, queryTerms, TermStatistics } from './bm25';
import { queryWeights } from './term-postings';
import { loadThesaurus, queryFeatures, Thesaurus } from './thesaurus';

const thesaurus = new Thesaurus([
  { words: ['充电宝', '移动电源'], terms: ['锂离子电池'], source: 'added' },
  { words: ['臭味', '异味'], terms: ['恶臭', '除臭'], source: 'mined' },
  { words: ['油'], terms: ['油脂'], source: 'added' },
]);

describe('thesaurus query expansion', () => {
  it("adds the bigrams of a group's terms at the given weight when the text says one of its words", () => {
    const added = thesaurus.expansion('充电宝容易鼓包', 0.3);
    expect([...added.keys()].sort()).toEqual(['子电', '电池', '离子', '锂离'].sort());
    for (const weight of added.values()) expect(weight).toBeCloseTo(0.3);
  });

  it('weighs an added bigram by how often the group’s word occurs', () => {
    const added = thesaurus.expansion('猪场臭味大，臭味散不掉', 0.25);
    expect(added.get('恶臭')).toBeCloseTo(0.5);
    expect(added.get('除臭')).toBeCloseTo(0.5);
  });

  it('adds nothing for words not in the thesaurus, one-character words, or a zero weight', () => {
    expect(thesaurus.expansion('锂离子电池保护电路', 0.3).size).toBe(0);
    expect(thesaurus.expansion('食用油', 0.3).size).toBe(0);
    expect(thesaurus.expansion('充电宝', 0).size).toBe(0);
  });

  it('skips a term the text already contains', () => {
    const added = thesaurus.expansion('臭味大，需要除臭', 0.3);
    expect(added.has('恶臭')).toBe(true);
    expect(added.has('除臭')).toBe(false);
  });

  it("adds only bigrams absent from a need's query, keeping its own frequencies", () => {
    const need = { title: '充电宝', keywords: [], body: '电池鼓包，电池发热。' };
    const plain = bm25Features(queryTerms(need));
    const expanded = queryFeatures(need, 0.3, () => thesaurus);
    expect(expanded.tf.get('电池')).toBe(plain.tf.get('电池'));
    expect(expanded.tf.get('锂离')).toBeCloseTo(0.3);
    expect(expanded.length).toBe(plain.length);
    expect(queryFeatures(need, 0, () => thesaurus).tf).toEqual(plain.tf);
  });

  it('lets a need meet an achievement that shares none of its words, in scoring and retrieval', () => {
    const need = { title: '充电宝', keywords: [], body: '放久了没电。' };
    const achievement = { title: '锂离子电池保护电路', keywords: [], body: '低功耗保护芯片。' };
    const stats = new TermStatistics(100, 20, new Map([['电池', 10]]));
    const doc = bm25Features(documentTerms(achievement));
    expect(bm25(bm25Features(queryTerms(need)), doc, stats).score).toBe(0);
    const expanded = queryFeatures(need, 0.3, () => thesaurus);
    const { score, matched } = bm25(expanded, doc, stats);
    expect(score).toBeGreaterThan(0);
    expect(matched).toEqual(expect.arrayContaining(['锂离', '电池']));
    const lookedUp = queryWeights(expanded, stats).map((w) => w.term);
    expect(lookedUp).toEqual(expect.arrayContaining(['锂离', '电池']));
  });

  it("does not lower a need's best score: a document with only the need's own words keeps its ratio", () => {
    const need = { title: '充电宝', keywords: [], body: '放久了没电。' };
    const stats = new TermStatistics(100, 20, new Map([['电池', 10]]));
    const doc = bm25Features(documentTerms({ title: '充电宝', keywords: [], body: '放久了没电' }));
    const plain = bm25(bm25Features(queryTerms(need)), doc, stats);
    const expanded = bm25(
      queryFeatures(need, 0.3, () => thesaurus),
      doc,
      stats,
    );
    expect(plain.ratio).toBeGreaterThan(0);
    expect(expanded.ratio).toBeCloseTo(plain.ratio);
    const both = bm25Features(
      documentTerms({ title: '充电宝，锂离子电池', keywords: [], body: '放久了没电' }),
    );
    const bonus = bm25(
      queryFeatures(need, 0.3, () => thesaurus),
      both,
      stats,
    );
    expect(bonus.score).toBeGreaterThan(bm25(bm25Features(queryTerms(need)), both, stats).score);
    expect(bonus.ratio).toBeLessThanOrEqual(1);
  });

  it('loads the reviewed groups, each with words, terms and a source', () => {
    const reviewed = loadThesaurus();
    expect(reviewed.size).toBeGreaterThan(200);
    expect(reviewed.expansion('充电宝', 1).get('锂离')).toBe(1);
  });

  it('does not fire on words that merely contain a trigger dropped by the second review', () => {
    // Each of these once added terms: 费电, 体检, 中风, 葡萄, 生虫, 断电, 坏机, 道路, ai, 菌剂.
    const reviewed = loadThesaurus();
    for (const text of [
      '消费电子',
      '气体检测仪',
      '中风险地区',
      '葡萄糖',
      '寄生虫',
      '诊断电路',
      '破坏机理',
      '管道路由',
      'e-mail',
      '抗菌剂',
    ]) {
      expect([text, [...reviewed.expansion(text, 1).keys()]]).toEqual([text, []]);
    }
  });
});
