import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { NotifyModule } from '@rongtong/notify';
import { SearchModule } from '@rongtong/search';
import { MATCHING_ENTITIES } from './entities';

const SERVICES = [] as const;

/** Matching in both directions, match lifecycle and recompute jobs; used by api and worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature(MATCHING_ENTITIES),
    IdentityModule,
    CatalogModule,
    SearchModule,
    NotifyModule,
  ],
  providers: [...SERVICES],
  exports: [...SERVICES, TypeOrmModule],
})
export class MatchingModule {}
