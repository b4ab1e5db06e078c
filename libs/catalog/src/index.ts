export * from './entities';
export * from './dto';
export * from './catalog.module';
export * from './services/achievement.service';
export * from './services/challenge.service';
export * from './services/listing-drafts';
export * from './services/listing-lifecycle.service';
export * from './services/listing-policy';
export * from './services/listing-queries.service';
export * from './services/listing-registry';
export * from './services/listing-revisions.service';
export * from './services/listing-views';
export * from './services/listing-writer';
export * from './services/need.service';
export * from './read/listing-record';
export * from './read/listing-records.store';
export * from './read/achievement-summaries.store';
export * from './read/challenge-terms.store';
export {
  COOPERATION_MODES,
  LICENCE_KINDS,
  MODE_LABELS,
  isCooperationMode,
  type CooperationMode,
  type LicenceKind,
} from './vocabulary/cooperation-modes';
export * from './vocabulary/maturity';
export * from './vocabulary/patent-number';
export {
  CONTENT_FIELDS,
  MINOR_EXTENSION_MAX_DAYS,
  MINOR_VALIDITY_MAX_DAYS,
  type FieldChange,
} from './vocabulary/revision-fields';
export {
  LISTING_ACTIONS,
  LISTING_STATES,
  LISTING_STATE_LABELS,
  ListingAction,
  isSearchableState,
  nextState,
  transitionsFrom,
} from './vocabulary/listing-states';
export { ListingImportStore } from './services/listing-import.store';
export type {
  AchievementRow,
  ChallengeRow,
  ListingImportRows,
  TechNeedRow,
} from './services/listing-import.store';
