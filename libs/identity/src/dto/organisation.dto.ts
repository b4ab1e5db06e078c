import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { MEMBERSHIP_ROLES, MembershipRole } from '../entities/membership.entity';
import { PLATFORM_ROLES, PlatformRole } from '../entities/user.entity';
import { ContactDto } from './registration.dto';

export class UpdateOrganisationDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 200) name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be six digits' })
  regionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^([A-T]|[A-T]?\d{2,4})$/, {
    message: 'industryCode must be a section letter or 2–4 digits',
  })
  industryCode?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) profile?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class InviteMemberDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES, default: 'member' })
  @IsOptional()
  @IsIn(MEMBERSHIP_ROLES)
  role?: MembershipRole;
}

export class AcceptInvitationDto {
  @ApiProperty() @IsString() @Length(20, 200) token!: string;
}

export class UsccExceptionDto {
  @ApiProperty()
  @IsString()
  @Matches(/^[0-9A-Z]{18}$/, { message: 'uscc must be 18 upper-case letters or digits' })
  uscc!: string;
  @ApiProperty() @IsString() @Length(5, 1000) reason!: string;
}

export class PlatformRolesDto {
  @ApiProperty({ enum: PLATFORM_ROLES, isArray: true, description: 'The complete new set' })
  @IsArray()
  @ArrayMaxSize(PLATFORM_ROLES.length)
  @IsIn(PLATFORM_ROLES, { each: true })
  roles!: PlatformRole[];
}
