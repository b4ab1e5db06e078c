import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PATENT_LEGAL_STATUSES, PatentLegalStatus } from '../entities/achievement.entity';
import { COOPERATION_MODES, LICENCE_KINDS } from '../vocabulary/cooperation-modes';
import { ListingFieldsDto, OrganisationRefDto, trimmed } from './listing-fields';
import { ListingVersionDto } from './listing-version';

export class PatentDto {
  @ApiProperty({
    example: '202310123456.7',
    description: 'Chinese application number with its check digit',
  })
  @IsString()
  @MaxLength(40)
  number!: string;

  @ApiProperty({ enum: PATENT_LEGAL_STATUSES })
  @IsIn(PATENT_LEGAL_STATUSES)
  legalStatus!: PatentLegalStatus;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) title?: string;
}

export class OpenLicenceTermsDto {
  @ApiPropertyOptional({ description: '万元' }) @IsOptional() @IsNumber() @Min(0) feeWan?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(100) royaltyPercent?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(30) termYears?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class AchievementFieldsDto extends ListingFieldsDto {
  @ApiProperty() @Transform(trimmed) @IsString() @Length(10, 8000) abstract!: string;

  @ApiPropertyOptional({ example: '智能制造' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  technologyField?: string;

  @ApiPropertyOptional({ type: [PatentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PatentDto)
  patents?: PatentDto[];

  @ApiProperty({ minimum: 1, maximum: 9 }) @IsInt() @Min(1) @Max(9) trl!: number;

  @ApiProperty({ enum: COOPERATION_MODES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(COOPERATION_MODES, { each: true })
  transferModes!: string[];

  @ApiPropertyOptional({
    enum: LICENCE_KINDS,
    isArray: true,
    description: 'When transferModes has licence',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(LICENCE_KINDS, { each: true })
  licenceKinds?: string[];

  @ApiPropertyOptional({
    type: OpenLicenceTermsDto,
    nullable: true,
    description: 'Required with the open (一对多) licence kind; null clears them',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OpenLicenceTermsDto)
  openLicenceTerms?: OpenLicenceTermsDto | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '万元; null clears it' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  priceWan?: number | null;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() priceNegotiable?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) team?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) institution?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  applicationScenarios?: string[];
}

export class CreateAchievementDto extends IntersectionType(
  OrganisationRefDto,
  AchievementFieldsDto,
) {}

/** A partial edit; `version` (or If-Match) is the listing version the editor loaded. */
export class UpdateAchievementDto extends IntersectionType(
  PartialType(AchievementFieldsDto),
  ListingVersionDto,
) {}
