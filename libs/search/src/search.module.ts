import { Module } from '@nestjs/common';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { IndexSettingsApplier } from './index-settings';
import { ListingIndexer } from './listings/listing-indexer';
import { OrganisationIndexer } from './organisations/organisation-indexer';
import { ReindexService } from './reindex/reindex.service';
import { SearchDriftCheck } from './reindex/search-drift-check';
import { SearchDriftRepair } from './reindex/search-drift-repair';
import { SearchClient } from './search-client.provider';

const PROVIDERS = [
  SearchClient,
  IndexSettingsApplier,
  OrganisationIndexer,
  ListingIndexer,
  ReindexService,
  SearchDriftCheck,
  SearchDriftRepair,
];

/** Meilisearch client, indexers (job handlers), reindex and drift check. */
@Module({
  imports: [IdentityModule, CatalogModule],
  providers: PROVIDERS,
  exports: PROVIDERS,
})
export class SearchModule {}
