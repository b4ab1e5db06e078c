import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import {
  APP_CONFIG,
  AppConfig,
  ConfigModule,
  DomainExceptionFilter,
  LoggingModule,
} from '@rongtong/common';
import { CatalogModule } from '@rongtong/catalog';
import { ChallengesModule } from '@rongtong/challenges';
import { EventsModule } from '@rongtong/events';
import { DatabaseModule } from '@rongtong/database';
import { HealthModule } from '@rongtong/health';
import { IdentityModule } from '@rongtong/identity';
import { JobsModule } from '@rongtong/jobs';
import { MatchingModule } from '@rongtong/matching';
import { NotifyModule } from '@rongtong/notify';
import { SearchModule, SearchQueryModule } from '@rongtong/search';
import { StorageModule } from '@rongtong/storage';
import { DemoModule } from '@rongtong/demo';
import { AdminController } from './admin/admin.controller';
import { QueueDashboardController } from './admin/queue-dashboard.controller';
import { AccessTokenGuard } from './auth/access-token.guard';
import { AuthController, MeController } from './auth/auth.controller';
import { BrowserSession } from './auth/browser-session';
import { AchievementsController } from './catalog/achievements.controller';
import { ChallengesController } from './catalog/challenges.controller';
import { ListingRevisionsController } from './catalog/listing-revisions.controller';
import { NeedsController } from './catalog/needs.controller';
import { EventsController } from './events/events.controller';
import { ParticipationController } from './events/participation.controller';
import { ChallengeApplicationsController } from './challenges/challenge-applications.controller';
import { FilesController } from './files/files.controller';
import { HealthController } from './health/health.controller';
import {
  InvitationsController,
  OrganisationsController,
} from './identity/organisations.controller';
import { RateLimitGuard, rateLimitThrottlers } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RedisThrottlerStorage } from './rate-limit/redis-throttler-storage';
import { CertificationsController } from './identity/certifications.controller';
import { UsccClaimsController } from './identity/uscc-claims.controller';
import { NameChangesController } from './identity/name-changes.controller';
import { ReferenceController } from './reference/reference.controller';
import { SearchController } from './search/search.controller';
import { ListingMatchesController } from './matching/listing-matches.controller';
import { MatchesController } from './matching/matches.controller';
import { InboxController } from './notify/inbox.controller';
import { NotificationPreferencesController } from './notify/notification-preferences.controller';
import { SavedSearchesController } from './notify/saved-searches.controller';
import { UnsubscribeController } from './notify/unsubscribe.controller';
import { WebhooksController } from './notify/webhooks.controller';

@Module({
  imports: [
    LoggingModule,
    DatabaseModule.forRoot(),
    JobsModule.forRoot(),
    RateLimitModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitModule],
      inject: [APP_CONFIG, RedisThrottlerStorage],
      useFactory: (config: AppConfig, storage: RedisThrottlerStorage) => ({
        throttlers: rateLimitThrottlers(config),
        storage,
      }),
    }),
    IdentityModule,
    CatalogModule,
    SearchModule,
    SearchQueryModule,
    NotifyModule,
    MatchingModule,
    HealthModule,
    StorageModule,
    ChallengesModule,
    EventsModule,
  ],
  controllers: [
    AuthController,
    MeController,
    OrganisationsController,
    CertificationsController,
    UsccClaimsController,
    NameChangesController,
    InvitationsController,
    AdminController,
    QueueDashboardController,
    NeedsController,
    AchievementsController,
    ChallengesController,
    ListingRevisionsController,
    HealthController,
    SearchController,
    MatchesController,
    ListingMatchesController,
    InboxController,
    NotificationPreferencesController,
    UnsubscribeController,
    WebhooksController,
    SavedSearchesController,
    ReferenceController,
    FilesController,
    ChallengeApplicationsController,
    EventsController,
    ParticipationController,
  ],
  providers: [
    BrowserSession,
    // In this order: the rate limits count writes per signed-in user.
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
  ],
})
export class ApiModule {
  /** The api as built with this config; the demo data's seeders only when seeding is on. */
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [ConfigModule.forRoot(config), ...(config.seedDemoData ? [DemoModule] : [])],
    };
  }
}
