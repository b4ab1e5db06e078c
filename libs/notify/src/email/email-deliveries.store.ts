import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DeliveryStatus, EmailDelivery } from '../entities/email-delivery.entity';
import type { EmailState } from '../entities/notification.entity';
import type { NotificationType } from '../entities/notification-types';

/** A notification as a mail renders it. */
export interface MailableNotificationRow {
  type: NotificationType;
  params: Record<string, unknown>;
  subjectKind: string | null;
  subjectId: string | null;
}

/** First key of the two-int advisory lock that serialises one user's match-mail cap. */
const MATCH_CAP_LOCK = 0x6e6f7469; // "noti"

/** email_delivery rows and the email state of notifications. */
@Injectable()
export class EmailDeliveryStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Moves notifications to an email state, inside the caller's transaction. */
  async setEmailState(
    manager: EntityManager,
    notificationIds: readonly string[],
    state: EmailState,
  ): Promise<void> {
    if (notificationIds.length === 0) return;
    await manager.query('UPDATE notification SET email_state = $2 WHERE id = ANY($1::uuid[])', [
      notificationIds,
      state,
    ]);
  }

  /**
   * Takes the user's cap lock (held to commit, so concurrent jobs for the same user see each
   * other's mails) and counts the single mails of these types queued for them since `since`.
   */
  async lockAndCountSingleMails(
    manager: EntityManager,
    userId: string,
    since: Date,
    types: readonly NotificationType[],
  ): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MATCH_CAP_LOCK, userId]);
    const [{ n }] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n
         FROM email_delivery d JOIN notification n ON n.id = d.notification_ids[1]
        WHERE d.user_id = $1 AND d.kind = 'single' AND d.created_at >= $2
          AND n.type = ANY($3::text[])`,
      [userId, since, types],
    );
    return n;
  }

  /** One single-mail delivery per notification; the ids of those created now. */
  async insertSingles(
    manager: EntityManager,
    rows: readonly { id: string; userId: string }[],
  ): Promise<string[]> {
    const created = await manager.query<{ id: string }[]>(
      `INSERT INTO email_delivery (user_id, kind, dedup_key, notification_ids)
       SELECT recipient, 'single', 'notification:' || notification_id::text, ARRAY[notification_id]
         FROM unnest($1::uuid[], $2::uuid[]) AS t(notification_id, recipient)
       ON CONFLICT (dedup_key) DO NOTHING
       RETURNING id`,
      [rows.map((row) => row.id), rows.map((row) => row.userId)],
    );
    return created.map((row) => row.id);
  }

  /** A digest delivery under its dedup key; undefined when the key was taken. */
  async insertDigest(
    manager: EntityManager,
    userId: string,
    dedupKey: string,
    notificationIds: readonly string[],
  ): Promise<string | undefined> {
    const [delivery] = await manager.query<{ id: string }[]>(
      `INSERT INTO email_delivery (user_id, kind, dedup_key, notification_ids)
       VALUES ($1, 'digest', $2, $3::uuid[])
       ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [userId, dedupKey, notificationIds],
    );
    return delivery?.id;
  }

  /** Users with notifications waiting for a digest, in id order. */
  async usersWithDigestsWaiting(): Promise<string[]> {
    const rows = await this.dataSource.query<{ user_id: string }[]>(
      `SELECT DISTINCT user_id FROM notification WHERE email_state = 'digest' ORDER BY user_id`,
    );
    return rows.map((row) => row.user_id);
  }

  /** The user's notifications waiting for a digest, locked; others' locked rows are skipped. */
  digestWaiting(
    manager: EntityManager,
    userId: string,
  ): Promise<{ id: string; type: NotificationType }[]> {
    return manager.query<{ id: string; type: NotificationType }[]>(
      `SELECT id, type FROM notification WHERE user_id = $1 AND email_state = 'digest'
        ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
      [userId],
    );
  }

  async find(id: string): Promise<EmailDelivery | undefined> {
    const [delivery] = await this.dataSource.query<EmailDelivery[]>(
      `SELECT id, user_id AS "userId", kind, dedup_key AS "dedupKey",
              notification_ids AS "notificationIds", status
         FROM email_delivery WHERE id = $1`,
      [id],
    );
    return delivery;
  }

  /** The delivery's notifications (the user's own only), newest first. */
  notificationsOf(
    notificationIds: readonly string[],
    userId: string,
  ): Promise<MailableNotificationRow[]> {
    return this.dataSource.query<MailableNotificationRow[]>(
      `SELECT type, params, subject_kind AS "subjectKind", subject_id AS "subjectId"
         FROM notification
        WHERE id = ANY($1::uuid[]) AND user_id = $2 ORDER BY created_at DESC, id`,
      [notificationIds, userId],
    );
  }

  /** Counts an attempt and, once settled, moves the notifications' email state along. */
  async recordAttempt(
    delivery: Pick<EmailDelivery, 'id' | 'notificationIds'>,
    status: DeliveryStatus,
    error: string | null,
    notificationState?: EmailState,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE email_delivery
            SET status = $2, last_error = $3, updated_at = now(),
                attempts = attempts + CASE WHEN $2 = 'skipped' THEN 0 ELSE 1 END,
                sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END
          WHERE id = $1`,
        [delivery.id, status, error],
      );
      if (notificationState) {
        await this.setEmailState(manager, delivery.notificationIds, notificationState);
      }
    });
  }
}
