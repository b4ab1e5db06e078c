import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@rongtong/common';
import { OutboxWriter } from '@rongtong/database';
import type { NotificationType } from '../entities/notification-types';
import { routeEmail } from '../preferences/email-routing';
import { isMatchEmailType, MATCH_EMAIL_TYPES } from '../preferences/preference-defaults';
import { PreferenceStore } from '../preferences/preference-store';
import { EmailDeliveryStore } from './email-deliveries.store';
import { requestEmailDelivery } from './email-requests';

/** An inbox row just inserted by the recorder. */
export interface RecordedNotification {
  id: string;
  userId: string;
  type: NotificationType;
}

/**
 * Decides, inside the recorder's transaction, how each new notification reaches the mailbox:
 * not at all, in a digest, or in its own mail (an email_delivery row plus an outbox event the
 * relay turns into the `notify.deliver-email` job).
 */
@Injectable()
export class EmailRouter {
  constructor(
    private readonly preferences: PreferenceStore,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly deliveries: EmailDeliveryStore,
  ) {}

  async route(manager: EntityManager, rows: RecordedNotification[]): Promise<void> {
    if (rows.length === 0) return;
    const preferences = await this.preferences.forUsers(
      manager,
      rows.map((row) => row.userId),
    );
    const matchMailsToday = await this.lockAndCountMatchMails(
      manager,
      rows
        .filter((row) => {
          const preference = preferences.get(row.userId)!.of(row.type);
          return (
            isMatchEmailType(row.type) && preference.email && preference.digest === 'immediate'
          );
        })
        .map((row) => row.userId),
    );
    const toDigest: string[] = [];
    const toMail: RecordedNotification[] = [];
    for (const row of rows) {
      const user = preferences.get(row.userId)!;
      const state = routeEmail({
        type: row.type,
        preference: user.of(row.type),
        matchMailsToday: matchMailsToday.get(row.userId) ?? 0,
        dailyMatchEmailCap: user.dailyMatchEmailCap,
      });
      if (state === 'digest') toDigest.push(row.id);
      if (state === 'queued') {
        toMail.push(row);
        if (isMatchEmailType(row.type)) {
          matchMailsToday.set(row.userId, (matchMailsToday.get(row.userId) ?? 0) + 1);
        }
      }
    }
    await this.deliveries.setEmailState(manager, toDigest, 'digest');
    await this.queueMails(manager, toMail);
  }

  /**
   * Takes each user's cap lock (in id order, so two transactions cannot deadlock on them) and
   * counts the match mails queued for them today. Held to commit, so concurrent jobs for the
   * same user see each other's mails and cannot exceed the cap together.
   */
  private async lockAndCountMatchMails(
    manager: EntityManager,
    userIds: string[],
  ): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const dayStart = new Date(`${this.clock.today()}T00:00:00+08:00`);
    for (const userId of [...new Set(userIds)].sort()) {
      counts.set(
        userId,
        await this.deliveries.lockAndCountSingleMails(manager, userId, dayStart, MATCH_EMAIL_TYPES),
      );
    }
    return counts;
  }

  private async queueMails(manager: EntityManager, rows: RecordedNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await this.deliveries.setEmailState(
      manager,
      rows.map((row) => row.id),
      'queued',
    );
    for (const deliveryId of await this.deliveries.insertSingles(manager, rows)) {
      await requestEmailDelivery(this.outbox, manager, deliveryId);
    }
  }
}
