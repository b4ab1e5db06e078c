import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@rongtong/common';
import { Locale, LOCALES } from '@rongtong/identity';
import type { NotificationType } from '../entities/notification-types';

export class InboxQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only unread notifications' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unreadOnly?: 'true' | 'false';

  @ApiPropertyOptional({ enum: LOCALES, description: "Defaults to the caller's locale" })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

/** One inbox item, rendered in the reader's language. */
export interface NotificationView {
  id: string;
  type: NotificationType;
  title: string;
  body: string;
  params: Record<string, unknown>;
  /** What it is about, with the path of its page in the web app. */
  subject: { kind: string; id: string; path: string } | null;
  organisationId: string | null;
  readAt: string | null;
  createdAt: string;
}
