// Module
export { CatalogModule } from './catalog.module';

// Entities and their vocabularies
export { CATALOG_ENTITIES } from './entities';
export {
  Achievement,
  type AchievementPatent,
  type OpenLicenceTerms,
} from './entities/achievement.entity';
export {
  Challenge,
  type EvaluationCriterion,
  type TechnicalIndicator,
} from './entities/challenge.entity';
export { LISTING_KINDS, ListingBase, type ListingKind } from './entities/listing-base';
export { TechNeed } from './entities/tech-need.entity';

// Services
export { AchievementService } from './services/achievement.service';
export { ChallengeService } from './services/challenge.service';
export { ListingDrafts } from './services/listing-drafts';
export { ListingLifecycle } from './services/listing-lifecycle.service';
export { ListingPolicy } from './services/listing-policy';
export { ListingQueries } from './services/listing-queries.service';
export { listingNotFound, ListingRepositories } from './services/listing-registry';
export {
  ListingRevisions,
  type PendingRevisionView,
  type RevisionView,
} from './services/listing-revisions.service';
export { ListingWriter } from './services/listing-writer';
export { NeedService } from './services/need.service';

// Read interfaces and stores (other contexts read through these)
export {
  AchievementSummaries,
  type AchievementSummary,
  type AchievementSummaryLimits,
} from './read/achievement-summaries.store';
export { type ChallengeTerms, ChallengeTermsStore } from './read/challenge-terms.store';
export { type ListingHead, type ListingRecord, toListingRecord } from './read/listing-record';
export { ListingRecords, type PublicVersion } from './read/listing-records.store';
export {
  type AchievementRow,
  type ChallengeRow,
  type ListingImportRows,
  ListingImportStore,
  type TechNeedRow,
} from './services/listing-import.store';

// DTOs (request bodies and queries)
export { CreateAchievementDto, UpdateAchievementDto } from './dto/achievement.dto';
export { CreateChallengeDto, UpdateChallengeDto } from './dto/challenge.dto';
export { expectedVersion, listingETag } from './dto/listing-version';
export { CreateNeedDto, UpdateNeedDto } from './dto/need.dto';
export { RevisionDecisionDto, RevisionQueueQueryDto } from './dto/revision.dto';
export { TransitionDto } from './dto/transition.dto';

// Views and types
export type { ListingOwnerRef, ListingView } from './services/listing-views';

// Vocabulary
export {
  COOPERATION_MODES,
  type CooperationMode,
  isCooperationMode,
  LICENCE_KINDS,
  type LicenceKind,
  MODE_LABELS,
} from './vocabulary/cooperation-modes';
export { LISTING_STATES, type ListingState } from './vocabulary/listing-states';
export { isTrl, MATURITY_STAGES } from './vocabulary/maturity';
export {
  makeValidPatentNumber,
  parsePatentNumber,
  PATENT_TYPE_BY_DIGIT,
} from './vocabulary/patent-number';
export type { FieldChange } from './vocabulary/revision-fields';
