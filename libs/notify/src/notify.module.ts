import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { NOTIFY_ENTITIES } from './entities';
import { NotificationRecorder } from './inbox/notification-recorder';
import { SavedSearchesModule } from './saved-searches/saved-searches.module';
import { WebhooksModule } from './webhooks/webhooks.module';

const SERVICES = [NotificationRecorder];

/** Inbox, preferences, email, digests, webhooks and saved searches; used by api and worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature(NOTIFY_ENTITIES),
    IdentityModule,
    CatalogModule,
    WebhooksModule,
    SavedSearchesModule,
  ],
  providers: [...SERVICES],
  exports: [...SERVICES, WebhooksModule, SavedSearchesModule, TypeOrmModule],
})
export class NotifyModule {}
