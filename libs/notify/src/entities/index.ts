import { EmailDelivery } from './email-delivery.entity';
import { Notification } from './notification.entity';
import { NotificationPreference, NotificationSettings } from './notification-preference.entity';
import { SavedSearch } from './saved-search.entity';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export * from './email-delivery.entity';
export * from './notification.entity';
export * from './notification-preference.entity';
export * from './notification-types';
export * from './saved-search.entity';
export * from './webhook-delivery.entity';
export * from './webhook-endpoint.entity';

export const NOTIFY_ENTITIES = [
  Notification,
  NotificationPreference,
  NotificationSettings,
  EmailDelivery,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  SavedSearch,
];
