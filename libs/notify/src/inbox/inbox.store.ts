import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationType } from '../entities/notification-types';

/** A notification row as the inbox shows it. */
export interface NotificationRow {
  id: string;
  type: NotificationType;
  params: Record<string, unknown>;
  subject_kind: string | null;
  subject_id: string | null;
  organisation_id: string | null;
  read_at: Date | null;
  created_at: Date;
}

/** What one intent writes for each recipient. */
export interface InboxRowsToInsert {
  recipients: readonly string[];
  organisationId: string | null;
  type: NotificationType;
  dedupKey: string;
  params: Record<string, unknown>;
  subjectKind: string | null;
  subjectId: string | null;
}

const COLUMNS = 'id, type, params, subject_kind, subject_id, organisation_id, read_at, created_at';

/** The notification table: inbox rows per user under a unique dedup key. */
@Injectable()
export class InboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /** One row per recipient; a (user_id, dedup_key) already taken inserts nothing. */
  insert(
    manager: EntityManager,
    rows: InboxRowsToInsert,
  ): Promise<{ id: string; user_id: string }[]> {
    return manager.query<{ id: string; user_id: string }[]>(
      `INSERT INTO notification
              (user_id, organisation_id, type, dedup_key, params, subject_kind, subject_id)
       SELECT recipient, $2, $3, $4, $5::jsonb, $6, $7 FROM unnest($1::uuid[]) AS recipient
       ON CONFLICT (user_id, dedup_key) DO NOTHING
       RETURNING id, user_id`,
      [
        rows.recipients,
        rows.organisationId,
        rows.type,
        rows.dedupKey,
        JSON.stringify(rows.params),
        rows.subjectKind,
        rows.subjectId,
      ],
    );
  }

  /** Unread first, then newest; and the total under the same filter. */
  async page(
    userId: string,
    unreadOnly: boolean,
    limit: number,
    offset: number,
  ): Promise<{ rows: NotificationRow[]; total: number }> {
    const filter = `user_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<NotificationRow[]>(
        `SELECT ${COLUMNS} FROM notification WHERE ${filter}
          ORDER BY (read_at IS NULL) DESC, created_at DESC, id DESC
          LIMIT $2 OFFSET $3`,
        [userId, limit, offset],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM notification WHERE ${filter}`,
        [userId],
      ),
    ]);
    return { rows, total };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ unread }] = await this.dataSource.query<{ unread: number }[]>(
      'SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return unread;
  }

  /** The row after marking it read (the first time is kept); undefined if not the user's. */
  async markRead(userId: string, id: string): Promise<NotificationRow | undefined> {
    // An UPDATE through TypeORM answers [rows, affected count].
    const [rows] = await this.dataSource.query<[NotificationRow[], number]>(
      `UPDATE notification SET read_at = COALESCE(read_at, now())
        WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, userId],
    );
    return rows[0];
  }

  /** How many rows were unread. */
  async markAllRead(userId: string): Promise<number> {
    const [, updated] = await this.dataSource.query<[unknown, number]>(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return updated;
  }
}
