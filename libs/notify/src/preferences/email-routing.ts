import type { EmailState } from '../entities/notification.entity';
import type { NotificationType } from '../entities/notification-types';
import { EffectivePreference, isMatchEmailType } from './preference-defaults';

export interface EmailRoutingInput {
  type: NotificationType;
  preference: EffectivePreference;
  /** Immediate match mails the user already got (or has queued) today, China calendar day. */
  matchMailsToday: number;
  dailyMatchEmailCap: number;
}

/**
 * Where a freshly recorded notification goes besides the inbox: nowhere ('none'), into the
 * next digest ('digest'), or into its own mail now ('queued'). Match mails past the daily cap
 * wait for the daily digest instead of being dropped.
 */
export function routeEmail(
  input: EmailRoutingInput,
): Extract<EmailState, 'none' | 'digest' | 'queued'> {
  if (!input.preference.email) return 'none';
  if (input.preference.digest !== 'immediate') return 'digest';
  if (isMatchEmailType(input.type) && input.matchMailsToday >= input.dailyMatchEmailCap) {
    return 'digest';
  }
  return 'queued';
}
