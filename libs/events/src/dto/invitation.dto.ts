import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { MATCH_CONFIG } from '@rongtong/matching';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

export class InviteDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Organisations to invite (bulk)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  organisationIds!: string[];
}

export class SuggestionsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

export class ProposeMeetingsDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    default: MATCH_CONFIG.persistence.notifyThreshold,
    description:
      '匹配度 at least (default: the score from which a pair is worth telling the parties about)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;
}
