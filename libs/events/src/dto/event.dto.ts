import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EVENT_ACTIONS, EventAction } from '../rules/event-states';
import { EVENT_MODES, EventMode } from '../rules/vocabulary';

export class EventThemeDto {
  @ApiProperty({ type: [String], description: 'GB/T 4754 codes', example: ['C34', '3421'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^([A-T]|[A-T]?\d{2,4})$/, {
    each: true,
    message: 'industryCodes must be section letters or 2–4 digits',
  })
  industryCodes!: string[];

  @ApiProperty({ type: [String], example: ['数控机床', '工业软件'] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 30, { each: true })
  keywords!: string[];

  @ApiProperty({ type: [String], description: 'GB/T 2260 codes', example: ['210000'] })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{6}$/, { each: true, message: 'regionCodes must be six-digit codes' })
  regionCodes!: string[];
}

export class DayBreakDto {
  @ApiProperty({ example: '12:00' }) @IsString() @Length(5, 5) start!: string;
  @ApiProperty({ example: '13:30' }) @IsString() @Length(5, 5) end!: string;
}

export class EventDayDto {
  @ApiProperty({ example: '2027-04-16', description: 'China time' })
  @IsString()
  @Length(10, 10)
  date!: string;

  @ApiProperty({ example: '09:00' }) @IsString() @Length(5, 5) start!: string;
  @ApiProperty({ example: '17:00' }) @IsString() @Length(5, 5) end!: string;

  @ApiProperty({ type: [DayBreakDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DayBreakDto)
  breaks!: DayBreakDto[];
}

export class EventTableDto {
  @ApiProperty({ example: 'A01' }) @IsString() @Length(1, 30) name!: string;
  @ApiProperty({ description: 'Reserved for online meetings' }) @IsBoolean() online!: boolean;
}

/** Everything an organiser sets on an event. */
export class EventFieldsDto {
  @ApiProperty({ example: '2027 大连数控机床产业链“百场万企”融通对接会' })
  @IsString()
  @Length(4, 100)
  title!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ type: EventThemeDto })
  @ValidateNested()
  @Type(() => EventThemeDto)
  theme!: EventThemeDto;

  @ApiProperty({ enum: EVENT_MODES })
  @IsIn(EVENT_MODES)
  mode!: EventMode;

  @ApiPropertyOptional({ example: '大连国际会议中心 3 楼' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string;

  @ApiPropertyOptional({ example: '大连市沙河口区中山路 1 号' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;

  @ApiPropertyOptional({
    description: 'Online meetings get <videoBaseUrl>/<meeting id> as their link',
    example: 'https://meeting.example.cn/rooms',
  })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(300)
  videoBaseUrl?: string;

  @ApiProperty({ type: [EventDayDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => EventDayDto)
  days!: EventDayDto[];

  @ApiProperty({ example: 20, minimum: 5, maximum: 240 })
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes!: number;

  @ApiProperty({ type: [EventTableDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => EventTableDto)
  tables!: EventTableDto[];

  @ApiProperty({ example: '2027-03-01T00:00:00+08:00' })
  @IsISO8601({ strict: true })
  registrationOpensAt!: string;

  @ApiProperty({ example: '2027-04-10T18:00:00+08:00' })
  @IsISO8601({ strict: true })
  registrationClosesAt!: string;

  @ApiProperty({ example: 200, minimum: 2, maximum: 5000 })
  @IsInt()
  @Min(2)
  @Max(5000)
  capacity!: number;

  @ApiPropertyOptional({ example: 8, minimum: 1, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  defaultMeetingCap?: number;

  @ApiPropertyOptional({
    example: 10,
    minimum: 1,
    maximum: 120,
    description:
      'Minutes after a meeting starts without its side checked in before it counts as a no-show and its slot is freed (default 10)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  noShowGraceMinutes?: number;

  @ApiPropertyOptional({ description: 'Requests are accepted on arrival, within caps' })
  @IsOptional()
  @IsBoolean()
  autoAccept?: boolean;
}

export class CreateEventDto extends EventFieldsDto {
  @ApiProperty({ format: 'uuid', description: 'The organising organisation (yours)' })
  @IsUUID()
  organisationId!: string;
}

export class UpdateEventDto extends PartialType(EventFieldsDto) {
  @ApiPropertyOptional({ description: 'The version you loaded; 409 if it moved' })
  @IsOptional()
  @IsInt()
  version?: number;
}

export class EventTransitionDto {
  @ApiProperty({
    enum: EVENT_ACTIONS,
    description:
      'open: draft → open; close_registration: open → scheduling; reopen_registration: scheduling → open; start: published → running; finish: running → finished (publishing goes through the schedule)',
  })
  @IsIn(EVENT_ACTIONS)
  action!: EventAction;
}
