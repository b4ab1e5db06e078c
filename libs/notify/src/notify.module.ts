import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { IdentityModule } from '@rongtong/identity';
import { SearchQueryModule } from '@rongtong/search';
import { DigestComposer } from './digests/digest-composer';
import { EmailRouter } from './email/email-router';
import { AccountMailer } from './account/account-mailer';
import { EmailSender } from './email/email-sender';
import { MailComposer } from './email/mail-composer';
import { MailTransport } from './email/mail-transport';
import { UnsubscribeTokens } from './email/unsubscribe-token';
import { NOTIFY_ENTITIES } from './entities';
import { EmailDeliveryStore } from './email/email-deliveries.store';
import { InboxService } from './inbox/inbox.service';
import { InboxStore } from './inbox/inbox.store';
import { SavedSearchStore } from './saved-searches/saved-searches.store';
import { NotificationRecorder } from './inbox/notification-recorder';
import { NotificationPreferences } from './preferences/notification-preferences.service';
import { PreferenceStore } from './preferences/preference-store';
import { UnsubscribeService } from './preferences/unsubscribe.service';
import { ListingNotices } from './reminders/listing-notices';
import { TrustDecisionNotices } from './reminders/trust-decision-notices';
import { DeliveryReconciler } from './retention/delivery-reconciler';
import { DeliveryReconciliationStore } from './retention/delivery-reconciliation.store';
import { NotifyRetention } from './retention/notify-retention';
import { NotifyRetentionStore } from './retention/notify-retention.store';
import { SAVED_SEARCH_PROVIDERS } from './saved-searches/saved-search-providers';
import { WEBHOOK_PROVIDERS } from './webhooks/webhook-providers';

const SERVICES = [
  EmailDeliveryStore,
  InboxStore,
  SavedSearchStore,
  NotificationRecorder,
  InboxService,
  PreferenceStore,
  NotificationPreferences,
  UnsubscribeService,
  EmailRouter,
  EmailSender,
  AccountMailer,
  MailComposer,
  MailTransport,
  DigestComposer,
  ListingNotices,
  TrustDecisionNotices,
  NotifyRetention,
  NotifyRetentionStore,
  DeliveryReconciler,
  DeliveryReconciliationStore,
  ...WEBHOOK_PROVIDERS,
  ...SAVED_SEARCH_PROVIDERS,
];

/** Unsubscribe tokens are signed with a key derived from the JWT secret. */
const UNSUBSCRIBE_TOKENS = {
  provide: UnsubscribeTokens,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new UnsubscribeTokens(config.auth.jwtSecret),
};

/** Inbox, preferences, email, digests, webhooks and saved searches; used by api and worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature(NOTIFY_ENTITIES),
    IdentityModule,
    CatalogModule,
    SearchQueryModule,
  ],
  providers: [...SERVICES, UNSUBSCRIBE_TOKENS],
  exports: [...SERVICES, UNSUBSCRIBE_TOKENS, TypeOrmModule],
})
export class NotifyModule {}
