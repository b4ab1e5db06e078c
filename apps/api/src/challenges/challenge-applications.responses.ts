import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ApplicationView,
  AttachmentView,
  CreatedEvaluator,
  EligibilityView,
  EvaluatorView,
  QueueItem,
  ReviewRow,
  ReviewTable,
  RoundView,
  ScoreSummary,
  StageChangeView,
} from '@rongtong/challenges';
import { APPLICATION_STAGES, ELIGIBILITY_RULES, ProposalDto } from '@rongtong/challenges';

// Response schemas of the 揭榜 routes for the OpenAPI document; each `implements` the view the
// service returns, so a field added there without a schema here fails the type check.

export class AttachmentSchema implements AttachmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null in anonymous review' })
  filename!: string | null;
  @ApiProperty({ example: 'pdf' }) kind!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
}

export class ApplicationSchema implements ApplicationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) challengeId!: string;
  @ApiProperty() challengeTitle!: string;
  @ApiProperty({ type: String, nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ enum: APPLICATION_STAGES }) stage!: ApplicationView['stage'];
  @ApiProperty({ example: '已提交' }) stageLabel!: string;
  @ApiProperty({ type: ProposalDto }) proposal!: ApplicationView['proposal'];
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReasonLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ type: Number, nullable: true }) awardWan!: number | null;
  @ApiProperty({ type: [AttachmentSchema] }) attachments!: AttachmentSchema[];
  @ApiProperty() deadlineAt!: string;
  @ApiProperty() editable!: boolean;
}

export class StageChangeSchema implements StageChangeView {
  @ApiProperty({ type: String, nullable: true }) fromStage!: string | null;
  @ApiProperty() toStage!: string;
  @ApiProperty() toStageLabel!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) reasonLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class FailedRuleSchema {
  @ApiProperty({ enum: ELIGIBILITY_RULES }) rule!: (typeof ELIGIBILITY_RULES)[number];
  @ApiProperty() message!: string;
}

export class EligibilitySchema implements EligibilityView {
  @ApiProperty() challengeId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() eligible!: boolean;
  @ApiProperty({ type: [FailedRuleSchema] }) failed!: FailedRuleSchema[];
  @ApiProperty() deadlineAt!: string;
  @ApiProperty() deadlinePassed!: boolean;
  @ApiProperty() open!: boolean;
  @ApiProperty({ type: String, nullable: true }) applicationId!: string | null;
}

export class CriterionSchema {
  @ApiProperty() name!: string;
  @ApiProperty() weight!: number;
}

export class IndicatorSchema {
  @ApiProperty() name!: string;
  @ApiProperty() target!: string;
  @ApiPropertyOptional() unit?: string;
}

export class RoundSchema implements RoundView {
  @ApiProperty() challengeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: string;
  @ApiProperty() rewardWan!: number;
  @ApiProperty() deadlineAt!: string;
  @ApiProperty({ example: '2026-12-31 23:59:59' }) deadlineText!: string;
  @ApiProperty() extended!: boolean;
  @ApiProperty() deadlinePassed!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the deadline job closed applications (ISO instant); null while open',
  })
  closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveryDate!: string | null;
  @ApiProperty() allowBudgetOverReward!: boolean;
  @ApiProperty() anonymousReview!: boolean;
  @ApiProperty({ type: String, nullable: true }) awardedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) awardNotice!: string | null;
  @ApiProperty({ type: [CriterionSchema] }) criteria!: CriterionSchema[];
  @ApiProperty({ type: [IndicatorSchema] }) indicators!: IndicatorSchema[];
  @ApiProperty({ type: String, nullable: true }) minTier!: string | null;
  @ApiProperty({ type: [String] }) eligibleOrganisationTypes!: string[];
  @ApiProperty({ type: [String] }) eligibleRegionCodes!: string[];
}

export class ScoreSummarySchema implements ScoreSummary {
  @ApiProperty({ type: Number, nullable: true }) mean!: number | null;
  @ApiProperty({ type: Number, nullable: true }) spread!: number | null;
  @ApiProperty() count!: number;
}

export class ReviewRowSchema implements ReviewRow {
  @ApiProperty() applicationId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: APPLICATION_STAGES }) stage!: ReviewRow['stage'];
  @ApiProperty() stageLabel!: string;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) proposalSummary!: string | null;
  @ApiProperty({ type: Number, nullable: true }) budgetWan!: number | null;
  @ApiProperty({ type: [Number] }) totals!: number[];
  @ApiProperty({ type: ScoreSummarySchema }) summary!: ScoreSummarySchema;
  @ApiProperty() scoresExpected!: number;
  @ApiProperty() scoresIn!: number;
  @ApiProperty() recusedEvaluators!: number;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
}

export class ReviewTableSchema implements ReviewTable {
  @ApiProperty({ type: RoundSchema }) round!: RoundSchema;
  @ApiProperty({ type: [ReviewRowSchema] }) rows!: ReviewRowSchema[];
}

export class EvaluatorSchema implements EvaluatorView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) userId!: string | null;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty({ enum: ['member', 'external'] }) source!: 'member' | 'external';
  @ApiProperty() accepted!: boolean;
  @ApiProperty({ type: String, nullable: true }) invitationExpiresAt!: string | null;
}

export class CreatedEvaluatorSchema extends EvaluatorSchema implements CreatedEvaluator {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'An external expert’s invitation token, shown once: pass it on',
  })
  invitationToken!: string | null;
}

export class QueueItemSchema implements QueueItem {
  @ApiProperty({ type: ApplicationSchema }) application!: ApplicationSchema;
  @ApiProperty() recused!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, nullable: true })
  myScores!: Record<string, number> | null;
  @ApiProperty({ type: Number, nullable: true }) myTotal!: number | null;
  @ApiProperty({ type: String, nullable: true }) myComment!: string | null;
  @ApiProperty({ type: [CriterionSchema] }) criteria!: CriterionSchema[];
}

export class DownloadLinkSchema {
  @ApiProperty({ description: 'Relative to the site; valid for a few minutes' }) url!: string;
  @ApiProperty() expiresAt!: string;
}

export class ScoreResultSchema {
  @ApiProperty({ description: 'Weighted total, 0–100' }) total!: number;
}

export class InvitedSchema {
  @ApiProperty() invited!: number;
}
