import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { NotifyModule } from '@rongtong/notify';
import { SearchModule } from '@rongtong/search';
import { MATCHING_ENTITIES } from './entities';
import { MatchAccess } from './lifecycle/match-access';
import { MatchLifecycle } from './lifecycle/match-lifecycle.service';
import { ListingMatchActions } from './listing-match-actions.service';
import { MatchFinder } from './match-finder';
import { MatchingJobs } from './matching-jobs';
import { MatchingService } from './matching.service';
import { MatchStore } from './persistence/match-store';
import { CandidateRetriever } from './retrieval/candidate-retriever';
import { IndexFreshness } from './retrieval/index-freshness';
import { ProfileLoader } from './retrieval/profile-loader';
import { MatchQueries } from './views/match-queries.service';
import { PartyLoader } from './views/party-loader';

const SERVICES = [
  CandidateRetriever,
  IndexFreshness,
  ListingMatchActions,
  MatchAccess,
  MatchFinder,
  MatchingJobs,
  MatchingService,
  MatchLifecycle,
  MatchQueries,
  MatchStore,
  PartyLoader,
  ProfileLoader,
];

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
