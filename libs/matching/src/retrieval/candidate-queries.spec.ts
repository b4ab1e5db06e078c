import type { ListingProfile } from '../scoring/match-profiles';
import {
  bodyQueries,
  challengeQueries,
  chinaDayStart,
  contentPhrases,
  listingQueries,
  organisationQueries,
  topicTerms,
} from './candidate-queries';

function listing(overrides: Partial<ListingProfile> = {}): ListingProfile {
  return {
    kind: 'need',
    id: 'n1',
    version: 1,
    organisationId: 'o1',
    organisationName: '某企业',
    organisationType: 'sme',
    anonymous: false,
    status: 'published',
    validUntil: '2026-12-31',
    title: '寻求玄武岩纤维技术',
    keywords: ['玄武岩纤维', '复合材料'],
    body: '……',
    industryCode: '3062',
    regionCode: '210211',
    modes: [],
    trl: null,
    amountMinWan: null,
    amountMaxWan: null,
    negotiable: false,
    publishedAt: null,
    minTier: null,
    eligibleOrganisationTypes: [],
    eligibleRegionCodes: [],
    ...overrides,
  };
}

describe('candidate queries', () => {
  it('contentPhrases drops generic request words and splits at punctuation', () => {
    expect(contentPhrases('寻求玄武岩技术')).toEqual(['玄武岩']);
    // Single characters left between removed words (是, 的) are no phrase.
    expect(contentPhrases('我公司是一家中小企业，希望寻找锂电池回收、梯次利用方面的成果')).toEqual([
      '锂电池回收',
      '梯次利用',
    ]);
    expect(contentPhrases('技术需求')).toEqual([]);
  });

  it('topicTerms keeps the title pieces the description repeats, longest first', () => {
    const body = '本企业在脑梗死环节遇到瓶颈，拟引进脑梗死、缺血再灌注损伤相关成果。';
    // Phrasings the code has no list for: the repeated piece is still the topic.
    expect(topicTerms('求脑梗死解决办法', body)).toEqual(['脑梗死']);
    expect(topicTerms('我司急需脑梗死领域专家', body)).toEqual(['脑梗死']);
    expect(topicTerms('缺血再灌注损伤与脑梗死研发项目', body)).toEqual([
      '缺血再灌注损伤',
      '脑梗死',
    ]);
    // Case and width do not matter.
    expect(topicTerms('ＰＬＣ控制', '需要plc控制方面的支持')).toEqual(['plc控制']);
  });

  it('topicTerms falls back to the title when the description repeats nothing of it', () => {
    expect(topicTerms('寻求玄武岩纤维技术', '')).toEqual(['玄武岩纤维']);
    expect(topicTerms('征集甘蓝型油菜改进方案', '……')).toEqual(['甘蓝型油菜']);
    // A title of generic words only: its pieces the text repeats, unfiltered.
    expect(topicTerms('寻求关键问题相关技术合作', '目前在关键问题方面缺少技术')).toEqual([
      '关键问题',
      '技术',
    ]);
    expect(topicTerms('技术需求', '')).toEqual(['技术需求']);
  });

  it('asks organisations title + keywords, keywords, the topic, the same within the industry division and the description; listings title + keywords', () => {
    const open = `validUntil >= ${chinaDayStart('2026-03-01')}`;
    const titleQueries = [
      {
        q: '寻求玄武岩纤维技术 玄武岩纤维 复合材料',
        filter: [open],
        matchingStrategy: 'last',
      },
      { q: '玄武岩纤维 复合材料', filter: [open], matchingStrategy: 'last' },
      { q: '玄武岩纤维', filter: [open], matchingStrategy: 'last' },
      {
        q: '寻求玄武岩纤维技术 玄武岩纤维 复合材料',
        filter: [open, 'industryPrefixes = "30"'],
        matchingStrategy: 'last',
      },
    ];
    // Needs and achievements are ranked for each other by BM25 in PostgreSQL: toward them the
    // search engine gets title + keywords only; the rest goes only toward organisations.
    for (const target of ['need', 'achievement'] as const)
      expect(
        listingQueries(
          listing({ body: '我公司需要玄武岩纤维增强复合材料的成型工艺。' }),
          target,
          '2026-03-01',
          8,
        ),
      ).toEqual([{ ...titleQueries[0], target }]);
    expect(
      organisationQueries(
        listing({ body: '我公司需要玄武岩纤维增强复合材料的成型工艺。' }),
        ['university'],
        8,
      ).map((query) => query.q),
    ).toEqual([...titleQueries.map((query) => query.q), '玄武岩纤维增强复合材料的成型工艺']);
  });

  it('cuts the description into short queries without boilerplate or request words', () => {
    expect(
      bodyQueries(
        '我公司成立于2009年，主营：塑料薄膜、包装袋。食品包装袋热封后漏气，封口起皱。另外编织袋印刷后掉色，希望解决。欢迎来电洽谈！',
      ),
    ).toEqual(['食品包装袋热封后漏气', '封口起皱 另外编织袋印刷后掉色']);
  });

  it('challenge eligibility becomes quoted filters, plus a tier query without text', () => {
    const challenge = listing({
      kind: 'challenge',
      eligibleOrganisationTypes: ['sme', 'university"] OR type EXISTS'],
      eligibleRegionCodes: ['210000'],
      minTier: 'little_giant',
    });
    const queries = challengeQueries(challenge, 8);
    const filters = [
      'type IN ["sme", "university\\"] OR type EXISTS"]',
      'regionPrefixes IN ["210000"]',
    ];
    expect(queries[0].filter).toEqual(filters);
    expect(queries[queries.length - 1]).toEqual({
      target: 'organisation',
      q: '',
      filter: [...filters, 'currentTier IN ["little_giant", "single_champion"]'],
      matchingStrategy: 'last',
    });
  });
});
