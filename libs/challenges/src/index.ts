// Module
export { ChallengesModule } from './challenges.module';

// Entities and their vocabularies
export { CHALLENGES_ENTITIES } from './entities';

// Services
export { ApplicationsService, type EligibilityView } from './services/applications.service';
export {
  type CreatedEvaluator,
  EvaluationService,
  type EvaluatorView,
  type QueueItem,
} from './services/evaluation.service';
export {
  type ReviewRow,
  ReviewService,
  type ReviewTable,
  type RoundView,
} from './services/review.service';
export { RoundDeadlines } from './services/round-deadlines';

// Read interfaces and stores (other contexts read through these)
export { REVIEW_TABLE_SQL } from './stores/review-table.store';

// Rules
export { ELIGIBILITY_RULES } from './rules/eligibility';

// DTOs (request bodies and queries)
export {
  AcceptEvaluatorInvitationDto,
  AcceptEvaluatorInvitationWithAccountDto,
  AddEvaluatorDto,
  AwardDto,
  DecisionDto,
  DeclareConflictDto,
  ExtendDeadlineDto,
  InviteCandidatesDto,
  ProposalDto,
  RoundSettingsDto,
  SaveDraftDto,
  ScorecardDto,
  StartApplicationDto,
} from './dto/application.dto';

// Views and types
export type { ScoreSummary } from './rules/scoring';
export type {
  ApplicationView,
  AttachmentView,
  StageChangeView,
} from './services/application-views';

// Vocabulary
export { APPLICATION_STAGES } from './rules/vocabulary';
