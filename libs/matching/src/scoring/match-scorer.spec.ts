import type { MatchReason } from '../entities/match.entity';
import { gatedShare, MATCH_CONFIG } from './match-weights';
import { MatchScorer, PairScore } from './match-scorer';
import { textFraction } from './pair-features';
import type { ListingProfile } from './match-profiles';
import { NOW, achievement, need, organisation } from './profile-fixtures';

const scorer = () => new MatchScorer();
const reason = (score: { reasons: MatchReason[] }, kind: string) =>
  score.reasons.find((r) => r.kind === kind);
/** What a signal holding to `fraction` adds to this pair, after the text gate (rounded as shown). */
const gatedPoints = (pair: PairScore, kind: 'maturity' | 'price', fraction: number) => {
  const text = textFraction(pair.features.text, MATCH_CONFIG.text);
  const exact =
    MATCH_CONFIG.weights.needAchievement[kind] *
    fraction *
    gatedShare(kind, text, MATCH_CONFIG.text);
  return Math.round(exact * 10) / 10;
};

describe('MatchScorer', () => {
  it('weights of every direction sum to 100', () => {
    for (const [direction, weights] of Object.entries(MATCH_CONFIG.weights)) {
      const total = Object.values(weights).reduce((sum, w) => sum + (w ?? 0), 0);
      expect({ direction, total }).toEqual({ direction, total: 100 });
    }
  });

  it('explains a strong need–achievement pair with every signal, in both languages', () => {
    const result = scorer().needAchievement(need(), achievement(), NOW);
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(reason(result, 'text')).toMatchObject({
      zh: '关键词重合：数控机床、热变形、补偿',
      en: 'Shared keywords: 数控机床, 热变形, 补偿',
    });
    expect(reason(result, 'industry')).toMatchObject({
      contribution: MATCH_CONFIG.weights.needAchievement.industry,
      zh: '行业一致（小类）：C3421 金属切削机床制造',
    });
    expect(reason(result, 'modes')).toMatchObject({
      zh: '合作方式匹配：技术许可',
      en: 'Cooperation mode match: Technology licence',
    });
    expect(reason(result, 'maturity')?.zh).toBe('成熟度满足：TRL 7 ≥ 需求 TRL 6');
    expect(reason(result, 'price')).toMatchObject({
      zh: '价格在预算内：80 万元 ≤ 100 万元',
      en: 'Price within budget: CNY 800,000 ≤ CNY 1,000,000',
    });
    expect(reason(result, 'region')).toMatchObject({
      zh: '同城：辽宁省大连市',
      en: 'Same city: 辽宁省大连市',
    });
    expect(reason(result, 'freshness')?.zh).toBe('新近发布：9 天内');
    // Reasons are sorted by contribution and add up to the score.
    const contributions = result.reasons.map((r) => r.contribution);
    expect([...contributions].sort((a, b) => b - a)).toEqual(contributions);
    const sum = contributions.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(0.5);
  });

  it('is deterministic: the same inputs give identical results from fresh scorers', () => {
    const first = scorer().needAchievement(need(), achievement(), NOW);
    const second = scorer().needAchievement(need(), achievement(), NOW);
    expect(second).toEqual(first);
  });

  it("reads the need as a BM25 query: what the need's text repeats weighs more", () => {
    const about = (title: string) =>
      reason(
        scorer().needAchievement(
          need({
            title: '封口漏气',
            keywords: [],
            body: '包装袋封口漏气，封口起皱，也有印刷掉色。',
          }),
          achievement({ title, keywords: [], body: '' }),
          NOW,
        ),
        'text',
      )?.contribution ?? 0;
    expect(about('封口工艺')).toBeGreaterThan(about('印刷工艺'));
    expect(about('印刷工艺')).toBeGreaterThan(0);
  });

  it('grades industry by the deepest shared level of GB/T 4754', () => {
    const w = MATCH_CONFIG.weights.needAchievement.industry;
    const levels = MATCH_CONFIG.industryLevels;
    const at = (code: string) =>
      reason(
        scorer().needAchievement(need(), achievement({ industryCode: code }), NOW),
        'industry',
      );
    expect(at('3422')).toMatchObject({
      contribution: Math.round(w * levels.group * 10) / 10,
      zh: '行业一致（中类）：C342 金属加工机械制造',
    });
    expect(at('3411')).toMatchObject({
      contribution: Math.round(w * levels.division * 10) / 10,
      zh: '行业一致（大类）：C34 通用设备制造业',
    });
    expect(at('3911')?.contribution).toBe(Math.round(w * levels.section * 10) / 10);
    expect(at('6511')).toBeUndefined();
  });

  it('grades region: same city above same province, nothing across provinces', () => {
    const at = (code: string) =>
      reason(scorer().needAchievement(need(), achievement({ regionCode: code }), NOW), 'region');
    expect(at('210102')?.zh).toBe('同省：辽宁省');
    expect(at('210102')?.contribution).toBeLessThan(at('210202')?.contribution ?? 0);
    expect(at('320506')).toBeUndefined();
  });

  it('maturity: enough, one below, too low, and a need without a minimum', () => {
    const pair = (trl: number, desired: number | null) =>
      scorer().needAchievement(need({ trl: desired }), achievement({ trl }), NOW);
    const at = (trl: number, desired: number | null) => reason(pair(trl, desired), 'maturity');
    expect(at(6, 6)?.contribution).toBe(gatedPoints(pair(6, 6), 'maturity', 1));
    expect(at(6, 6)?.contribution).toBeGreaterThan(
      MATCH_CONFIG.weights.needAchievement.maturity / 2,
    );
    expect(at(5, 6)?.zh).toBe('成熟度接近：TRL 5，需求 TRL 6');
    expect(at(3, 6)).toBeUndefined();
    expect(at(4, null)?.en).toBe('Maturity: TRL 4 (the need sets no minimum)');
  });

  it('price: within, slightly over, far over, and 面议 on either side', () => {
    const at = (price: Partial<ListingProfile>, budget: Partial<ListingProfile> = {}) =>
      reason(scorer().needAchievement(need(budget), achievement(price), NOW), 'price');
    expect(at({ amountMaxWan: 110 })?.zh).toBe('价格略超预算：110 万元，预算 100 万元');
    expect(at({ amountMaxWan: 300 })).toBeUndefined();
    expect(at({ amountMaxWan: null, negotiable: true })?.zh).toBe('价格可议：成果价格面议');
    const negotiable = scorer().needAchievement(
      need({ amountMaxWan: null, negotiable: true }),
      achievement({ amountMaxWan: 300 }),
      NOW,
    );
    expect(reason(negotiable, 'price')?.contribution).toBe(
      gatedPoints(negotiable, 'price', MATCH_CONFIG.price.negotiable),
    );
  });

  it('cooperation modes: no overlap adds nothing', () => {
    const result = scorer().needAchievement(need(), achievement({ modes: ['equity'] }), NOW);
    expect(reason(result, 'modes')).toBeUndefined();
  });

  it('freshness follows the older listing and fades after a year', () => {
    const old = new Date('2025-01-01T00:00:00Z');
    expect(
      reason(scorer().needAchievement(need({ publishedAt: old }), achievement(), NOW), 'freshness'),
    ).toBeUndefined();
    const halfYear = new Date('2025-09-01T00:00:00Z');
    const partial = reason(
      scorer().needAchievement(need(), achievement({ publishedAt: halfYear }), NOW),
      'freshness',
    );
    expect(partial?.contribution).toBeGreaterThan(0);
    expect(partial?.contribution).toBeLessThan(MATCH_CONFIG.weights.needAchievement.freshness);
  });

  it('unrelated texts score low and say nothing about keywords', () => {
    const result = scorer().needAchievement(
      need(),
      achievement({
        title: '新型水稻抗倒伏栽培技术',
        keywords: ['水稻', '栽培'],
        body: '通过调整播种密度与施肥方案提高水稻抗倒伏能力。',
        industryCode: '0111',
        regionCode: '320506',
        modes: ['equity'],
        trl: 3,
        amountMaxWan: 500,
      }),
      NOW,
    );
    expect(result.score).toBeLessThan(MATCH_CONFIG.persistence.minScore);
    expect(reason(result, 'text')).toBeUndefined();
  });

  it('scores an SME for an achievement from its profile, industry and region', () => {
    const result = scorer().achievementSme(achievement(), organisation());
    expect(reason(result, 'text')?.zh).toContain('数控机床');
    expect(reason(result, 'industry')?.contribution).toBe(
      MATCH_CONFIG.weights.achievementSme.industry,
    );
    expect(result.score).toBeGreaterThan(MATCH_CONFIG.persistence.minScore);
  });

  it('reads a research organisation through its achievements for a need', () => {
    const university = organisation({
      type: 'university',
      profile: '工科院校',
      industryCode: '7520',
      achievementTitles: ['数控机床热误差建模与补偿'],
      achievementKeywords: ['热变形', '误差补偿'],
    });
    const result = scorer().needOrganisation(need(), university);
    expect(reason(result, 'text')?.zh).toBe('关键词重合：数控机床、热变形、误差补偿');
    expect(reason(result, 'industry')).toBeUndefined();
  });

  it('challenge candidates: eligibility and the tier valid on the deadline are explained', () => {
    const challenge = need({
      kind: 'challenge',
      validUntil: '2026-06-30',
      minTier: 'specialised',
      eligibleOrganisationTypes: ['sme'],
      eligibleRegionCodes: ['210000'],
    });
    const sme = organisation({
      verifiedCertificates: [
        {
          tier: 'little_giant',
          issuedOn: '2024-01-01',
          validUntil: '2026-12-31',
          status: 'verified',
        },
      ],
    });
    const result = scorer().challengeOrganisation(challenge, sme);
    expect(reason(result, 'eligibility')?.zh).toBe('符合揭榜条件：类型 中小企业，地区 辽宁省');
    expect(reason(result, 'tier')?.zh).toBe(
      '梯度培育满足：专精特新“小巨人” ≥ 专精特新中小企业（截止日 2026-06-30 有效）',
    );
    // A certificate that lapses before the deadline does not count.
    const lapsing = organisation({
      verifiedCertificates: [
        {
          tier: 'little_giant',
          issuedOn: '2024-01-01',
          validUntil: '2026-05-31',
          status: 'verified',
        },
      ],
    });
    expect(reason(scorer().challengeOrganisation(challenge, lapsing), 'tier')).toBeUndefined();
    // Only verified certificates reach the scorer; if an unverified one slipped in, it still
    // would not count.
    const selfDeclared = organisation({
      verifiedCertificates: [
        {
          tier: 'single_champion',
          issuedOn: '2024-01-01',
          validUntil: '2099-12-31',
          status: 'pending',
        },
      ],
    });
    expect(reason(scorer().challengeOrganisation(challenge, selfDeclared), 'tier')).toBeUndefined();
  });
});
