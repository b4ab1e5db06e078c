import { chinaDate } from '@rongtong/common';
import { IndustryCatalog, ORGANISATION_TYPES, RegionCatalog, SME_TIERS } from '@rongtong/identity';
import { COOPERATION_MODES, LICENCE_KINDS, parsePatentNumber } from '@rongtong/catalog';
import { loadCslPapers } from './csl-corpus';
import {
  buildDemoListings,
  cleanKeywords,
  DEMO_LISTING_COUNTS,
  demoListingId,
  DemoListingSet,
  DemoOwner,
  DemoOwners,
  evaluationWeights,
  problemOf,
  topicOf,
} from './demo-listing-builder';
import { DemoRandom } from './demo-random';

const owner = (n: number, type: DemoOwner['type'], regionCode: string): DemoOwner => ({
  organisationId: `00000000-0000-4000-8000-00000000000${n}`,
  userId: `00000000-0000-4000-8000-0000000000${10 + n}`,
  name: `示例机构${n}`,
  type,
  regionCode,
});

const OWNERS: DemoOwners = {
  smes: [
    { ...owner(1, 'sme', '210211'), industryCode: '3421' },
    { ...owner(2, 'sme', '320505'), industryCode: '3841' },
  ],
  largeEnterprise: owner(3, 'large_enterprise', '310115'),
  university: owner(4, 'university', '210102'),
  researchInstitute: owner(5, 'research_institute', '320102'),
  serviceOrg: owner(6, 'service_org', '440305'),
};
const NOW = new Date('2026-03-01T04:00:00Z');
const DAY_MS = 86_400_000;

describe('buildDemoListings', () => {
  const papers = loadCslPapers();
  const industries = IndustryCatalog.shared();
  const regions = RegionCatalog.shared();
  let set: DemoListingSet;
  let all: DemoListingSet[keyof DemoListingSet][number][];

  beforeAll(() => {
    set = buildDemoListings(papers, OWNERS, { now: NOW });
    all = [...set.achievements, ...set.needs, ...set.challenges];
  });

  it('builds the configured counts per kind and state, at least 2,000 published', () => {
    const tally = (rows: { status: string }[]) =>
      rows.reduce<Record<string, number>>((acc, row) => {
        acc[row.status] = (acc[row.status] ?? 0) + 1;
        return acc;
      }, {});
    const expected = (kind: keyof typeof DEMO_LISTING_COUNTS) => ({
      published: DEMO_LISTING_COUNTS[kind].published,
      draft: DEMO_LISTING_COUNTS[kind].draft,
      pending_review: DEMO_LISTING_COUNTS[kind].pendingReview,
    });
    expect(tally(set.achievements)).toEqual(expected('achievement'));
    expect(tally(set.needs)).toEqual(expected('need'));
    expect(tally(set.challenges)).toEqual(expected('challenge'));
    expect(all.filter((row) => row.status === 'published').length).toBeGreaterThanOrEqual(2000);
  });

  it('is deterministic and keys each listing by kind and CSL paper', () => {
    const again = buildDemoListings(papers, OWNERS, { now: NOW });
    expect(again).toEqual(set);
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
    const achievementIds = new Set(papers.map((p) => demoListingId('achievement', p.id)));
    expect(set.achievements.every((row) => achievementIds.has(row.id))).toBe(true);
  });

  it('uses valid industry and region codes and the demo owners', () => {
    expect(all.filter((row) => !industries.isValid(row.industryCode))).toEqual([]);
    expect(all.filter((row) => !regions.isValid(row.regionCode))).toEqual([]);
    const ids = (...owners: DemoOwner[]) => new Set(owners.map((o) => o.organisationId));
    const academic = ids(OWNERS.university, OWNERS.researchInstitute);
    const seekers = ids(...OWNERS.smes, OWNERS.serviceOrg);
    expect(set.achievements.every((row) => academic.has(row.organisationId))).toBe(true);
    expect(set.needs.every((row) => seekers.has(row.organisationId))).toBe(true);
    expect(
      set.challenges.every((row) => row.organisationId === OWNERS.largeEnterprise.organisationId),
    ).toBe(true);
    for (const kind of [set.achievements, set.needs]) {
      const owners = new Set(kind.map((row) => row.organisationId));
      expect(owners.size).toBeGreaterThan(1);
    }
    // Needs are spread over several provinces.
    const provinces = new Set(set.needs.map((row) => regions.provinceOf(row.regionCode)?.code));
    expect(provinces.size).toBeGreaterThanOrEqual(8);
  });

  it('keeps the fields within what the API accepts', () => {
    const today = chinaDate(NOW);
    for (const row of all) {
      expect(row.title.length).toBeGreaterThanOrEqual(4);
      expect(row.title.length).toBeLessThanOrEqual(120);
      expect(row.keywords.length).toBeGreaterThan(0);
      expect(row.keywords.length).toBeLessThanOrEqual(20);
      expect(new Set(row.keywords).size).toBe(row.keywords.length);
      expect(row.keywords.every((k) => k.length >= 1 && k.length <= 30)).toBe(true);
      expect(row.validUntil > today).toBe(true);
      if (row.status === 'published') {
        const publishedAt = row.publishedAt?.getTime() ?? 0;
        expect(publishedAt).toBeLessThanOrEqual(NOW.getTime());
        expect(publishedAt).toBeGreaterThan(NOW.getTime() - 90 * DAY_MS);
        expect(row.createdAt.getTime()).toBeLessThanOrEqual(publishedAt);
      } else {
        expect(row.publishedAt).toBeNull();
      }
    }
  });

  it('achievements: TRL, modes, licences, prices and valid patent numbers', () => {
    const modes: readonly string[] = COOPERATION_MODES;
    const kinds: readonly string[] = LICENCE_KINDS;
    const abstracts = new Map(papers.map((p) => [demoListingId('achievement', p.id), p.abstract]));
    const trls = new Set<number>();
    let open = 0;
    let patents = 0;
    for (const row of set.achievements) {
      trls.add(row.trl);
      expect(row.trl >= 1 && row.trl <= 9).toBe(true);
      expect(row.transferModes.length).toBeGreaterThan(0);
      expect(row.transferModes.every((m) => modes.includes(m))).toBe(true);
      expect(row.licenceKinds.every((k) => kinds.includes(k))).toBe(true);
      expect(row.licenceKinds.length > 0).toBe(row.transferModes.includes('licence'));
      expect(row.openLicenceTerms !== null).toBe(row.licenceKinds.includes('open'));
      if (row.openLicenceTerms) open++;
      expect(row.priceNegotiable ? row.priceWan === null : (row.priceWan ?? 0) > 0).toBe(true);
      expect(row.patents.length).toBeLessThanOrEqual(2);
      for (const patent of row.patents) {
        patents++;
        const parsed = parsePatentNumber(patent.number, { now: NOW });
        expect(parsed).toMatchObject({ ok: true, value: patent.number, type: patent.type });
      }
      expect(row.team).not.toBe('');
      expect(row.institution).not.toBe('');
      expect(row.applicationScenarios.length).toBeGreaterThan(0);
      expect(row.abstract).toBe(abstracts.get(row.id));
    }
    expect(trls.size).toBeGreaterThanOrEqual(7);
    expect(open).toBeGreaterThan(20);
    expect(patents).toBeGreaterThan(500);
  });

  it('needs: budgets min ≤ max or negotiable, modes, TRL, some anonymous, rewritten text', () => {
    const modes: readonly string[] = COOPERATION_MODES;
    const titles = new Set(papers.map((p) => p.title));
    const abstracts = new Set(papers.map((p) => p.abstract));
    for (const row of set.needs) {
      if (row.budgetNegotiable) {
        expect(row.budgetMinWan).toBeNull();
        expect(row.budgetMaxWan).toBeNull();
      } else {
        expect(row.budgetMinWan).not.toBeNull();
        expect(row.budgetMinWan ?? 0).toBeLessThanOrEqual(row.budgetMaxWan ?? 0);
      }
      expect(row.cooperationModes.length).toBeGreaterThan(0);
      expect(row.cooperationModes.every((m) => modes.includes(m))).toBe(true);
      expect(row.desiredTrl === null || (row.desiredTrl >= 1 && row.desiredTrl <= 9)).toBe(true);
      expect(row.description).toMatch(/希望与高校、科研院所合作/);
      expect(titles.has(row.title) || abstracts.has(row.description)).toBe(false);
    }
    const anonymous = set.needs.filter((row) => row.anonymous).length;
    expect(anonymous).toBeGreaterThan(20);
    expect(anonymous).toBeLessThan(set.needs.length / 2);
  });

  it('challenges: indicators, rewards, eligibility and weights summing to 100', () => {
    const tiers: readonly string[] = SME_TIERS;
    const types: readonly string[] = ORGANISATION_TYPES;
    const today = NOW.getTime();
    for (const row of set.challenges) {
      expect(row.technicalIndicators.length).toBeGreaterThanOrEqual(2);
      expect(row.technicalIndicators.length).toBeLessThanOrEqual(4);
      expect(row.rewardWan >= 50 && row.rewardWan <= 2000).toBe(true);
      expect(row.minTier === null || tiers.includes(row.minTier)).toBe(true);
      expect(row.eligibleOrganisationTypes.every((t) => types.includes(t))).toBe(true);
      expect(row.eligibleRegionCodes.every((code) => regions.isValid(code))).toBe(true);
      expect(row.evaluationCriteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
      const deadline = new Date(`${row.validUntil}T00:00:00Z`).getTime();
      expect(deadline).toBeGreaterThan(today + 25 * DAY_MS);
      expect(deadline).toBeLessThan(today + 185 * DAY_MS);
    }
    expect(set.challenges.some((row) => row.minTier === 'specialised')).toBe(true);
    expect(set.challenges.some((row) => row.eligibleRegionCodes.length > 0)).toBe(true);
  });
});

describe('demo text helpers', () => {
  it('problemOf finds 针对…问题 and the proposed approach', () => {
    const problem = problemOf(
      '针对传统方法标定精度低、效率差等问题,提出了一种基于光栅的精度标定方法.实验表明该方法有效.',
    );
    expect(problem.clause).toBe('传统方法标定精度低、效率差');
    expect(problem.approach).toBe('基于光栅的精度标定方法');
    expect(problemOf('针对上述问题,本文研究了X.').clause).toBeUndefined();
  });

  it('topicOf drops the academic tail; cleanKeywords dedupes and bounds', () => {
    expect(topicOf('锂离子电池正极材料的研究')).toBe('锂离子电池正极材料');
    expect(topicOf('研究')).toBe('研究');
    expect(topicOf('园林工程施工管理中存在的问题及对策')).toBe('园林工程施工管理');
    expect(cleanKeywords([' a ', 'a', '', 'x'.repeat(31), 'b'])).toEqual(['a', 'b']);
  });

  it('evaluationWeights sum to 100 in multiples of 5, at least 10 each', () => {
    const random = new DemoRandom('weights');
    for (let count = 3; count <= 5; count++) {
      for (let i = 0; i < 50; i++) {
        const weights = evaluationWeights(random, count);
        expect(weights).toHaveLength(count);
        expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
        expect(weights.every((w) => w >= 10 && w % 5 === 0)).toBe(true);
      }
    }
  });
});

describe('demo needs by owner', () => {
  const set = buildDemoListings(loadCslPapers(), OWNERS, { now: NOW });

  it('gives each SME needs about its own business, and the rest to the service organisation', () => {
    const [machineTools, battery] = OWNERS.smes;
    const of = (owner: DemoOwner) =>
      set.needs.filter((need) => need.organisationId === owner.organisationId);
    const batteryNeeds = of(battery);
    expect(batteryNeeds.length).toBeGreaterThanOrEqual(10);
    for (const need of batteryNeeds) {
      expect(need.industryCode).toBe('3841');
      expect(need.status).toBe('published');
      expect(`${need.title} ${need.keywords.join(' ')} ${need.description}`).toMatch(
        /电池|储能|锂|电极|超级电容/,
      );
    }
    expect(of(machineTools).length).toBeGreaterThanOrEqual(10);
    for (const need of of(machineTools)) expect(need.industryCode).toBe('3421');
    const broker = of(OWNERS.serviceOrg);
    expect(broker.length + batteryNeeds.length + of(machineTools).length).toBe(set.needs.length);
    for (const need of broker) expect(need.description).toContain('受一家合作企业委托');
  });
});
