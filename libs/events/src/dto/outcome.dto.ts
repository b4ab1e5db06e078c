import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MEETING_OUTCOMES, MeetingOutcomeKind } from '../rules/vocabulary';

export class MeetingOutcomeDto {
  @ApiProperty({ format: 'uuid', description: 'Your side of the meeting (your registration)' })
  @IsUUID()
  registrationId!: string;

  @ApiProperty({ enum: MEETING_OUTCOMES })
  @IsIn(MEETING_OUTCOMES)
  outcome!: MeetingOutcomeKind;

  @ApiPropertyOptional({ description: '万元, with an intent only', example: 120 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  amountWan?: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class MeetingStatusDto {
  @ApiProperty({ enum: ['held', 'no_show'], description: 'Marked by the organisers on the day' })
  @IsIn(['held', 'no_show'])
  status!: 'held' | 'no_show';
}
