import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  DECLINE_REASONS,
  DeclineReason,
  MEETING_PREFERENCES,
  MeetingPreference,
} from '../rules/vocabulary';

export class MeetingRequestDto {
  @ApiProperty({ format: 'uuid', description: 'Your registration' })
  @IsUUID()
  fromRegistrationId!: string;

  @ApiProperty({ format: 'uuid', description: 'The participant you want to meet' })
  @IsUUID()
  toRegistrationId!: string;

  @ApiPropertyOptional({ maxLength: 500, example: '希望交流主轴热误差补偿的合作方式' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RequestAnswerDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'])
  answer!: 'accept' | 'decline';

  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Required to decline' })
  @IsOptional()
  @IsIn(DECLINE_REASONS)
  reason?: DeclineReason;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class PreferenceDto {
  @ApiProperty({ format: 'uuid', description: 'Your registration' })
  @IsUUID()
  registrationId!: string;

  @ApiProperty({ format: 'uuid', description: 'The other participant' })
  @IsUUID()
  targetRegistrationId!: string;

  @ApiProperty({ enum: [...MEETING_PREFERENCES, 'none'], description: '`none` clears it' })
  @IsIn([...MEETING_PREFERENCES, 'none'])
  preference!: MeetingPreference | 'none';
}
