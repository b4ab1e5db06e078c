import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import type { NotificationType } from '../entities/notification-types';
import { parsePreferenceChanges, TypePreferenceChange } from './preference-update';
import { PreferenceStore } from './preference-store';
import { NotificationPreferencesView, UpdateNotificationPreferencesDto } from './preferences.dto';

/** A user's notification preferences as the API shows and changes them. */
@Injectable()
export class NotificationPreferences {
  constructor(
    private readonly store: PreferenceStore,
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
  ) {}

  async view(userId: string): Promise<NotificationPreferencesView> {
    const preferences = await this.store.forUser(this.dataSource.manager, userId);
    return { types: preferences.all(), dailyMatchEmailCap: preferences.dailyMatchEmailCap };
  }

  /** Validates everything first (all problems in one 400), then writes in one transaction. */
  async update(
    userId: string,
    input: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesView> {
    const { changes, problems } = parsePreferenceChanges(input.types);
    if (problems.length > 0) {
      throw new ValidationFailedError(
        problems,
        'VALIDATION_FAILED',
        `Invalid notification preferences: ${problems.map((p) => p.field).join(', ')}`,
      );
    }
    await this.transactions.run(async (manager) => {
      const current = await this.store.forUser(manager, userId);
      for (const [type, change] of Object.entries(changes) as [
        NotificationType,
        TypePreferenceChange,
      ][]) {
        await this.store.save(manager, userId, type, { ...current.of(type), ...change });
      }
      if (input.dailyMatchEmailCap !== undefined) {
        await this.store.saveCap(manager, userId, input.dailyMatchEmailCap);
      }
    });
    return this.view(userId);
  }

  /** Turns email off for these types (the digest setting is kept for when it is turned on). */
  async turnEmailOff(userId: string, types: readonly NotificationType[]): Promise<void> {
    await this.transactions.run(async (manager) => {
      const current = await this.store.forUser(manager, userId);
      for (const type of types) {
        await this.store.save(manager, userId, type, { ...current.of(type), email: false });
      }
    });
  }
}
