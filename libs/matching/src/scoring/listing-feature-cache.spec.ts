import { ListingProfile } from './match-profiles';
import { MATCH_CONFIG } from './match-weights';
import { ListingFeatureCache } from './listing-feature-cache';
import { MatchScorer } from './match-scorer';
import { textFeatures } from './text-similarity';

const NOW = new Date('2026-03-01T04:00:00Z');

function listing(overrides: Partial<ListingProfile> = {}): ListingProfile {
  return {
    kind: 'achievement',
    id: '00000000-0000-4000-8000-000000000002',
    version: 1,
    organisationId: 'org-uni',
    organisationName: '东北理工大学',
    organisationType: 'university',
    anonymous: false,
    status: 'published',
    validUntil: '2026-09-01',
    title: '机床热误差实时补偿系统',
    keywords: ['热变形', '数控机床', ' 补偿 '],
    body: '基于温度场建模与机器学习的数控机床热误差实时补偿系统，主轴热变形定位精度提升60%。',
    industryCode: '3421',
    regionCode: '210202',
    modes: ['licence'],
    trl: 7,
    amountMinWan: 80,
    amountMaxWan: 80,
    negotiable: false,
    publishedAt: new Date('2026-02-25T02:00:00Z'),
    minTier: null,
    eligibleOrganisationTypes: [],
    eligibleRegionCodes: [],
    ...overrides,
  };
}

describe('ListingFeatureCache', () => {
  it('reuses features for the same kind, id and version, even from another object', () => {
    const cache = new ListingFeatureCache(MATCH_CONFIG.text, 10);
    const first = cache.featuresOf(listing());
    expect(cache.featuresOf(listing())).toBe(first);
    expect(first).toEqual(textFeatures(listing(), MATCH_CONFIG.text));
  });

  it('vectorises again after an edit bumped the version', () => {
    const cache = new ListingFeatureCache(MATCH_CONFIG.text, 10);
    cache.featuresOf(listing());
    const edited = cache.featuresOf(
      listing({ version: 2, title: '激光焊接质量在线检测', keywords: ['激光焊接'], body: '' }),
    );
    expect(edited.vector.has('激光')).toBe(true);
    expect(edited.vector.has('机床')).toBe(false);
  });

  it('gives a scorer exactly the scores and reasons it gives without the cache', () => {
    const need = listing({
      kind: 'need',
      id: 'need-1',
      organisationId: 'org-sme',
      title: '数控机床主轴热变形补偿技术需求',
      keywords: ['数控机床', '热变形', '误差补偿'],
      body: '我司数控车床连续加工4小时后主轴热伸长导致精度漂移，希望开发热误差补偿方案。',
      trl: 6,
      amountMaxWan: 100,
    });
    const cached = new MatchScorer(MATCH_CONFIG, new ListingFeatureCache(MATCH_CONFIG.text, 10));
    const plain = new MatchScorer(MATCH_CONFIG);
    for (let i = 0; i < 2; i++) {
      expect(cached.needAchievement(need, listing(), NOW)).toEqual(
        plain.needAchievement(need, listing(), NOW),
      );
    }
    expect(cached.needAchievement(need, listing(), NOW).score).toBeGreaterThan(50);
  });
});
