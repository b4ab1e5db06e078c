import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { AttendeeDto } from './registration.dto';

/** An organisation registered on the spot at the check-in desk, with who came. */
export class WalkInDto {
  @ApiProperty({ format: 'uuid', description: 'An existing organisation on the platform' })
  @IsUUID()
  organisationId!: string;

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
