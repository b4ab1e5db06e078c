import type { FieldProblem } from '@rongtong/common';

export interface TeamMember {
  name: string;
  role: string;
  title: string;
}

export interface Milestone {
  /** YYYY-MM-DD */
  date: string;
  deliverable: string;
  /** The name of one of the challenge's technical indicators. */
  indicator: string;
}

export interface BudgetItem {
  item: string;
  amountWan: number;
}

/** A 揭榜 proposal. Drafts hold any part of it; a submit needs all of it. */
export interface Proposal {
  summary: string;
  technicalApproach: string;
  team: TeamMember[];
  milestones: Milestone[];
  budget: BudgetItem[];
  trlNow: number;
  trlAtDelivery: number;
  ipArrangement: string;
}

export const PROPOSAL_LIMITS = {
  summaryChars: 500,
  approachChars: 10_000,
  ipChars: 2_000,
  teamMembers: 30,
  milestones: 30,
  budgetItems: 50,
} as const;

/** What the proposal is checked against: the challenge and its round. */
export interface ProposalContext {
  rewardWan: number;
  allowBudgetOverReward: boolean;
  indicatorNames: readonly string[];
  /** Last day a milestone may fall on (YYYY-MM-DD); null: no limit. */
  deliveryDate: string | null;
}

export function budgetTotal(budget: readonly BudgetItem[]): number {
  return Math.round(budget.reduce((sum, item) => sum + item.amountWan, 0) * 100) / 100;
}

/**
 * The rules across fields and against the challenge, for the parts present; with `complete`,
 * also every part a submit needs. Messages in Chinese: the form shows them beside the fields.
 */
export function proposalProblems(
  proposal: Partial<Proposal>,
  context: ProposalContext,
  complete: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (proposal.budget && !context.allowBudgetOverReward) {
    const total = budgetTotal(proposal.budget);
    if (total > context.rewardWan) {
      add('budget', `预算合计 ${total} 万元，超过榜额 ${context.rewardWan} 万元`);
    }
  }
  (proposal.milestones ?? []).forEach((milestone, index) => {
    if (context.deliveryDate && milestone.date > context.deliveryDate) {
      add(
        `milestones.${index}.date`,
        `节点日期 ${milestone.date} 晚于榜单要求的交付日期 ${context.deliveryDate}`,
      );
    }
    if (
      context.indicatorNames.length > 0 &&
      !context.indicatorNames.includes(milestone.indicator)
    ) {
      add(
        `milestones.${index}.indicator`,
        `考核指标须为榜单的技术指标之一：${context.indicatorNames.join('、')}`,
      );
    }
  });
  if (
    proposal.trlNow !== undefined &&
    proposal.trlAtDelivery !== undefined &&
    proposal.trlAtDelivery < proposal.trlNow
  ) {
    add('trlAtDelivery', '交付时的技术成熟度不能低于当前成熟度');
  }
  if (complete) {
    if (!proposal.summary?.trim()) add('summary', '请填写方案摘要');
    if (!proposal.technicalApproach?.trim()) add('technicalApproach', '请填写技术路线');
    if (!proposal.team?.length) add('team', '请至少填写一名团队成员');
    if (!proposal.milestones?.length) add('milestones', '请至少填写一个里程碑');
    if (!proposal.budget?.length) add('budget', '请填写预算明细');
    if (proposal.trlNow === undefined) add('trlNow', '请选择当前技术成熟度');
    if (proposal.trlAtDelivery === undefined) add('trlAtDelivery', '请选择交付时技术成熟度');
    if (!proposal.ipArrangement?.trim()) add('ipArrangement', '请说明知识产权安排');
  }
  return problems;
}
