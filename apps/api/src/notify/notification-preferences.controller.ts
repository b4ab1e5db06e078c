import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '@rongtong/identity';
import {
  NotificationPreferences,
  NotificationPreferencesView,
  UpdateNotificationPreferencesDto,
} from '@rongtong/notify';
import { CurrentUser } from '../auth/auth.decorators';

/** Per notification type: email on or off and digest frequency; plus the daily match-mail cap. */
@ApiTags('notification-preferences')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  /** Every type with its effective settings (defaults where the user chose nothing). */
  @Get()
  view(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesView> {
    return this.preferences.view(user.id);
  }

  /** Partial update; unknown types or channels are a 400 and nothing is written. */
  @Put()
  update(
    @Body() body: UpdateNotificationPreferencesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NotificationPreferencesView> {
    return this.preferences.update(user.id, body);
  }
}
