import type { ListingProfile } from '../scoring/match-profiles';
import { challengeQueries, chinaDayStart, listingQueries, topicOf } from './candidate-queries';

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
  it('topicOf strips request phrasing and keeps the topic', () => {
    expect(topicOf('寻求玄武岩技术')).toBe('玄武岩');
    expect(topicOf('征集甘蓝型油菜改进方案')).toBe('甘蓝型油菜');
    expect(topicOf('脑梗死关键技术攻关需求')).toBe('脑梗死');
    expect(topicOf('寻求模态分析相关技术合作')).toBe('模态分析');
    expect(topicOf('需要锂电池回收技术支持')).toBe('锂电池回收');
    expect(topicOf('数控机床主轴热变形补偿技术需求')).toBe('数控机床主轴热变形补偿');
    // Never strips a title down to nothing.
    expect(topicOf('技术需求')).toBe('技术');
  });

  it('asks title + keywords, keywords, the topic, and the same within the industry division', () => {
    const queries = listingQueries(listing(), 'achievement', '2026-03-01', 8);
    const open = `validUntil >= ${chinaDayStart('2026-03-01')}`;
    expect(queries).toEqual([
      {
        target: 'achievement',
        q: '寻求玄武岩纤维技术 玄武岩纤维 复合材料',
        filter: [open],
        matchingStrategy: 'last',
      },
      { target: 'achievement', q: '玄武岩纤维 复合材料', filter: [open], matchingStrategy: 'last' },
      { target: 'achievement', q: '玄武岩纤维', filter: [open], matchingStrategy: 'last' },
      {
        target: 'achievement',
        q: '寻求玄武岩纤维技术 玄武岩纤维 复合材料',
        filter: [open, 'industryPrefixes = "30"'],
        matchingStrategy: 'last',
      },
    ]);
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
