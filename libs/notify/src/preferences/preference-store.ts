import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import type { DigestFrequency, NotificationType } from '../entities/notification-types';
import {
  allEffectivePreferences,
  EffectivePreference,
  effectivePreference,
} from './preference-defaults';

/** One user's stored choices, with the defaults applied on read. */
export class UserPreferences {
  constructor(
    private readonly stored: ReadonlyMap<
      NotificationType,
      { emailEnabled: boolean; digest: DigestFrequency }
    >,
    readonly dailyMatchEmailCap: number,
  ) {}

  of(type: NotificationType): EffectivePreference {
    return effectivePreference(type, this.stored.get(type));
  }

  all(): Record<NotificationType, EffectivePreference> {
    return allEffectivePreferences(this.stored);
  }
}

interface PreferenceRow {
  user_id: string;
  type: NotificationType;
  email_enabled: boolean;
  digest: DigestFrequency;
}

/** Reads and writes notification_preference and notification_settings; no rules. */
@Injectable()
export class PreferenceStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Every listed user's preferences (users without rows get the defaults). */
  async forUsers(manager: EntityManager, userIds: string[]): Promise<Map<string, UserPreferences>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const rows: PreferenceRow[] = await manager.query(
      `SELECT user_id, type, email_enabled, digest FROM notification_preference
        WHERE user_id = ANY($1::uuid[])`,
      [unique],
    );
    const caps: { user_id: string; cap: number }[] = await manager.query(
      `SELECT user_id, daily_match_email_cap AS cap FROM notification_settings
        WHERE user_id = ANY($1::uuid[])`,
      [unique],
    );
    const capByUser = new Map(caps.map((row) => [row.user_id, row.cap]));
    return new Map(
      unique.map((userId) => {
        const stored = new Map(
          rows
            .filter((row) => row.user_id === userId)
            .map((row) => [row.type, { emailEnabled: row.email_enabled, digest: row.digest }]),
        );
        const cap = capByUser.get(userId) ?? this.config.notify.dailyMatchEmailCap;
        return [userId, new UserPreferences(stored, cap)];
      }),
    );
  }

  async forUser(manager: EntityManager, userId: string): Promise<UserPreferences> {
    return (await this.forUsers(manager, [userId])).get(userId)!;
  }

  async save(
    manager: EntityManager,
    userId: string,
    type: NotificationType,
    preference: EffectivePreference,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preference (user_id, type, email_enabled, digest)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, type)
       DO UPDATE SET email_enabled = EXCLUDED.email_enabled, digest = EXCLUDED.digest,
                     updated_at = now()`,
      [userId, type, preference.email, preference.digest],
    );
  }

  async saveCap(manager: EntityManager, userId: string, cap: number): Promise<void> {
    await manager.query(
      `INSERT INTO notification_settings (user_id, daily_match_email_cap) VALUES ($1, $2)
       ON CONFLICT (user_id)
       DO UPDATE SET daily_match_email_cap = EXCLUDED.daily_match_email_cap, updated_at = now()`,
      [userId, cap],
    );
  }
}
