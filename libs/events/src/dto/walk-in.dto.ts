import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@rongtong/common';
import { ORGANISATION_TYPES, type OrganisationType } from '@rongtong/identity';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AttendeeDto } from './registration.dto';

/** The walk-in desk's search: a name (or part of it) or a 统一社会信用代码 (or its start). */
export class OrganisationCandidatesQuery extends PageQuery {
  @ApiProperty({ example: '大连精工', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  q!: string;
}

/** An organisation not on the platform yet, as the desk takes it down from the business licence. */
export class WalkInOrganisationDto {
  @ApiProperty({ example: '大连现场精工有限公司', minLength: 2, maxLength: 100 })
  @IsString()
  @Length(2, 100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;

  @ApiProperty({ example: '210204', description: 'GB/T 2260 region code' })
  @IsString()
  @Length(6, 6)
  regionCode!: string;

  @ApiProperty({ example: 'C34', description: 'GB/T 4754-2017 industry code' })
  @IsString()
  @Length(1, 4)
  industryCode!: string;

  @ApiProperty({ example: '91210200MA0QC0XX4K', description: '统一社会信用代码 (checked)' })
  @IsString()
  @Length(1, 30)
  uscc!: string;
}

/**
 * An organisation registered on the spot at the check-in desk, with who came: one picked from
 * the platform (organisationId), or a new one (organisation) when the search found none.
 */
export class WalkInDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An existing organisation on the platform (or give organisation)',
  })
  @ValidateIf(
    (dto: WalkInDto) => dto.organisation === undefined || dto.organisationId !== undefined,
  )
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({
    type: WalkInOrganisationDto,
    description: 'A new organisation when none on the platform fits (or give organisationId)',
  })
  @ValidateIf((dto: WalkInDto) => dto.organisation !== undefined)
  @ValidateNested()
  @Type(() => WalkInOrganisationDto)
  organisation?: WalkInOrganisationDto;

  @ApiProperty({ type: [AttendeeDto], minItems: 1, maxItems: 3 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendees!: AttendeeDto[];
}

/** One proposed meeting the organiser books for a walk-in. */
export class WalkInMeetingChoiceDto {
  @ApiProperty({ format: 'uuid', description: 'The checked-in participant to meet' })
  @IsUUID()
  counterpartRegistrationId!: string;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) slot!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) tableIndex!: number;
}

export class ConfirmWalkInProposalsDto {
  @ApiProperty({ type: [WalkInMeetingChoiceDto], minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WalkInMeetingChoiceDto)
  meetings!: WalkInMeetingChoiceDto[];
}
