export { ChallengesModule } from './challenges.module';
export { CHALLENGES_ENTITIES } from './entities';
export * from './dto/application.dto';
export { ApplicationsService, ATTACHMENT_LIMITS } from './services/applications.service';
export type { EligibilityView } from './services/applications.service';
export { EvaluationService } from './services/evaluation.service';
export type { CreatedEvaluator, EvaluatorView, QueueItem } from './services/evaluation.service';
export { ReviewService } from './services/review.service';
export { REVIEW_TABLE_SQL } from './stores/review-table.store';
export type { ReviewRow, ReviewTable, RoundView } from './services/review.service';
export type {
  ApplicationView,
  AttachmentView,
  StageChangeView,
} from './services/application-views';
export type { ScoreSummary } from './rules/scoring';
export {
  APPLICATION_STAGES,
  CONFLICT_KINDS,
  NOT_SELECTED_REASONS,
  NOT_SELECTED_REASON_LABELS,
  STAGE_LABELS,
} from './rules/vocabulary';
export type { ApplicationStage, NotSelectedReason } from './rules/vocabulary';
export type { Proposal } from './rules/proposal';
export { ELIGIBILITY_RULES } from './rules/eligibility';
