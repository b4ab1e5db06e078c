// Modules
export { SearchModule } from './search.module';
export { SearchQueryModule } from './query/search-query.module';
export { createSearchMaintenanceContext } from './reindex/search-maintenance.module';

// Meilisearch: client, local server, index settings
export { SearchClient } from './search-client.provider';
export type { Settings } from './meilisearch/meilisearch-module';
export { LocalMeilisearchServer } from './meilisearch/meilisearch-server';
export { IndexSettingsApplier, settingsMatch } from './index-settings';

// Indexing: listings and organisations
export { LISTING_INDEX, listingIndexSettings } from './listings/index-definitions';
export { type ListingDocument, toListingDocument } from './listings/listing-document';
export { ListingIndexer } from './listings/listing-indexer';
export { OrganisationIndexer, ORGANISATIONS_INDEX } from './organisations/organisation-indexer';

// Queries: services, DTO, criteria, filters and hits
export {
  type MultiTypeSearchResult,
  SearchService,
  type SingleTypeSearchResult,
} from './query/search.service';
export { SearchQueryDto } from './query/search-query.dto';
export {
  parseSearchQuery,
  SEARCH_FILTER_INVALID,
  type SearchCriteria,
} from './query/search-criteria';
export { anyOf, equals, numberLiteral } from './query/filter-syntax';
export {
  type IndexQuery,
  multiSearch,
  searchUnavailable,
  targetIndexName,
} from './query/multi-search';
export type { ListingHit, OrganisationHit, SearchHighlight } from './query/search-hits';

// Maintenance: reindex, drift check and repair
export {
  REINDEX_TARGETS,
  type ReindexReport,
  ReindexService,
  type ReindexTarget,
} from './reindex/reindex.service';
export { hasDrift, SearchDriftCheck } from './reindex/search-drift-check';
export { SearchDriftRepair } from './reindex/search-drift-repair';
