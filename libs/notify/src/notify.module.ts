import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { SearchQueryModule } from '@rongtong/search';
import { NOTIFY_ENTITIES } from './entities';
import { NotificationRecorder } from './inbox/notification-recorder';
import { SAVED_SEARCH_PROVIDERS } from './saved-searches/saved-search-providers';
import { WEBHOOK_PROVIDERS } from './webhooks/webhook-providers';

const SERVICES = [NotificationRecorder, ...WEBHOOK_PROVIDERS, ...SAVED_SEARCH_PROVIDERS];

/** Inbox, preferences, email, digests, webhooks and saved searches; used by api and worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature(NOTIFY_ENTITIES),
    IdentityModule,
    CatalogModule,
    SearchQueryModule,
  ],
  providers: SERVICES,
  exports: [...SERVICES, TypeOrmModule],
})
export class NotifyModule {}
