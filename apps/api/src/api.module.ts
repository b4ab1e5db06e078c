import { Module } from '@nestjs/common';
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
import { DatabaseModule } from '@rongtong/database';
import { HealthModule } from '@rongtong/health';
import { IdentityModule } from '@rongtong/identity';
import { JobsModule } from '@rongtong/jobs';
import { MatchingModule } from '@rongtong/matching';
import { NotifyModule } from '@rongtong/notify';
import { SearchModule, SearchQueryModule } from '@rongtong/search';
import { AdminController } from './admin/admin.controller';
import { QueueDashboardController } from './admin/queue-dashboard.controller';
import { AccessTokenGuard } from './auth/access-token.guard';
import { AuthController, MeController } from './auth/auth.controller';
import { BrowserSession } from './auth/browser-session';
import { AchievementsController } from './catalog/achievements.controller';
import { ChallengesController } from './catalog/challenges.controller';
import { NeedsController } from './catalog/needs.controller';
import { HealthController } from './health/health.controller';
import {
  InvitationsController,
  OrganisationsController,
} from './identity/organisations.controller';
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
    ConfigModule,
    LoggingModule,
    DatabaseModule.forRoot(),
    JobsModule.forRoot(),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.auth.rateLimitPerMinute }],
    }),
    IdentityModule,
    CatalogModule,
    SearchModule,
    SearchQueryModule,
    NotifyModule,
    MatchingModule,
    HealthModule,
  ],
  controllers: [
    AuthController,
    MeController,
    OrganisationsController,
    InvitationsController,
    AdminController,
    QueueDashboardController,
    NeedsController,
    AchievementsController,
    ChallengesController,
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
  ],
  providers: [
    BrowserSession,
    { provide: APP_GUARD, useClass: AccessTokenGuard },
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
  ],
})
export class ApiModule {}
