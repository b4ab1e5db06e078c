// Module
export { NotifyModule } from './notify.module';

// Entities and their vocabularies
export { NOTIFY_ENTITIES } from './entities';
export {
  DIGEST_FREQUENCIES,
  type DigestFrequency,
  NOTIFICATION_TYPES,
  type NotificationType,
} from './entities/notification-types';

// Services
export { InboxService, notificationNotFound } from './inbox/inbox.service';
export { NotificationPreferences } from './preferences/notification-preferences.service';
export { UnsubscribeService } from './preferences/unsubscribe.service';
export {
  SavedSearches,
  savedSearchNotFound,
  type SavedSearchView,
} from './saved-searches/saved-searches.service';

// Mail, digests, notices and webhooks
export { DigestComposer } from './digests/digest-composer';
export { EmailSender } from './email/email-sender';
export { MailTransport } from './email/mail-transport';
export { UnsubscribeTokens } from './email/unsubscribe-token';
export { NotificationRecorder } from './inbox/notification-recorder';
export { ListingNotices } from './reminders/listing-notices';
export { TrustDecisionNotices } from './reminders/trust-decision-notices';
export { parseStoredQuery, toStoredQuery } from './saved-searches/saved-search-query';
export { escapeHtml, type MailContent } from './templates/mail-layout';
export { WebhookDeliveries } from './webhooks/webhook-deliveries';
export { WebhookEndpoints, webhookNotFound } from './webhooks/webhook-endpoints';
export { WebhookHttpClient } from './webhooks/webhook-http-client';
export { WebhookAttemptFailed, WebhookSender } from './webhooks/webhook-sender';
export { verifyWebhookSignature } from './webhooks/webhook-signature';

// DTOs (request bodies and queries)
export { InboxQueryDto, type NotificationView } from './inbox/inbox.dto';
export {
  type NotificationPreferencesView,
  UpdateNotificationPreferencesDto,
} from './preferences/preferences.dto';
export { CreateSavedSearchDto, UpdateSavedSearchDto } from './saved-searches/saved-search.dto';
export {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
} from './webhooks/webhook-endpoint.dto';

// Views and types
export type {
  CounterpartRef,
  ListingRef,
  NotificationIntent,
  PartyContact,
} from './intents/notification-intent';
export type { EffectivePreference } from './preferences/preference-defaults';
export type {
  WebhookAttemptView,
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEndpointWithSecret,
} from './webhooks/webhook-views';
