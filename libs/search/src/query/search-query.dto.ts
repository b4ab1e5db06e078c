import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { COOPERATION_MODES } from '@rongtong/catalog';
import { SME_TIERS, SmeTier } from '@rongtong/identity';
import { LISTING_FACETS } from '../listings/index-definitions';

export const SEARCH_TYPES = ['all', 'need', 'achievement', 'challenge', 'organisation'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_SORTS = ['relevance', 'newest', 'deadline', 'price'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Largest amount a listing may carry (万元), as in the catalog DTOs. */
export const MAX_AMOUNT_WAN = 10_000_000;
export const MAX_SEARCH_LIMIT = 50;
/** Meilisearch answers at most maxTotalHits (10 000) hits, so deeper pages are always empty. */
export const MAX_SEARCH_PAGE = 500;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'must be a date YYYY-MM-DD';

/**
 * Query string of GET /search. This checks shapes only; {@link parseSearchQuery} checks codes
 * against the catalogues and ranges against each other, so the service never trusts the DTO.
 */
export class SearchQueryDto {
  @ApiPropertyOptional({ maxLength: 200, example: '电池' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SEARCH_TYPES, default: 'all' })
  @IsOptional()
  @IsIn(SEARCH_TYPES)
  type?: SearchType;

  @ApiPropertyOptional({
    description: 'GB/T 4754 code: a section letter or 2–4 digits; matches the code and below',
    example: 'C38',
  })
  @IsOptional()
  @IsString()
  @Matches(/^([A-Za-z]|[A-Za-z]?\d{2,4})$/, {
    message: 'industry must be a section letter or 2–4 digits',
  })
  industry?: string;

  @ApiPropertyOptional({
    description: 'Six-digit code of a province, city or county; matches everything inside it',
    example: '210000',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'region must be a six-digit code' })
  region?: string;

  @ApiPropertyOptional({
    enum: SME_TIERS,
    description:
      'Organisations holding at least this tier; challenges an organisation of this tier may ' +
      'enter (no requirement, or a requirement at most this tier). Ignored for needs and achievements.',
  })
  @IsOptional()
  @IsIn(SME_TIERS)
  minTier?: SmeTier;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Needs and achievements only' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  trlMin?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Needs and achievements only' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  trlMax?: number;

  @ApiPropertyOptional({
    description: `Comma-separated, any of: ${COOPERATION_MODES.join(', ')}. Needs and achievements only`,
    example: 'licence,joint_development',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  modes?: string;

  @ApiPropertyOptional({ minimum: 0, description: '万元; listings whose amount range overlaps' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_AMOUNT_WAN)
  amountMin?: number;

  @ApiPropertyOptional({ minimum: 0, description: '万元; listings whose amount range overlaps' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_AMOUNT_WAN)
  amountMax?: number;

  @ApiPropertyOptional({ description: 'Listings open until at most this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: `deadlineBefore ${DATE_MESSAGE}` })
  deadlineBefore?: string;

  @ApiPropertyOptional({ description: 'Listings open until at least this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsString()
  @Matches(DATE, { message: `deadlineAfter ${DATE_MESSAGE}` })
  deadlineAfter?: string;

  @ApiPropertyOptional({
    description: `Comma-separated facet counts to return, any of: ${LISTING_FACETS.join(', ')}. Listings only; none by default`,
    example: 'industrySection,modes',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  facets?: string;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SEARCH_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_LIMIT)
  limit?: number;
}
