import { ChallengeAwardMatches } from './lifecycle/challenge-award-matches';
import { EventIntentMatches } from './lifecycle/event-intent-matches';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { NotifyModule } from '@rongtong/notify';
import { SearchModule } from '@rongtong/search';
import { MATCHING_ENTITIES } from './entities';
import { InterestAllowance } from './lifecycle/interest-allowance';
import { MatchAccess } from './lifecycle/match-access';
import { InterestCountStore } from './persistence/interest-count.store';
import { JudgementLogStore } from './persistence/judgement-log.store';
import { MatchLifecycle } from './lifecycle/match-lifecycle.service';
import { ListingMatchActions } from './listing-match-actions.service';
import { MatchFinder } from './match-finder';
import { MatchingJobs } from './matching-jobs';
import { MatchingService } from './matching.service';
import { MatchStore } from './persistence/match-store';
import { CandidateRetriever } from './retrieval/candidate-retriever';
import { ProfileLoader } from './retrieval/profile-loader';
import { MatchPageStore } from './views/match-page.store';
import { MatchQueries } from './views/match-queries.service';
import { OrganisationMatches } from './views/organisation-matches';
import { PartyLoader } from './views/party-loader';
import { TermStatisticsService } from './text/term-statistics.service';
import { TermStatisticsStore } from './text/term-statistics.store';
import { TermPostingStore } from './text/term-posting.store';
import { ListingKeywordsService } from './text/listing-keywords.service';
import { ListingKeywordsStore } from './text/listing-keywords.store';

const SERVICES = [
  ChallengeAwardMatches,
  EventIntentMatches,
  CandidateRetriever,
  ListingMatchActions,
  MatchAccess,
  InterestAllowance,
  InterestCountStore,
  JudgementLogStore,
  ListingKeywordsService,
  ListingKeywordsStore,
  MatchFinder,
  MatchingJobs,
  MatchingService,
  MatchLifecycle,
  MatchPageStore,
  MatchQueries,
  MatchStore,
  OrganisationMatches,
  PartyLoader,
  ProfileLoader,
  TermStatisticsService,
  TermStatisticsStore,
  TermPostingStore,
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
