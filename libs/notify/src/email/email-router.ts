import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@rongtong/common';
import { OutboxWriter } from '@rongtong/database';
import type { NotificationType } from '../entities/notification-types';
import { routeEmail } from '../preferences/email-routing';
import { isMatchEmailType, MATCH_EMAIL_TYPES } from '../preferences/preference-defaults';
import { PreferenceStore } from '../preferences/preference-store';
import { requestEmailDelivery, setEmailState } from './email-requests';

/** An inbox row just inserted by the recorder. */
export interface RecordedNotification {
  id: string;
  userId: string;
  type: NotificationType;
}

/** First key of the two-int advisory lock that serialises one user's match-mail cap. */
const MATCH_CAP_LOCK = 0x6e6f7469; // "noti"

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
    await setEmailState(manager, toDigest, 'digest');
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
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        MATCH_CAP_LOCK,
        userId,
      ]);
      const [{ n }]: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n
           FROM email_delivery d JOIN notification n ON n.id = d.notification_ids[1]
          WHERE d.user_id = $1 AND d.kind = 'single' AND d.created_at >= $2
            AND n.type = ANY($3::text[])`,
        [userId, dayStart, MATCH_EMAIL_TYPES],
      );
      counts.set(userId, n);
    }
    return counts;
  }

  private async queueMails(manager: EntityManager, rows: RecordedNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await setEmailState(
      manager,
      rows.map((row) => row.id),
      'queued',
    );
    const deliveries: { id: string }[] = await manager.query(
      `INSERT INTO email_delivery (user_id, kind, dedup_key, notification_ids)
       SELECT recipient, 'single', 'notification:' || notification_id::text, ARRAY[notification_id]
         FROM unnest($1::uuid[], $2::uuid[]) AS t(notification_id, recipient)
       ON CONFLICT (dedup_key) DO NOTHING
       RETURNING id`,
      [rows.map((row) => row.id), rows.map((row) => row.userId)],
    );
    for (const delivery of deliveries) {
      await requestEmailDelivery(this.outbox, manager, delivery.id);
    }
  }
}
