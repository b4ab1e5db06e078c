import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  CertificationLevel,
  CertificationStatus,
  SME_TIERS,
  SmeTier,
} from '../entities/sme-certification.entity';
import { MEMBERSHIP_ROLES, MembershipRole } from '../entities/membership.entity';
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

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class AddCertificationDto {
  @ApiProperty({ enum: SME_TIERS }) @IsIn(SME_TIERS) tier!: SmeTier;
  @ApiProperty({ enum: CERTIFICATION_LEVELS })
  @IsIn(CERTIFICATION_LEVELS)
  level!: CertificationLevel;
  @ApiProperty({ example: '2024-07-01' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  issuedOn!: string;
  @ApiProperty({ example: '2027-06-30' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  validUntil!: string;
  @ApiPropertyOptional({ enum: CERTIFICATION_STATUSES, default: 'valid' })
  @IsOptional()
  @IsIn(CERTIFICATION_STATUSES)
  status?: CertificationStatus;
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

export class EmailDto {
  @ApiProperty() @IsEmail() email!: string;
}
