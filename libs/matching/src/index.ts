// Module
export { MatchingModule } from './matching.module';

// Entities and their vocabularies
export { MATCHING_ENTITIES } from './entities';
export {
  DECLINE_REASONS,
  type DeclineReason,
  MATCH_SIGNALS,
  MATCH_STATES,
  type MatchReason,
  type MatchSignal,
  type MatchState,
} from './entities/match.entity';
export type { PairFeatures } from './entities/pair-features.types';
export { MATCH_STRENGTHS, type MatchStrength } from './scoring/pair-qualification';

// Services
export { MatchLifecycle } from './lifecycle/match-lifecycle.service';
export { ListingMatchActions, type RematchResult } from './listing-match-actions.service';
export { MatchingService } from './matching.service';
export { TermStatisticsService } from './text/term-statistics.service';
export { candidateWords } from './text/keyword-extraction';
export { MatchQueries } from './views/match-queries.service';

// Read interfaces and stores (other contexts read through these)
export { JudgementLogStore, type JudgementRecord } from './persistence/judgement-log.store';

// Rules, jobs and lifecycle hooks for other contexts
export { ChallengeAwardMatches } from './lifecycle/challenge-award-matches';
export { EventIntentMatches } from './lifecycle/event-intent-matches';
export { matchNotFound } from './lifecycle/match-access';
export {
  MATCH_ACTIONS,
  type MatchAction,
  type MatchSideName,
} from './lifecycle/match-state-machine';
export { type CandidatePhaseTimes, MatchFinder, noPhaseTimes } from './match-finder';
export { MatchingJobs } from './matching-jobs';
export { MATCH_CONFIG } from './scoring/match-weights';
export { scoreFeatures, type ScoringConfig, weightsVersion } from './scoring/pair-features';
export { OrganisationMatches } from './views/organisation-matches';

// DTOs (request bodies and queries)
export {
  DeclineMatchDto,
  DirectInterestDto,
  MatchPageQueryDto,
  toMatchPageQuery,
} from './dto/match.dto';

// Views and types
export type { MatchView, PartyView } from './views/match-view';
