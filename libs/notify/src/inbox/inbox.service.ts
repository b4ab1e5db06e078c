import { Injectable } from '@nestjs/common';
import { NotFoundError, Page } from '@rongtong/common';
import { Locale, Users } from '@rongtong/identity';
import { renderNotification } from '../templates/notification-templates';
import { subjectPath } from '../templates/subject-links';
import { InboxQueryDto, NotificationView } from './inbox.dto';
import { InboxStore, NotificationRow } from './inbox.store';

/** Others' notifications and missing ones look the same. */
export function notificationNotFound(): NotFoundError {
  return new NotFoundError('NOTIFICATION_NOT_FOUND', 'Notification not found');
}

/** The caller's inbox: their own rows only, rendered in their language. */
@Injectable()
export class InboxService {
  constructor(
    private readonly inbox: InboxStore,
    private readonly users: Users,
  ) {}

  /** Unread first, then newest. */
  async list(userId: string, query: InboxQueryDto): Promise<Page<NotificationView>> {
    const [{ rows, total }, locale] = await Promise.all([
      this.inbox.page(
        userId,
        query.unreadOnly === 'true',
        query.limit,
        (query.page - 1) * query.limit,
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
    return { unread: await this.inbox.unreadCount(userId) };
  }

  /** Marks one of the caller's notifications read (again is fine: the first time is kept). */
  async markRead(userId: string, id: string): Promise<NotificationView> {
    const row = await this.inbox.markRead(userId, id);
    if (!row) throw notificationNotFound();
    return toView(row, await this.localeOf(userId));
  }

  async markAllRead(userId: string): Promise<{ updated: number }> {
    return { updated: await this.inbox.markAllRead(userId) };
  }

  private async localeOf(userId: string, requested?: Locale): Promise<Locale> {
    return requested ?? (await this.users.localeOf(userId));
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
