import { gatedShare, MATCH_CONFIG, MatchConfig } from './match-weights';
import type { ListingProfile } from './match-profiles';
import { NOW, achievement, need, organisation } from './profile-fixtures';
import { MatchScorer, PairScore } from './match-scorer';
import { PairFeatures, scoreFeatures, textFraction, weightsVersion } from './pair-features';

/** Pairs that between them take every grade of every signal. */
function variedPairs(scorer: MatchScorer): PairScore[] {
  const achievements: Partial<ListingProfile>[] = [
    {},
    { industryCode: '3422', regionCode: '210102', trl: 5, amountMaxWan: 110 },
    { industryCode: '3411', regionCode: '320506', trl: 3, amountMaxWan: 300, negotiable: true },
    { industryCode: '3911', trl: null, modes: ['equity'], publishedAt: new Date('2025-09-01') },
    { industryCode: '6511', publishedAt: new Date('2025-01-01'), keywords: [] },
    {
      title: '新型水稻抗倒伏栽培技术',
      keywords: ['水稻', '栽培'],
      body: '通过调整播种密度与施肥方案提高水稻抗倒伏能力。',
      industryCode: '0111',
    },
    { title: '主轴温升测量装置', keywords: [], body: '测量主轴温升。', publishedAt: null },
  ];
  const needs: Partial<ListingProfile>[] = [
    {},
    { trl: null, amountMaxWan: null, negotiable: true },
    // No keywords on either side with the achievements that have none: text is BM25 alone.
    { keywords: [] },
  ];
  const pairs = needs.flatMap((n) =>
    achievements.map((a) => scorer.needAchievement(need(n), achievement(a), NOW)),
  );
  const university = organisation({
    type: 'university',
    profile: '工科院校',
    industryCode: '7520',
    achievementTitles: ['数控机床热误差建模与补偿'],
    achievementKeywords: ['热变形', '误差补偿'],
  });
  pairs.push(scorer.needOrganisation(need(), university));
  pairs.push(scorer.achievementSme(achievement(), organisation()));
  pairs.push(scorer.achievementSme(achievement(), organisation({ profile: '水稻种植' })));
  const certified = organisation({
    verifiedCertificates: [
      {
        tier: 'little_giant',
        issuedOn: '2024-01-01',
        validUntil: '2026-12-31',
        status: 'verified',
      },
    ],
  });
  const challenge = need({ kind: 'challenge', validUntil: '2026-06-30' });
  pairs.push(scorer.challengeOrganisation({ ...challenge, minTier: 'specialised' }, certified));
  pairs.push(scorer.challengeOrganisation(challenge, certified));
  pairs.push(scorer.challengeOrganisation(challenge, organisation()));
  return pairs;
}

describe('pair features', () => {
  it('re-scoring the features with the weights in force gives the scorer’s score exactly', () => {
    const pairs = variedPairs(new MatchScorer());
    expect(new Set(pairs.map((p) => p.score)).size).toBeGreaterThan(8);
    for (const pair of pairs) {
      const again = scoreFeatures(pair.features, MATCH_CONFIG);
      expect({ score: again.score, exact: again.exactScore }).toEqual({
        score: pair.score,
        exact: pair.exactScore,
      });
    }
  });

  it('re-scoring with other weights gives what a scorer with those weights would have said', () => {
    const other: MatchConfig = {
      ...MATCH_CONFIG,
      weights: {
        ...MATCH_CONFIG.weights,
        needAchievement: {
          text: 60,
          industry: 5,
          modes: 5,
          maturity: 10,
          price: 10,
          region: 5,
          freshness: 5,
        },
        achievementSme: { text: 30, industry: 50, region: 20 },
      },
      text: { ...MATCH_CONFIG.text, bm25Half: 0.3, keywordsForFull: 2, structuredGate: 0.5 },
      industryLevels: { class: 1, group: 0.5, division: 0.3, section: 0 },
      maturity: { oneBelow: 0.8, unspecified: 0.2 },
      price: { ...MATCH_CONFIG.price, slightlyOver: 0.7 },
      freshness: { fullDays: 90, zeroDays: 720 },
      tier: {
        byTier: { innovative: 0.1, specialised: 0.2, little_giant: 0.3, single_champion: 1 },
      },
    };
    const current = variedPairs(new MatchScorer());
    const changed = variedPairs(new MatchScorer(other));
    let moved = 0;
    current.forEach((pair, i) => {
      const again = scoreFeatures(pair.features, other);
      expect({ i, score: again.score }).toEqual({ i, score: changed[i].score });
      expect(again.exactScore).toBeCloseTo(changed[i].exactScore, 10);
      if (changed[i].score !== pair.score) moved++;
    });
    expect(moved).toBeGreaterThan(5);
    expect(weightsVersion(other)).not.toBe(weightsVersion(MATCH_CONFIG));
  });

  it('computes a hand-worked need–achievement score', () => {
    // text: 0.6 × 0.3/(0.3+0.15) + 0.4 × min(1, 1/3) = 0.4 + 0.1333… = 0.5333…
    // industry gate 1 (≥ 0.3): group 14 × 0.8 = 11.2; deal signals 0.5333³ = 0.151704…:
    // price slightly over 8 × 0.4 × 0.151704 = 0.48545…; freshness 197.5 days → (365−197.5)/335
    // = 0.5 → 5 × 0.5 × 0.151704 = 0.37926…; text 46 × 0.5333 = 24.533…
    const features: PairFeatures = {
      direction: 'needAchievement',
      text: { measure: 'bm25', similarity: 0.3, sharedKeywords: 1 },
      industry: 'group',
      modes: 0,
      maturity: null,
      price: 'slightlyOver',
      region: null,
      freshnessDays: 197.5,
      tier: null,
      eligible: false,
    };
    expect(textFraction(features.text, MATCH_CONFIG.text)).toBeCloseTo(0.53333, 5);
    const result = scoreFeatures(features, MATCH_CONFIG);
    expect(result.points.industry).toBeCloseTo(11.2, 10);
    expect(result.points.price).toBeCloseTo(0.48545, 5);
    expect(result.points.freshness).toBeCloseTo(0.37926, 5);
    // Rounded per reason (24.5 + 11.2 + 0.5 + 0.4 = 36.6) → 37.
    expect(result.score).toBe(37);
    // Weak text gates the industry linearly and the deal signals by the square.
    const weak = scoreFeatures(
      { ...features, text: { measure: 'bm25', similarity: 0.05, sharedKeywords: 0 } },
      MATCH_CONFIG,
    );
    // text 0.6 × 0.05/0.2 = 0.15 → 6.9 points; industry gate 0.15/0.3 = 0.5 → 5.6;
    // deal signals 0.15³ = 0.003375 → price 0.0108, freshness 0.0084: both shown as 0, not counted
    expect(weak.points.text).toBeCloseTo(6.9, 10);
    expect(weak.points.industry).toBeCloseTo(5.6, 10);
    expect(weak.points.price).toBeCloseTo(0.0108, 10);
    expect(weak.score).toBe(13);
  });

  it('without keywords on either side the whole text weight comes from BM25', () => {
    const scorer = new MatchScorer();
    const bare = scorer.needAchievement(need({ keywords: [] }), achievement({ keywords: [] }), NOW);
    expect(bare.features.text.withoutKeywords).toBe(true);
    const ratio = bare.features.text.similarity;
    expect(ratio).toBeGreaterThan(0);
    const bm25Part = ratio / (ratio + MATCH_CONFIG.text.bm25Half);
    expect(textFraction(bare.features.text, MATCH_CONFIG.text)).toBeCloseTo(bm25Part, 10);
    // The same features logged before the flag existed read as "with keywords".
    const { withoutKeywords: _omitted, ...logged } = bare.features.text;
    expect(textFraction(logged, MATCH_CONFIG.text)).toBeCloseTo(
      MATCH_CONFIG.text.cosineShare * bm25Part,
      10,
    );
    // One side naming keywords keeps the split.
    const named = scorer.needAchievement(need(), achievement({ keywords: [] }), NOW);
    expect(named.features.text.withoutKeywords).toBeUndefined();
  });

  it('deal signals count in full only for pairs clearly about the same thing', () => {
    const share = (fraction: number) => gatedShare('region', fraction, MATCH_CONFIG.text);
    expect(share(1)).toBe(1);
    expect(share(MATCH_CONFIG.text.feasibilityGate)).toBe(1);
    expect(share(0.4)).toBeCloseTo(0.064, 10);
    expect(gatedShare('industry', 0.15, MATCH_CONFIG.text)).toBeCloseTo(0.5, 10);
    expect(gatedShare('text', 0.01, MATCH_CONFIG.text)).toBe(1);
  });

  it('fingerprints only what decides a score', () => {
    const version = weightsVersion(MATCH_CONFIG);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    const thresholds = {
      ...MATCH_CONFIG,
      persistence: { ...MATCH_CONFIG.persistence, minScore: 50 },
    };
    expect(weightsVersion(thresholds)).toBe(version);
    const reordered = { ...MATCH_CONFIG, region: { province: 0.6, city: 1 } };
    expect(weightsVersion(reordered)).toBe(version);
    expect(weightsVersion({ ...MATCH_CONFIG, region: { city: 1, province: 0.5 } })).not.toBe(
      version,
    );
  });
});
