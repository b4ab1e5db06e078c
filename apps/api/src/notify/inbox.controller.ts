import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation, ApiOkResponse } from '@nestjs/swagger';
import {
  NotificationPageSchema,
  NotificationSchema,
  ReadAllSchema,
  UnreadCountSchema,
} from './notify.responses';
import { ApiErrors } from '../openapi/api-errors';
import { Page } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import {
  InboxQueryDto,
  InboxService,
  notificationNotFound,
  NotificationView,
} from '@rongtong/notify';
import { CurrentUser } from '../auth/auth.decorators';

/** Malformed ids get the same 404 as missing ones (and others' notifications). */
const NotificationId = new ParseUUIDPipe({ exceptionFactory: () => notificationNotFound() });

/** The caller's own inbox; always on, whatever their email preferences. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  /** Unread first, then newest; `unreadOnly=true` for unread only; `locale` to override. */
  @Get()
  @ApiOperation({ summary: 'The inbox: unread first, then newest' })
  @ApiOkResponse({ type: NotificationPageSchema })
  list(
    @Query() query: InboxQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<NotificationView>> {
    return this.inbox.list(user.id, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many notifications are unread (for the header badge)' })
  @ApiOkResponse({ type: UnreadCountSchema })
  unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<{ unread: number }> {
    return this.inbox.unreadCount(user.id);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every notification read' })
  @ApiOkResponse({ type: ReadAllSchema })
  readAll(@CurrentUser() user: AuthenticatedUser): Promise<{ updated: number }> {
    return this.inbox.markAllRead(user.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read' })
  @ApiErrors(404)
  @ApiOkResponse({ type: NotificationSchema })
  read(
    @Param('id', NotificationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NotificationView> {
    return this.inbox.markRead(user.id, id);
  }
}
