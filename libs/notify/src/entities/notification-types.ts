/**
 * What a notification is about. Preferences, unsubscribe links and templates are keyed by
 * these; a new type needs a template in both languages.
 */
export const NOTIFICATION_TYPES = [
  /** A new or clearly better match for one of your listings. */
  'match.found',
  /** The other side of a match showed interest. */
  'match.interest',
  /** Both sides are interested: the mail carries the other side's contacts. */
  'match.mutual',
  /** A challenge you published found an eligible candidate organisation. */
  'challenge.candidate',
  /** A reviewer approved or rejected your listing. */
  'listing.reviewed',
  /** Your listing's last day is 7 days away. */
  'listing.expiring',
  /** A newly published listing matches one of your saved searches. */
  'saved_search.alert',
  /** One of your organisation's webhook endpoints was disabled after repeated failures. */
  'webhook.disabled',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Channels a user can switch per type; the inbox is always on. */
export const NOTIFICATION_CHANNELS = ['email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DIGEST_FREQUENCIES = ['immediate', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}
