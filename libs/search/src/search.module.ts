import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation, SmeCertification } from '@rongtong/identity';
import { IndexSettingsApplier } from './index-settings';
import { ListingIndexer } from './listings/listing-indexer';
import { ListingLoader } from './listings/listing-loader';
import { OrganisationIndexer } from './organisations/organisation-indexer';
import { ChangeMarks } from './reindex/change-mark';
import { ReindexService } from './reindex/reindex.service';
import { SearchDriftCheck } from './reindex/search-drift-check';
import { SearchClient } from './search-client.provider';

const PROVIDERS = [
  SearchClient,
  IndexSettingsApplier,
  OrganisationIndexer,
  ListingLoader,
  ListingIndexer,
  ChangeMarks,
  ReindexService,
  SearchDriftCheck,
];

/** Meilisearch client, indexers (job handlers), reindex and drift check. */
@Module({
  imports: [TypeOrmModule.forFeature([Organisation, SmeCertification])],
  providers: PROVIDERS,
  exports: PROVIDERS,
})
export class SearchModule {}
