/** The stages of a 揭榜申请, the reasons an applicant is not selected, and conflict kinds. */

export const APPLICATION_STAGES = [
  'draft',
  'submitted',
  'qualified',
  'shortlisted',
  'finalist',
  'awarded',
  'not_selected',
  'withdrawn',
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

/** Stages the owner moves an application to by a review decision. */
export const DECISION_STAGES = ['qualified', 'shortlisted', 'finalist', 'not_selected'] as const;
export type DecisionStage = (typeof DECISION_STAGES)[number];

export const NOT_SELECTED_REASONS = [
  'not_eligible',
  'approach_unconvincing',
  'team_capacity',
  'budget',
  'timeline',
  'other',
] as const;
export type NotSelectedReason = (typeof NOT_SELECTED_REASONS)[number];

export const CONFLICT_KINDS = ['same_organisation', 'recent_collaboration', 'other'] as const;

export interface Bilingual {
  zh: string;
  en: string;
}

export const STAGE_LABELS: Record<ApplicationStage, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  qualified: { zh: '形式审查通过', en: 'Qualified' },
  shortlisted: { zh: '入围', en: 'Shortlisted' },
  finalist: { zh: '进入终审', en: 'Finalist' },
  awarded: { zh: '揭榜成功', en: 'Awarded' },
  not_selected: { zh: '未入选', en: 'Not selected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const NOT_SELECTED_REASON_LABELS: Record<NotSelectedReason, Bilingual> = {
  not_eligible: { zh: '不符合揭榜条件', en: 'Not eligible' },
  approach_unconvincing: { zh: '技术路线说服力不足', en: 'Approach not convincing' },
  team_capacity: { zh: '团队能力与任务不匹配', en: 'Team capacity' },
  budget: { zh: '预算不合理', en: 'Budget' },
  timeline: { zh: '进度计划不可行', en: 'Timeline' },
  other: { zh: '其他', en: 'Other' },
};

/** Where a review decision may move an application from. */
const DECISIONS_FROM: Record<DecisionStage, readonly ApplicationStage[]> = {
  qualified: ['submitted'],
  shortlisted: ['qualified'],
  finalist: ['shortlisted'],
  not_selected: ['submitted', 'qualified', 'shortlisted', 'finalist'],
};

/** True when the owner may move an application from `from` to `to`. */
export function decisionAllowed(from: ApplicationStage, to: DecisionStage): boolean {
  return DECISIONS_FROM[to].includes(from);
}

/** Past `qualified` means every assigned, non-recused evaluator has scored (SCORES_INCOMPLETE). */
export function needsCompleteScores(from: ApplicationStage, to: DecisionStage): boolean {
  return from === 'qualified' && (to === 'shortlisted' || to === 'finalist');
}

/** Stages still in the running: these can be awarded (finalists, or shortlisted ones). */
export const AWARDABLE_STAGES: readonly ApplicationStage[] = ['shortlisted', 'finalist'];

/** Stages an evaluator scores in. */
export const SCORABLE_STAGES: readonly ApplicationStage[] = [
  'qualified',
  'shortlisted',
  'finalist',
];

/** Stages visible to reviewers (everything after a submit). */
export const REVIEWABLE_STAGES: readonly ApplicationStage[] = [
  'submitted',
  'qualified',
  'shortlisted',
  'finalist',
  'awarded',
  'not_selected',
];
