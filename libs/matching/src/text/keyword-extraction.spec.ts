import {
  bundledWordIdf,
  candidateWords,
  extractKeywords,
  listingWords,
  WordIdf,
  WordStatistics,
} from './keyword-extraction';

/** A posting written the way real SME needs are: introduction, business scope, sales phrase. */
const packagingNeed = {
  title: '包装袋封口不严怎么解决',
  body:
    '我公司成立于2009年，主营：塑料薄膜、包装袋、编织袋的生产与销售。目前食品包装袋热封后经常有漏气、' +
    '封口起皱的情况，客户投诉较多，想找专家帮忙看看是材料问题还是设备问题。欢迎来电洽谈！',
};

const phosphorusNeed = {
  title: '求购污水处理除磷技术',
  body:
    '本公司位于江苏盐城化工园区，成立于2011年，主营：精细化工中间体、表面处理剂的生产与销售，年产值约' +
    '1.2亿元，员工180人。厂里废水总磷一直超标，现在用的加药办法成本高、污泥多。想找一种便宜点的吸附' +
    '材料把磷降下来。有意者请联系王经理，电话13912345678。',
};

const batteryAchievement = {
  title: '锂离子电池健康状态在线估计方法',
  body: '采用卷积神经网络提取充放电曲线特征，在线估计锂离子电池的健康状态，估算误差小于2%。',
};

/** Every word equally rare: what the text itself says decides. */
const flat: WordIdf = { idf: () => 10, isCommon: () => false };

describe('keyword extraction', () => {
  it('reads a need with business scope as its technical words, not its introduction or sales phrases', () => {
    const keywords = extractKeywords(packagingNeed, flat);
    expect(keywords.slice(0, 2)).toEqual(['包装袋', '封口']);
    expect(keywords).toEqual(expect.arrayContaining(['漏气', '起皱']));
    for (const noise of [
      '公司',
      '我公司',
      '主营',
      '欢迎',
      '来电',
      '洽谈',
      '专家',
      '2009',
      '塑料薄膜',
    ])
      expect(keywords).not.toContain(noise);
  });

  it('drops contact lines, numbers and request words, and keeps words jieba only finds by HMM', () => {
    const keywords = extractKeywords(phosphorusNeed, flat);
    expect(keywords).toEqual(expect.arrayContaining(['污水处理', '废水', '总磷', '污泥']));
    for (const noise of ['求购', '技术', '王经理', '电话', '有意者', '员工', '江苏', '盐城', '1.2'])
      expect(keywords).not.toContain(noise);
  });

  it('counts the title twice and keeps a word inside a heavier keyword out', () => {
    expect(listingWords({ title: '锂电池', body: '电池' })).toEqual(['锂电池', '锂电池', '电池']);
    expect(extractKeywords({ title: '复合膜', body: '复合膜的复合工艺' }, flat)).toEqual([
      '复合膜',
      '工艺',
    ]);
  });

  it('weighs words by the platform statistics: a word most listings have is never a keyword', () => {
    const stats = new WordStatistics(
      100,
      new Map([
        ['锂离子', 40],
        ['电池', 60],
        ['状态', 2],
        ['卷积', 3],
      ]),
    );
    const keywords = extractKeywords(batteryAchievement, stats, 3);
    expect(keywords[0]).toBe('状态');
    expect(keywords).not.toContain('电池');
    expect(keywords).not.toContain('锂离子');
    expect(stats.idf('状态')).toBeCloseTo(Math.log(50), 10);
    // A word the table lacks is in at most one listing: as rare as can be.
    expect(stats.idf('充放电')).toBeCloseTo(Math.log(100), 10);
    // On a small platform a share says little: a word in two listings is never too common.
    const small = new WordStatistics(
      4,
      new Map([
        ['电池', 2],
        ['状态', 3],
      ]),
    );
    expect(small.isCommon('电池')).toBe(false);
    expect(small.isCommon('状态')).toBe(true);
  });

  it("falls back to jieba's bundled IDF before the first refresh", () => {
    const idf = bundledWordIdf();
    expect(idf.idf('锂离子')).toBeGreaterThan(idf.idf('方法'));
    expect(extractKeywords(batteryAchievement, idf)).toEqual(
      expect.arrayContaining(['锂离子', '充放电', '卷积', '神经网络']),
    );
  });

  it('normalises full-width and upper-case Latin words', () => {
    expect(candidateWords('ＢＭＳ保护板')).toContain('bms');
    expect(candidateWords('')).toEqual([]);
  });
});
