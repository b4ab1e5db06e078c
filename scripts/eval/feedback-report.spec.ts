import { MATCH_CONFIG, type JudgementRecord, type PairFeatures } from '@rongtong/matching';
import {
  applyChanges,
  feedbackReport,
  flips,
  formatFeedbackReport,
  groupMetrics,
  labelOf,
  latestJudgements,
  summarise,
  weightChanges,
  WeightsFileError,
} from './feedback-report';

const NEED = '11111111-1111-4111-8111-111111111111';

function organisationFeatures(
  similarity: number,
  industry: PairFeatures['industry'],
  region: PairFeatures['region'] = null,
): PairFeatures {
  return {
    direction: 'needOrganisation',
    text: { measure: 'cosine', similarity, sharedKeywords: 0 },
    industry,
    modes: null,
    maturity: null,
    price: null,
    region,
    freshnessDays: null,
    tier: null,
    eligible: false,
  };
}

let nextId = 1;
function record(overrides: Partial<JudgementRecord>): JudgementRecord {
  const id = nextId++;
  return {
    id: String(id),
    matchId: `m${id}`,
    subjectKind: 'need',
    subjectId: NEED,
    counterpartKind: 'organisation',
    counterpartId: `org-${id}`,
    side: 'subject',
    organisationId: 'org-sme',
    decision: 'interest',
    declineReason: null,
    score: 50,
    features: organisationFeatures(0.2, null),
    weightsVersion: 'v1',
    decidedAt: `2026-11-0${(id % 9) + 1}T08:00:00.000Z`,
    ...overrides,
  };
}

const judged = (label: 'positive' | 'negative' | null, score: number, matchId = `m${score}`) => ({
  matchId,
  candidate: `achievement:${matchId}`,
  label,
  score,
});

describe('feedback report math', () => {
  it('labels interest and mutual positive, only a not_relevant decline negative', () => {
    expect(labelOf(record({ decision: 'interest' }))).toBe('positive');
    expect(labelOf(record({ decision: 'mutual' }))).toBe('positive');
    expect(labelOf(record({ decision: 'decline', declineReason: 'not_relevant' }))).toBe(
      'negative',
    );
    expect(labelOf(record({ decision: 'decline', declineReason: 'price' }))).toBeNull();
  });

  it('pairwise accuracy, AUC and ranks of one listing, worked by hand', () => {
    const metrics = groupMetrics('need:x', [
      judged('positive', 50),
      judged('positive', 30, 'p30'),
      judged('negative', 40),
      judged('negative', 30, 'n30'),
      judged(null, 60),
    ]);
    // (50,40) ✓ (50,30) ✓ (30,40) ✗ (30,30) tie
    expect(metrics).toMatchObject({ correct: 2, ties: 1, pairs: 4, positives: 2, negatives: 2 });
    expect(metrics.accuracy).toBe(0.5);
    expect(metrics.auc).toBe(0.625);
    // 60, 50, 40, 30, 30: 50 is second; the two 30s share ranks 4 and 5.
    expect(metrics.positiveRanks).toEqual([2, 4.5]);
  });

  it('pools pairs over listings, and averages AUC per listing', () => {
    const a = groupMetrics('need:a', [
      judged('positive', 50),
      judged('positive', 30, 'p30'),
      judged('negative', 40),
      judged('negative', 30, 'n30'),
      judged(null, 60),
    ]);
    const b = groupMetrics('need:b', [judged('positive', 70), judged('negative', 20)]);
    const onlyPositive = groupMetrics('need:c', [judged('positive', 10)]);
    const summary = summarise([a, b, onlyPositive]);
    expect(summary.groups).toBe(2);
    expect(summary.pairs).toBe(5);
    expect(summary.accuracy).toBeCloseTo(0.6, 12);
    expect(summary.auc).toBeCloseTo(0.7, 12);
    expect(summary.macroAuc).toBeCloseTo(0.8125, 12);
    expect(summary.meanPositiveRank).toBeCloseTo((2 + 4.5 + 1) / 3, 12);
    expect(summary.meanCandidates).toBe(3.5);
  });

  it("keeps each side's latest decision per match, grouped by the side that decided", () => {
    const interest = record({ matchId: 'm-x', decidedAt: '2026-11-01T08:00:00.000Z' });
    const declined = record({
      matchId: 'm-x',
      decision: 'decline',
      declineReason: 'not_relevant',
      decidedAt: '2026-11-02T08:00:00.000Z',
    });
    const other = record({
      matchId: 'm-x',
      side: 'counterpart',
      decision: 'interest',
      decidedAt: '2026-11-01T09:00:00.000Z',
    });
    const latest = latestJudgements([declined, other, interest]);
    expect(latest.get(`need:${NEED}`)).toEqual([declined]);
    expect(latest.get(`organisation:${other.counterpartId}`)).toEqual([other]);
  });

  it('reads candidate weights as checked partial overrides', () => {
    expect(
      weightChanges({
        weights: { needAchievement: { text: 56, industry: 4 } },
        region: { city: 1 },
      }),
    ).toEqual([
      { path: 'weights.needAchievement.text', from: 46, to: 56 },
      { path: 'weights.needAchievement.industry', from: 14, to: 4 },
    ]);
    expect(() => weightChanges({ weights: { needAchievment: { text: 1 } } })).toThrow(
      new WeightsFileError(
        'weights.needAchievment: no such setting (one of needAchievement, needOrganisation, achievementSme, challengeOrganisation)',
      ),
    );
    expect(() => weightChanges({ region: { city: -1 } })).toThrow('region.city: a number ≥ 0');
    expect(() => weightChanges({ persistence: { minScore: 10 } })).toThrow(
      'persistence: not a scoring setting',
    );
    expect(() => weightChanges([1])).toThrow('must hold a JSON object');
    const changed = applyChanges(MATCH_CONFIG, [{ path: 'region.city', from: 1, to: 0.5 }]);
    expect(changed.region.city).toBe(0.5);
    expect(MATCH_CONFIG.region.city).toBe(1);
  });

  it('finds the pair a weight change flips and the change that flips it', () => {
    // needOrganisation: text 65 × 0.6 × min(1, similarity / 0.4), industry 20 × level, region 15.
    // Positive: similarity 0.2 → 19.5. Negative: similarity 0.1 → 9.75 + same class 20 = 29.75.
    const positive = record({ features: organisationFeatures(0.2, null) });
    const negative = record({
      decision: 'decline',
      declineReason: 'not_relevant',
      features: organisationFeatures(0.1, 'class'),
    });
    const priceDecline = record({
      decision: 'decline',
      declineReason: 'price',
      features: organisationFeatures(0.35, null),
    });
    const unscored = record({ decision: 'decline', declineReason: 'not_relevant', features: null });
    const records = [positive, negative, priceDecline, unscored];
    const changes = weightChanges({
      weights: { needOrganisation: { industry: 5 } },
      region: { city: 0.5 },
    });
    const analysis = flips(latestJudgements(records), MATCH_CONFIG, changes);
    expect(analysis).toMatchObject({ better: 1, worse: 0 });
    expect(analysis.examples).toHaveLength(1);
    const [flip] = analysis.examples;
    expect(flip.positive.matchId).toBe(positive.matchId);
    expect(flip.negative.matchId).toBe(negative.matchId);
    expect(flip.positive.current).toBeCloseTo(19.5, 10);
    expect(flip.negative.current).toBeCloseTo(29.75, 10);
    expect(flip.negative.proposed).toBeCloseTo(14.75, 10);
    expect(flip.swing).toBeCloseTo(15, 10);
    expect(flip.flippedBy).toEqual(['weights.needOrganisation.industry']);
    expect(analysis.perChange.map((c) => [c.path, c.better, c.worse, c.auc])).toEqual([
      ['weights.needOrganisation.industry', 1, 0, 1],
      ['region.city', 0, 0, 0],
    ]);

    const report = feedbackReport(records, { changes });
    expect(report.counts).toMatchObject({
      total: 4,
      positives: 1,
      negatives: 2,
      unlabelled: 1,
      withoutFeatures: 1,
      byDecision: { interest: 1, 'decline:not_relevant': 2, 'decline:price': 1 },
    });
    // The price decline ranks (second of three) but forms no pair; the unscored one is left out.
    expect(report.rows.map((r) => [r.system, r.summary.pairs, r.summary.auc])).toEqual([
      ['logged', 1, 0.5],
      ['current', 1, 0],
      ['candidate', 1, 1],
    ]);
    expect(report.rows[1].summary.meanPositiveRank).toBe(3);
    expect(report.rows[2].summary.meanPositiveRank).toBe(2);
    const text = formatFeedbackReport(report);
    expect(text).toContain('| weights.needOrganisation.industry | 20 | 5 | 1 | 0 | 1.000 |');
    expect(text).toContain(positive.matchId);
    expect(text).toContain('needOrganisation (85)');
  });
});
