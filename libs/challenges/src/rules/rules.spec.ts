import { judgeEligibility } from './eligibility';
import { proposalProblems } from './proposal';
import { rank, scorecardProblems, summariseTotals, weightedTotal } from './scoring';
import { decisionAllowed, needsCompleteScores } from './vocabulary';

const within = (code: string, ancestor: string) =>
  ancestor.endsWith('0000')
    ? code.startsWith(ancestor.slice(0, 2))
    : code.startsWith(ancestor.slice(0, 4));

describe('eligibility', () => {
  const rules = {
    eligibleOrganisationTypes: ['sme', 'university'],
    eligibleRegionCodes: ['210000'],
    minTier: 'specialised' as const,
  };

  it('names every rule an applicant fails', () => {
    const verdict = judgeEligibility(
      rules,
      { type: 'sme', regionCode: '320506', verifiedTierOnDeadline: 'innovative' },
      '2027-03-01',
      within,
    );
    expect(verdict.eligible).toBe(false);
    expect(verdict.failed.map((f) => f.rule)).toEqual(['REGION_NOT_ELIGIBLE', 'TIER_REQUIRED']);
    expect(verdict.failed[1].message).toContain('2027-03-01');
  });

  it('binds SMEs to the tier but not universities, and refuses other types', () => {
    expect(
      judgeEligibility(
        rules,
        { type: 'sme', regionCode: '210211', verifiedTierOnDeadline: 'little_giant' },
        'd',
        within,
      ).eligible,
    ).toBe(true);
    expect(
      judgeEligibility(
        rules,
        { type: 'university', regionCode: '210102', verifiedTierOnDeadline: null },
        'd',
        within,
      ).eligible,
    ).toBe(true);
    expect(
      judgeEligibility(
        rules,
        { type: 'large_enterprise', regionCode: '210102', verifiedTierOnDeadline: null },
        'd',
        within,
      ).failed.map((f) => f.rule),
    ).toEqual(['ORGANISATION_TYPE_NOT_ELIGIBLE']);
  });
});

describe('proposal rules', () => {
  const context = {
    rewardWan: 500,
    allowBudgetOverReward: false,
    indicatorNames: ['设计寿命'],
    deliveryDate: '2027-12-31',
  };

  it('refuses a budget over 榜额 unless the round allows it', () => {
    const proposal = {
      budget: [
        { item: '设备费', amountWan: 300 },
        { item: '试验费', amountWan: 200.01 },
      ],
    };
    expect(proposalProblems(proposal, context, false).map((p) => p.field)).toEqual(['budget']);
    expect(proposalProblems(proposal, { ...context, allowBudgetOverReward: true }, false)).toEqual(
      [],
    );
  });

  it('refuses milestones after the delivery date or on an indicator the challenge does not have', () => {
    const problems = proposalProblems(
      { milestones: [{ date: '2028-01-01', deliverable: '验收', indicator: '噪声' }] },
      context,
      false,
    );
    expect(problems.map((p) => p.field)).toEqual(['milestones.0.date', 'milestones.0.indicator']);
  });

  it('asks for every part at submit, not while drafting', () => {
    expect(proposalProblems({ summary: '摘要' }, context, false)).toEqual([]);
    expect(proposalProblems({ summary: '摘要' }, context, true).map((p) => p.field)).toEqual([
      'technicalApproach',
      'team',
      'milestones',
      'budget',
      'trlNow',
      'trlAtDelivery',
      'ipArrangement',
    ]);
  });
});

describe('scorecards', () => {
  const criteria = [
    { name: '技术先进性', weight: 60 },
    { name: '产业化能力', weight: 40 },
  ];

  it('weights 0–10 scores into a 0–100 total', () => {
    expect(weightedTotal(criteria, { 技术先进性: 8, 产业化能力: 7 })).toBe(76);
    expect(weightedTotal(criteria, { 技术先进性: 10, 产业化能力: 10 })).toBe(100);
  });

  it('refuses scores outside 0–10, missing ones and unknown criteria', () => {
    expect(scorecardProblems(criteria, { 技术先进性: 11, 团队: 5 }).map((p) => p.field)).toEqual([
      'scores.技术先进性',
      'scores.产业化能力',
      'scores.团队',
    ]);
    expect(scorecardProblems(criteria, { 技术先进性: -1, 产业化能力: 7.3 })).toHaveLength(2);
    expect(scorecardProblems(criteria, { 技术先进性: 0, 产业化能力: 9.5 })).toEqual([]);
  });

  it('summarises totals and ranks by mean, unscored last, ties sharing a rank', () => {
    expect(summariseTotals([76, 90])).toEqual({ mean: 83, spread: 14, count: 2 });
    expect(summariseTotals([])).toEqual({ mean: null, spread: null, count: 0 });
    const ranked = rank([
      { id: 'a', summary: summariseTotals([70]) },
      { id: 'b', summary: summariseTotals([]) },
      { id: 'c', summary: summariseTotals([80]) },
      { id: 'd', summary: summariseTotals([70]) },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 2],
      ['b', null],
    ]);
  });
});

describe('stages', () => {
  it('moves forward one step at a time, and not_selected from any open stage', () => {
    expect(decisionAllowed('submitted', 'qualified')).toBe(true);
    expect(decisionAllowed('submitted', 'shortlisted')).toBe(false);
    expect(decisionAllowed('finalist', 'not_selected')).toBe(true);
    expect(decisionAllowed('awarded', 'not_selected')).toBe(false);
    expect(decisionAllowed('withdrawn', 'qualified')).toBe(false);
  });

  it('asks for complete scores only to go past qualified', () => {
    expect(needsCompleteScores('qualified', 'shortlisted')).toBe(true);
    expect(needsCompleteScores('submitted', 'qualified')).toBe(false);
    expect(needsCompleteScores('qualified', 'not_selected')).toBe(false);
  });
});
