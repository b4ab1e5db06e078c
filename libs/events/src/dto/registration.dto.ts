import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ATTENDANCE_MODES,
  AttendanceMode,
  BROUGHT_LISTING_KINDS,
  BroughtListingKind,
} from '../rules/vocabulary';

export class BroughtListingDto {
  @ApiProperty({ enum: BROUGHT_LISTING_KINDS })
  @IsIn(BROUGHT_LISTING_KINDS)
  kind!: BroughtListingKind;

  @ApiProperty({ format: 'uuid' }) @IsUUID() id!: string;
}

export class AttendeeDto {
  @ApiProperty({ example: '李明' }) @IsString() @Length(1, 50) name!: string;
  @ApiProperty({ example: '技术总监' }) @IsString() @Length(1, 50) title!: string;

  @ApiPropertyOptional({ example: '13800138000' })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: 'mobile must be an 11-digit mainland number' })
  mobile?: string;

  @ApiPropertyOptional({ example: 'liming@example.cn' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
}

export class EventRegistrationDto {
  @ApiProperty({ format: 'uuid', description: 'Your organisation that registers' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ type: [BroughtListingDto], description: "Your organisation's listings" })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BroughtListingDto)
  listings!: BroughtListingDto[];

  @ApiProperty({ type: [AttendeeDto], minItems: 1, maxItems: 3 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendees!: AttendeeDto[];

  @ApiPropertyOptional({ enum: ATTENDANCE_MODES, description: 'Hybrid events only' })
  @IsOptional()
  @IsIn(ATTENDANCE_MODES)
  attendance?: AttendanceMode;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  meetingCap?: number;
}

export class AvailabilityDto {
  @ApiProperty({ type: [Number], description: 'Slot indexes you cannot make' })
  @IsArray()
  @ArrayMaxSize(400)
  @IsInt({ each: true })
  @Min(0, { each: true })
  unavailableSlots!: number[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  meetingCap?: number | null;
}

export class RegistrationDecisionDto {
  @ApiProperty({ enum: ['approve', 'decline'] })
  @IsIn(['approve', 'decline'])
  decision!: 'approve' | 'decline';

  @ApiPropertyOptional({ maxLength: 500, example: '与本场主题不符' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
