import type { ListingProfile, OrganisationProfile } from './match-profiles';

/**
 * Profiles for the scoring specs: an SME's need for thermal-error compensation of a CNC
 * spindle, a university's achievement that solves it, and an organisation; each spec
 * overrides what it is about.
 */
export const NOW = new Date('2026-03-01T04:00:00Z');

export function need(overrides: Partial<ListingProfile> = {}): ListingProfile {
  return {
    kind: 'need',
    id: '00000000-0000-4000-8000-000000000001',
    version: 1,
    organisationId: 'org-sme',
    organisationName: '大连精工数控机床有限公司',
    organisationType: 'sme',
    anonymous: false,
    status: 'published',
    validUntil: '2026-09-01',
    title: '数控机床主轴热变形补偿技术需求',
    keywords: ['数控机床', '热变形', '误差补偿'],
    body: '我司数控车床连续加工4小时后主轴热伸长导致精度漂移，希望与高校合作开发热误差补偿方案。',
    industryCode: '3421',
    regionCode: '210211',
    modes: ['joint_development', 'licence'],
    trl: 6,
    amountMinWan: 50,
    amountMaxWan: 100,
    negotiable: false,
    publishedAt: new Date('2026-02-20T02:00:00Z'),
    minTier: null,
    eligibleOrganisationTypes: [],
    eligibleRegionCodes: [],
    ...overrides,
  };
}

export function achievement(overrides: Partial<ListingProfile> = {}): ListingProfile {
  return need({
    kind: 'achievement',
    id: '00000000-0000-4000-8000-000000000002',
    organisationId: 'org-uni',
    organisationName: '东北理工大学',
    organisationType: 'university',
    title: '机床热误差实时补偿系统',
    keywords: ['热变形', '数控机床', '补偿'],
    body: '基于温度场建模与机器学习的数控机床热误差实时补偿系统，主轴热变形定位精度提升60%。',
    industryCode: '3421',
    regionCode: '210202',
    modes: ['licence', 'assignment'],
    trl: 7,
    amountMinWan: 80,
    amountMaxWan: 80,
    publishedAt: new Date('2026-02-25T02:00:00Z'),
    ...overrides,
  });
}

export function organisation(overrides: Partial<OrganisationProfile> = {}): OrganisationProfile {
  return {
    id: 'org-x',
    name: '某机构',
    type: 'sme',
    profile: '专注数控机床热变形误差补偿与精密主轴制造',
    industryCode: '3421',
    regionCode: '210211',
    achievementTitles: [],
    achievementKeywords: [],
    verifiedCertificates: [],
    ...overrides,
  };
}
