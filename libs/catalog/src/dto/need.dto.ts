import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';
import { COOPERATION_MODES } from '../vocabulary/cooperation-modes';
import { ListingFieldsDto, OrganisationRefDto, trimmed } from './listing-fields';
import { ListingVersionDto } from './listing-version';

export class NeedFieldsDto extends ListingFieldsDto {
  @ApiProperty({ example: '我司数控车床在连续加工4小时后主轴热伸长导致精度漂移……' })
  @Transform(trimmed)
  @IsString()
  @Length(10, 5000)
  description!: string;

  @ApiProperty({ enum: COOPERATION_MODES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(COOPERATION_MODES.length)
  @IsIn(COOPERATION_MODES, { each: true })
  cooperationModes!: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, description: '万元; null clears it' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  budgetMinWan?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '万元; null clears it' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(10_000_000)
  budgetMaxWan?: number | null;

  @ApiPropertyOptional({ description: '面议', default: false })
  @IsOptional()
  @IsBoolean()
  budgetNegotiable?: boolean;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 9,
    description: 'Lowest acceptable TRL; null clears it',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  desiredTrl?: number | null;

  @ApiPropertyOptional({
    default: false,
    description: 'Hide the owner name until a match is mutual',
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;
}

export class CreateNeedDto extends IntersectionType(OrganisationRefDto, NeedFieldsDto) {}

/** A partial edit; `version` (or If-Match) is the listing version the editor loaded. */
export class UpdateNeedDto extends IntersectionType(
  PartialType(NeedFieldsDto),
  ListingVersionDto,
) {}
