import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@rongtong/identity';
import { ListingImportStore } from './services/listing-import.store';
import { CATALOG_ENTITIES } from './entities';
import { AchievementService } from './services/achievement.service';
import { ChallengeService } from './services/challenge.service';
import { ListingDrafts } from './services/listing-drafts';
import { ListingLifecycle } from './services/listing-lifecycle.service';
import { ListingPolicy } from './services/listing-policy';
import { ListingQueries } from './services/listing-queries.service';
import { ListingRepositories } from './services/listing-registry';
import { ListingValidator } from './services/listing-validator';
import { ListingWriter } from './services/listing-writer';
import { NeedService } from './services/need.service';
import { ListingRevisionStore } from './services/listing-revision.store';
import { ListingRevisions } from './services/listing-revisions.service';
import { ListingExpiryStore } from './services/listing-expiry.store';
import { AchievementSummaries } from './read/achievement-summaries.store';
import { ListingRecords } from './read/listing-records.store';
import { ChallengeTermsStore } from './read/challenge-terms.store';

const SERVICES = [
  AchievementService,
  ChallengeService,
  ListingImportStore,
  ListingDrafts,
  ListingLifecycle,
  ListingPolicy,
  ListingQueries,
  ListingRepositories,
  ListingValidator,
  ListingWriter,
  NeedService,
  ListingExpiryStore,
  AchievementSummaries,
  ListingRecords,
  ListingRevisionStore,
  ListingRevisions,
  ChallengeTermsStore,
];

/** Tech needs, achievements and challenges with their lifecycle; used by api and worker. */
@Module({
  imports: [TypeOrmModule.forFeature(CATALOG_ENTITIES), IdentityModule],
  providers: SERVICES,
  exports: [...SERVICES, TypeOrmModule],
})
export class CatalogModule {}
