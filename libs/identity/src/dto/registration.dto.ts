import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ORGANISATION_TYPES, OrganisationType } from '../entities/organisation.entity';
import { LOCALES, Locale } from '../entities/user.entity';

export class ContactDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) address?: string;
}

export class OrganisationInputDto {
  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;

  @ApiProperty({ example: '大连精工数控机床有限公司' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({
    description: '统一社会信用代码 (GB 32100-2015), 18 characters',
    example: '91210211MA0XXXXXXX',
  })
  @IsString()
  @MaxLength(40)
  uscc!: string;

  @ApiProperty({ description: 'GB/T 2260 six-digit region code', example: '210211' })
  @Matches(/^\d{6}$/, { message: 'regionCode must be six digits' })
  regionCode!: string;

  @ApiProperty({
    description: 'GB/T 4754-2017 code: section letter or 2–4 digits',
    example: '3421',
  })
  @Matches(/^([A-T]|[A-T]?\d{2,4})$/, {
    message: 'industryCode must be a section letter or 2–4 digits',
  })
  industryCode!: string;

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

  @ApiPropertyOptional({
    description:
      "认领说明: only used when the USCC is registered by another account already. With it, sign-up creates your account and a claim (营业执照信息、授权书…) that a platform admin reviews; approved, you become the organisation's owner. Without it such a sign-up answers 409 USCC_TAKEN.",
  })
  @IsOptional()
  @IsString()
  @Length(5, 2000)
  usccClaimEvidence?: string;
}

export class RegisterDto {
  @ApiProperty({ example: 'li.ming@example.cn' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(128)
  password!: string;

  @ApiProperty({ example: '李明' })
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @ApiPropertyOptional({ example: '+8613812345678' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  mobile?: string;

  @ApiPropertyOptional({ enum: LOCALES, default: 'zh-CN' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    type: OrganisationInputDto,
    description: 'The organisation to create; omit when joining by invitation',
  })
  @ValidateIf((dto: RegisterDto) => dto.invitationToken === undefined)
  @IsObject({ message: 'organisation is required unless an invitationToken is given' })
  @ValidateNested()
  @Type(() => OrganisationInputDto)
  organisation?: OrganisationInputDto;

  @ApiPropertyOptional({
    description: 'Join an existing organisation with the token its owner sent',
  })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  invitationToken?: string;
}

export class LoginDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MaxLength(128) password!: string;
}
