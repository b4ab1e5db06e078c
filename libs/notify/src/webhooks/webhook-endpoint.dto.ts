import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { NOTIFICATION_TYPES, NotificationType } from '../entities/notification-types';
import { MAX_WEBHOOK_URL_LENGTH } from './webhook-url';

export class CreateWebhookEndpointDto {
  @ApiProperty({
    maxLength: MAX_WEBHOOK_URL_LENGTH,
    example: 'https://erp.example.cn/hooks/rongtong',
    description: 'http(s); outside development it must resolve to public addresses only',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiPropertyOptional({
    enum: NOTIFICATION_TYPES,
    isArray: true,
    description: 'Event types to receive; empty or absent means all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_TYPES.length)
  @IsIn(NOTIFICATION_TYPES, { each: true })
  eventTypes?: NotificationType[];
}

export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional({ maxLength: MAX_WEBHOOK_URL_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @ApiPropertyOptional({ enum: NOTIFICATION_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_TYPES.length)
  @IsIn(NOTIFICATION_TYPES, { each: true })
  eventTypes?: NotificationType[];

  @ApiPropertyOptional({
    description: 'true re-enables a disabled endpoint and resets its failures',
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
