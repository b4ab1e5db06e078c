import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SearchQueryDto } from '@rongtong/search';

export class CreateSavedSearchDto {
  @ApiProperty({ maxLength: 100, example: '辽宁 数控机床 成果' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({
    type: SearchQueryDto,
    description:
      'The parameters GET /search takes (q, type, industry, region, minTier, trl, modes, amount, ' +
      'deadline), validated the same way; page, limit, sort and facets are accepted and not stored',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => SearchQueryDto)
  query!: SearchQueryDto;

  @ApiPropertyOptional({ default: true, description: 'Alerts on or off for this saved search' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateSavedSearchDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ type: SearchQueryDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SearchQueryDto)
  query?: SearchQueryDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
