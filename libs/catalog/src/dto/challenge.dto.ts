import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ORGANISATION_TYPES, SME_TIERS } from '@rongtong/identity';
import { ListingFieldsDto, OrganisationRefDto, trimmed } from './listing-fields';
import { ListingVersionDto } from './listing-version';

export class TechnicalIndicatorDto {
  @ApiProperty({ example: '定位精度' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ example: '≤ 3' }) @IsString() @Length(1, 200) target!: string;
  @ApiPropertyOptional({ example: 'μm' }) @IsOptional() @IsString() @MaxLength(20) unit?: string;
}

export class EvaluationCriterionDto {
  @ApiProperty({ example: '技术先进性' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) weight!: number;
}

export class ChallengeFieldsDto extends ListingFieldsDto {
  @ApiProperty() @Transform(trimmed) @IsString() @Length(10, 8000) problem!: string;

  @ApiProperty({ type: [TechnicalIndicatorDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TechnicalIndicatorDto)
  technicalIndicators!: TechnicalIndicatorDto[];

  @ApiProperty({ description: '榜额, 万元' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  rewardWan!: number;

  @ApiPropertyOptional({
    enum: SME_TIERS,
    nullable: true,
    description: 'Minimum valid SME tier on the deadline; null clears it',
  })
  @IsOptional()
  @IsIn(SME_TIERS)
  minTier?: string | null;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(ORGANISATION_TYPES, { each: true })
  eligibleOrganisationTypes?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'GB/T 2260 codes (province, city or county)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{6}$/, { each: true, message: 'eligibleRegionCodes must be six-digit codes' })
  eligibleRegionCodes?: string[];

  @ApiProperty({ type: [EvaluationCriterionDto], description: 'Weights sum to 100' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvaluationCriterionDto)
  evaluationCriteria!: EvaluationCriterionDto[];
}

export class CreateChallengeDto extends IntersectionType(OrganisationRefDto, ChallengeFieldsDto) {}

/** A partial edit; `version` (or If-Match) is the listing version the editor loaded. */
export class UpdateChallengeDto extends IntersectionType(
  PartialType(ChallengeFieldsDto),
  ListingVersionDto,
) {}
