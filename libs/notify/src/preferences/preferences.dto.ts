import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import type { NotificationType } from '../entities/notification-types';
import type { EffectivePreference } from './preference-defaults';

export const MAX_DAILY_MATCH_EMAIL_CAP = 100;

/** PUT me/notification-preferences. Type keys and their settings are checked by the service. */
export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Per notification type: { email?: boolean, digest?: "immediate" | "daily" | "weekly" }',
    example: {
      'match.found': { email: true, digest: 'daily' },
      'listing.expiring': { email: false },
    },
  })
  @IsOptional()
  @IsObject()
  types?: Record<string, unknown>;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_DAILY_MATCH_EMAIL_CAP,
    description:
      'Mails per day about new matches, challenge candidates, interest and invitations from other organisations; more go into the daily digest',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DAILY_MATCH_EMAIL_CAP)
  dailyMatchEmailCap?: number;
}

export interface NotificationPreferencesView {
  types: Record<NotificationType, EffectivePreference>;
  dailyMatchEmailCap: number;
}
