import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation, SmeCertification } from '@rongtong/identity';
import { OrganisationIndexer } from './organisations/organisation-indexer';
import { SearchClient } from './search-client.provider';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation, SmeCertification])],
  providers: [SearchClient, OrganisationIndexer],
  exports: [SearchClient, OrganisationIndexer],
})
export class SearchModule {}
