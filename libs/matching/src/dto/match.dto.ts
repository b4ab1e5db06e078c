import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@rongtong/common';
import {
  DECLINE_REASONS,
  DeclineReason,
  MATCH_COUNTERPART_KINDS,
  MATCH_STATES,
  MatchCounterpartKind,
  MatchState,
} from '../entities/match.entity';
import type { MatchPageQuery } from '../views/match-queries.service';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** `page` and `limit` (or its alias `pageSize`), with optional state and counterpart filters. */
export class MatchPageQueryDto extends PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Alias of limit' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ enum: MATCH_STATES })
  @IsOptional()
  @IsIn(MATCH_STATES)
  state?: MatchState;

  @ApiPropertyOptional({ enum: MATCH_COUNTERPART_KINDS })
  @IsOptional()
  @IsIn(MATCH_COUNTERPART_KINDS)
  counterpartKind?: MatchCounterpartKind;
}

export function toMatchPageQuery(dto: MatchPageQueryDto): MatchPageQuery {
  return {
    page: dto.page,
    limit: dto.pageSize ?? dto.limit,
    state: dto.state,
    counterpartKind: dto.counterpartKind,
  };
}

export class DeclineMatchDto {
  @ApiProperty({ enum: DECLINE_REASONS })
  @IsIn(DECLINE_REASONS, { message: `reason must be one of ${DECLINE_REASONS.join(', ')}` })
  reason!: DeclineReason;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class DirectInterestDto {
  @ApiPropertyOptional({ description: 'One of your published listings of the opposite kind' })
  @IsOptional()
  @IsUUID()
  fromListingId?: string;

  @ApiPropertyOptional({
    description: 'Your organisation acting as itself (needs: any; achievements: an SME)',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}
