import type { FieldProblem } from '@rongtong/common';
import {
  DIGEST_FREQUENCIES,
  DigestFrequency,
  isNotificationType,
  NOTIFICATION_CHANNELS,
  NotificationType,
} from '../entities/notification-types';

/** What a user asked to change for one type; absent fields keep their current value. */
export interface TypePreferenceChange {
  email?: boolean;
  digest?: DigestFrequency;
}

export type PreferenceChanges = Partial<Record<NotificationType, TypePreferenceChange>>;

/** Keys a type's object may hold: the channels, plus the digest frequency (not a channel). */
const ALLOWED_KEYS = [...NOTIFICATION_CHANNELS, 'digest'] as const;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the dynamic `types` object of a preferences update. Type names are keys, so the DTO
 * layer cannot validate them: every problem is collected with its dotted field path, and the
 * caller writes nothing unless there are none.
 */
export function parsePreferenceChanges(types: unknown): {
  changes: PreferenceChanges;
  problems: FieldProblem[];
} {
  const changes: PreferenceChanges = {};
  const problems: FieldProblem[] = [];
  if (types === undefined) return { changes, problems };
  if (!isPlainObject(types)) {
    problems.push({ field: 'types', messages: ['must be an object keyed by notification type'] });
    return { changes, problems };
  }
  for (const [type, value] of Object.entries(types)) {
    const field = `types.${type}`;
    if (!isNotificationType(type)) {
      problems.push({ field, messages: ['unknown notification type'] });
      continue;
    }
    if (!isPlainObject(value)) {
      problems.push({ field, messages: ['must be an object such as { "email": false }'] });
      continue;
    }
    const change: TypePreferenceChange = {};
    for (const [key, setting] of Object.entries(value)) {
      if (!(ALLOWED_KEYS as readonly string[]).includes(key)) {
        problems.push({
          field: `${field}.${key}`,
          messages: [`unknown channel; allowed: ${NOTIFICATION_CHANNELS.join(', ')} (and digest)`],
        });
      } else if (key === 'email') {
        if (typeof setting === 'boolean') change.email = setting;
        else problems.push({ field: `${field}.email`, messages: ['must be true or false'] });
      } else if ((DIGEST_FREQUENCIES as readonly unknown[]).includes(setting)) {
        change.digest = setting as DigestFrequency;
      } else {
        problems.push({
          field: `${field}.digest`,
          messages: [`must be one of: ${DIGEST_FREQUENCIES.join(', ')}`],
        });
      }
    }
    changes[type] = change;
  }
  return { changes, problems };
}
