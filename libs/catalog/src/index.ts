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
export * from './services/listing-views';
export * from './services/listing-writer';
export * from './services/need.service';
export * from './read/listing-record';
export * from './read/listing-records.store';
export * from './read/achievement-summaries.store';
export {
  COOPERATION_MODES,
  LICENCE_KINDS,
  MODE_LABELS,
  isCooperationMode,
} from './vocabulary/cooperation-modes';
export * from './vocabulary/maturity';
export * from './vocabulary/patent-number';
export {
  LISTING_ACTIONS,
  LISTING_STATES,
  LISTING_STATE_LABELS,
  ListingAction,
  isSearchableState,
  nextState,
  transitionsFrom,
} from './vocabulary/listing-states';
export * from './demo/csl-corpus';
export * from './demo/discipline-industry';
export * from './demo/demo-listing-builder';
export * from './demo/demo-listings.seeder';
export { DemoRandom, nameBasedUuid } from './demo/demo-random';
