import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiTags,
  ApiOperation,
  ApiOkResponse,
  ApiExtraModels,
} from '@nestjs/swagger';
import { EffectivePreferenceSchema, NotificationPreferencesSchema } from './notify.responses';
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
@ApiExtraModels(EffectivePreferenceSchema)
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  /** Every type with its effective settings (defaults where the user chose nothing). */
  @Get()
  @ApiOperation({
    summary: 'Email and digest settings per notification type, with defaults filled in',
  })
  @ApiOkResponse({ type: NotificationPreferencesSchema })
  view(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferencesView> {
    return this.preferences.view(user.id);
  }

  /** Partial update; unknown types or channels are a 400 and nothing is written. */
  @Put()
  @ApiOperation({
    summary: 'Change some settings; unknown types or channels are a 400 and nothing is written',
  })
  @ApiOkResponse({ type: NotificationPreferencesSchema })
  update(
    @Body() body: UpdateNotificationPreferencesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NotificationPreferencesView> {
    return this.preferences.update(user.id, body);
  }
}
