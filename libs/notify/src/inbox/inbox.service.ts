import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError, Page } from '@rongtong/common';
import type { Locale } from '@rongtong/identity';
import type { NotificationType } from '../entities/notification-types';
import { renderNotification } from '../templates/notification-templates';
import { subjectPath } from '../templates/subject-links';
import { InboxQueryDto, NotificationView } from './inbox.dto';

interface NotificationRow {
  id: string;
  type: NotificationType;
  params: Record<string, unknown>;
  subject_kind: string | null;
  subject_id: string | null;
  organisation_id: string | null;
  read_at: Date | null;
  created_at: Date;
}

const COLUMNS = 'id, type, params, subject_kind, subject_id, organisation_id, read_at, created_at';

/** Others' notifications and missing ones look the same. */
export function notificationNotFound(): NotFoundError {
  return new NotFoundError('NOTIFICATION_NOT_FOUND', 'Notification not found');
}

/** The caller's inbox: their own rows only, rendered in their language. */
@Injectable()
export class InboxService {
  constructor(private readonly dataSource: DataSource) {}

  /** Unread first, then newest. */
  async list(userId: string, query: InboxQueryDto): Promise<Page<NotificationView>> {
    const unreadOnly = query.unreadOnly === 'true';
    const filter = `user_id = $1${unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [rows, [{ total }], locale] = await Promise.all([
      this.dataSource.query<NotificationRow[]>(
        `SELECT ${COLUMNS} FROM notification WHERE ${filter}
          ORDER BY (read_at IS NULL) DESC, created_at DESC, id DESC
          LIMIT $2 OFFSET $3`,
        [userId, query.limit, (query.page - 1) * query.limit],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM notification WHERE ${filter}`,
        [userId],
      ),
      this.localeOf(userId, query.locale),
    ]);
    return {
      items: rows.map((row) => toView(row, locale)),
      page: query.page,
      limit: query.limit,
      total,
    };
  }

  async unreadCount(userId: string): Promise<{ unread: number }> {
    const [{ unread }]: { unread: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return { unread };
  }

  /** Marks one of the caller's notifications read (again is fine: the first time is kept). */
  async markRead(userId: string, id: string): Promise<NotificationView> {
    const [rows]: [NotificationRow[], number] = await this.dataSource.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now())
        WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [id, userId],
    );
    if (rows.length === 0) throw notificationNotFound();
    return toView(rows[0], await this.localeOf(userId));
  }

  async markAllRead(userId: string): Promise<{ updated: number }> {
    const [, updated]: [unknown, number] = await this.dataSource.query(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return { updated };
  }

  private async localeOf(userId: string, requested?: Locale): Promise<Locale> {
    if (requested) return requested;
    const rows: { locale: Locale }[] = await this.dataSource.query(
      'SELECT locale FROM app_user WHERE id = $1',
      [userId],
    );
    return rows[0]?.locale ?? 'zh-CN';
  }
}

function toView(row: NotificationRow, locale: Locale): NotificationView {
  const rendered = renderNotification(row.type, row.params, locale);
  return {
    id: row.id,
    type: row.type,
    title: rendered.title,
    body: rendered.lines.join('\n'),
    params: row.params,
    subject:
      row.subject_kind && row.subject_id
        ? {
            kind: row.subject_kind,
            id: row.subject_id,
            path: subjectPath(row.subject_kind, row.subject_id),
          }
        : null,
    organisationId: row.organisation_id,
    readAt: row.read_at ? row.read_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}
