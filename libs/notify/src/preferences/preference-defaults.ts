import {
  DigestFrequency,
  NOTIFICATION_TYPES,
  NotificationType,
} from '../entities/notification-types';

/** What a user receives for one notification type besides the inbox (which is always on). */
export interface EffectivePreference {
  email: boolean;
  digest: DigestFrequency;
}

/**
 * The one place defaults live: a user without a stored row for a type gets these. Saved-search
 * alerts can be many a day, so they wait for the daily digest; everything else mails at once.
 */
export const DEFAULT_PREFERENCES: Readonly<Record<NotificationType, EffectivePreference>> = {
  'match.found': { email: true, digest: 'immediate' },
  'match.interest': { email: true, digest: 'immediate' },
  'match.mutual': { email: true, digest: 'immediate' },
  'challenge.candidate': { email: true, digest: 'immediate' },
  'challenge.application': { email: true, digest: 'immediate' },
  'challenge.invited': { email: true, digest: 'immediate' },
  'challenge.deadline_extended': { email: true, digest: 'immediate' },
  'challenge.evaluator': { email: true, digest: 'immediate' },
  'listing.reviewed': { email: true, digest: 'immediate' },
  'trust.decided': { email: true, digest: 'immediate' },
  'listing.expiring': { email: true, digest: 'immediate' },
  'saved_search.alert': { email: true, digest: 'daily' },
  'webhook.disabled': { email: true, digest: 'immediate' },
  'event.registration': { email: true, digest: 'immediate' },
  'event.schedule_published': { email: true, digest: 'immediate' },
  'event.invited': { email: true, digest: 'immediate' },
  'event.meeting_reminder': { email: true, digest: 'immediate' },
  'event.meeting_no_show': { email: true, digest: 'immediate' },
  'event.meeting_cancelled': { email: true, digest: 'immediate' },
  'event.meeting_requested': { email: true, digest: 'immediate' },
  'event.meeting_request_answered': { email: true, digest: 'immediate' },
};

/**
 * Types whose immediate mails count against the recipient's daily cap (past it they wait for
 * the daily digest): what the matcher finds, and what other organisations start (interest,
 * invitations to a challenge or a 对接会 — an organiser invites up to 500 at once — and
 * meeting requests), which anyone may send to many recipients. Answers to the recipient's own
 * step (mutual matches, an answered meeting request) are not capped.
 */
export const MATCH_EMAIL_TYPES: readonly NotificationType[] = [
  'match.found',
  'challenge.candidate',
  'match.interest',
  'challenge.invited',
  'event.invited',
  'event.meeting_requested',
];

export function isMatchEmailType(type: NotificationType): boolean {
  return MATCH_EMAIL_TYPES.includes(type);
}

/** A stored row overrides the defaults of its type. */
export function effectivePreference(
  type: NotificationType,
  stored?: { emailEnabled: boolean; digest: DigestFrequency },
): EffectivePreference {
  return stored ? { email: stored.emailEnabled, digest: stored.digest } : DEFAULT_PREFERENCES[type];
}

/** Every type with its effective preference, for one user's stored rows. */
export function allEffectivePreferences(
  stored: ReadonlyMap<NotificationType, { emailEnabled: boolean; digest: DigestFrequency }>,
): Record<NotificationType, EffectivePreference> {
  return Object.fromEntries(
    NOTIFICATION_TYPES.map((type) => [type, effectivePreference(type, stored.get(type))]),
  ) as Record<NotificationType, EffectivePreference>;
}
