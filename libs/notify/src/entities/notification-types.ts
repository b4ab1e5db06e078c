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
  /** Your application to a challenge moved to another stage (the reason when not selected). */
  'challenge.application',
  /** A challenge owner invites your organisation to apply. */
  'challenge.invited',
  /** A challenge where you hold a draft extended its deadline. */
  'challenge.deadline_extended',
  /** You were made an evaluator of a challenge. */
  'challenge.evaluator',
  /**
   * A reviewer decided your organisation's tier certificate, USCC claim or name change (with
   * the reason of a rejection or revocation).
   */
  'trust.decided',
  /** A reviewer approved or rejected your listing. */
  'listing.reviewed',
  /** Your listing's last day is 7 days away. */
  'listing.expiring',
  /** A newly published listing matches one of your saved searches. */
  'saved_search.alert',
  /** One of your organisation's webhook endpoints was disabled after repeated failures. */
  'webhook.disabled',
  /** The organiser approved or declined your organisation's registration for a 对接会. */
  'event.registration',
  /** A 对接会 you take part in published its schedule: your meetings, times and tables. */
  'event.schedule_published',
  /** An organiser invites your organisation to register for a 对接会 (matched to its theme). */
  'event.invited',
  /** A meeting of yours at a 对接会 starts soon: when, where, with whom. */
  'event.meeting_reminder',
  /**
   * You came to a 对接会 meeting and the other side did not check in within the grace period:
   * what the desk, walk-in proposals and free slots can still do for you.
   */
  'event.meeting_no_show',
  /**
   * A published 对接会 meeting of yours was cancelled because the other side withdrew its
   * registration or the organiser declined it: the slot is free again.
   */
  'event.meeting_cancelled',
  /** Another participant of a 对接会 asks your organisation for a one-to-one meeting. */
  'event.meeting_requested',
  /** The other side accepted or declined (with its reason) your 对接会 meeting request. */
  'event.meeting_request_answered',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Channels a user can switch per type; the inbox is always on. */
export const NOTIFICATION_CHANNELS = ['email'] as const;

export const DIGEST_FREQUENCIES = ['immediate', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export function isNotificationType(value: string): value is NotificationType {
  return (NOTIFICATION_TYPES as readonly string[]).includes(value);
}
