import { COOPERATION_MODES, isCooperationMode } from '@rongtong/catalog';
import { FieldProblem, ValidationFailedError } from '@rongtong/common';
import { IndustryCatalog, RegionCatalog, SME_TIERS, SmeTier } from '@rongtong/identity';
import { LISTING_FACETS } from '../listings/index-definitions';
import {
  MAX_AMOUNT_WAN,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_PAGE,
  SEARCH_SORTS,
  SEARCH_TYPES,
  SearchQueryDto,
  SearchSort,
  SearchType,
} from './search-query.dto';

export const SEARCH_FILTER_INVALID = 'SEARCH_FILTER_INVALID';

/** What a search can be run against: the three listing indexes and organisations. */
export const SEARCH_TARGETS = ['need', 'achievement', 'challenge', 'organisation'] as const;
export type SearchTarget = (typeof SEARCH_TARGETS)[number];

export type ListingFacet = (typeof LISTING_FACETS)[number];
type CooperationMode = (typeof COOPERATION_MODES)[number];

export interface NumberRange {
  min?: number;
  max?: number;
}

/** A search request parsed into typed, validated values: the only input the filter builder takes. */
export interface SearchCriteria {
  q: string;
  type: SearchType;
  /** Canonical GB/T 4754 code ("C", "38", "384", "3841"). */
  industry?: string;
  /** Six-digit code known to the region catalogue. */
  region?: string;
  minTier?: SmeTier;
  trl?: NumberRange;
  /** 万元. */
  amount?: NumberRange;
  modes?: CooperationMode[];
  /** Unix seconds of the end of the China calendar day, like the documents' `validUntil`. */
  deadline?: NumberRange;
  facets: ListingFacet[];
  sort: SearchSort;
  page: number;
  limit: number;
}

const DEFAULT_LIMIT = 20;
const FACET_SET: ReadonlySet<string> = new Set(LISTING_FACETS);

/**
 * Parses the query into {@link SearchCriteria} or throws one ValidationFailedError
 * (SEARCH_FILTER_INVALID) naming every offending field. It re-checks what the DTO checked, so
 * values that reach a filter have been validated here whatever the caller.
 */
export function parseSearchQuery(query: Readonly<SearchQueryDto>): SearchCriteria {
  const problems: FieldProblem[] = [];
  const fail = (field: string, message: string): undefined => {
    problems.push({ field, messages: [message] });
    return undefined;
  };

  const q = (query.q ?? '').trim();
  if (q.length > 200) fail('q', 'q must be at most 200 characters');

  const criteria: SearchCriteria = {
    q,
    type: oneOf(query.type ?? 'all', SEARCH_TYPES) ?? fail('type', 'unknown type') ?? 'all',
    facets: [],
    sort:
      oneOf(query.sort ?? 'relevance', SEARCH_SORTS) ?? fail('sort', 'unknown sort') ?? 'relevance',
    page:
      integerIn(query.page ?? 1, 1, MAX_SEARCH_PAGE) ??
      fail('page', `page must be 1–${MAX_SEARCH_PAGE}`) ??
      1,
    limit:
      integerIn(query.limit ?? DEFAULT_LIMIT, 1, MAX_SEARCH_LIMIT) ??
      fail('limit', `limit must be 1–${MAX_SEARCH_LIMIT}`) ??
      DEFAULT_LIMIT,
  };

  if (query.industry !== undefined) {
    criteria.industry =
      IndustryCatalog.shared().normalise(query.industry) ??
      fail('industry', 'industry is not a GB/T 4754 code');
  }
  if (query.region !== undefined) {
    criteria.region = RegionCatalog.shared().isValid(query.region)
      ? query.region.trim()
      : fail('region', 'region is not a known six-digit province, city or county code');
  }
  if (query.minTier !== undefined) {
    criteria.minTier = oneOf(query.minTier, SME_TIERS) ?? fail('minTier', 'unknown SME tier');
  }

  criteria.trl = range(query.trlMin, query.trlMax, 'trl', (value) => integerIn(value, 1, 9), fail);
  criteria.amount = range(
    query.amountMin,
    query.amountMax,
    'amount',
    (value) =>
      Number.isFinite(value) && value >= 0 && value <= MAX_AMOUNT_WAN ? value : undefined,
    fail,
  );
  criteria.deadline = range(
    query.deadlineAfter,
    query.deadlineBefore,
    'deadline',
    endOfChinaDay,
    fail,
    { min: 'deadlineAfter', max: 'deadlineBefore' },
  );

  if (query.modes !== undefined) {
    const modes = commaList(query.modes);
    const unknown = modes.filter((mode) => !isCooperationMode(mode));
    if (modes.length === 0 || unknown.length > 0) {
      fail('modes', `modes must be a comma-separated list of: ${COOPERATION_MODES.join(', ')}`);
    } else {
      criteria.modes = [...new Set(modes)] as CooperationMode[];
    }
  }
  if (query.facets !== undefined) {
    const facets = commaList(query.facets);
    if (facets.some((facet) => !FACET_SET.has(facet))) {
      fail('facets', `facets must be a comma-separated list of: ${LISTING_FACETS.join(', ')}`);
    } else {
      criteria.facets = [...new Set(facets)] as ListingFacet[];
    }
  }

  if (problems.length > 0) {
    throw new ValidationFailedError(
      problems,
      SEARCH_FILTER_INVALID,
      `Invalid search: ${problems.map((p) => p.field).join(', ')}`,
    );
  }
  return criteria;
}

/**
 * Unix seconds of 23:59:59 China time on a YYYY-MM-DD day, as the indexer stores `validUntil`,
 * so a day compares equal to a listing open until that day. Undefined for impossible dates.
 */
export function endOfChinaDay(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over into March: a round trip catches impossible days.
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day
  ) {
    return undefined;
  }
  return Math.floor(Date.parse(`${date}T23:59:59+08:00`) / 1000);
}

function range<T>(
  rawMin: T | undefined,
  rawMax: T | undefined,
  name: string,
  parse: (value: T) => number | undefined,
  fail: (field: string, message: string) => undefined,
  fields = { min: `${name}Min`, max: `${name}Max` },
): NumberRange | undefined {
  const min =
    rawMin === undefined ? undefined : (parse(rawMin) ?? fail(fields.min, `invalid ${fields.min}`));
  const max =
    rawMax === undefined ? undefined : (parse(rawMax) ?? fail(fields.max, `invalid ${fields.max}`));
  if (min !== undefined && max !== undefined && min > max) {
    fail(fields.min, `${fields.min} must not be greater than ${fields.max}`);
    return undefined;
  }
  return min === undefined && max === undefined ? undefined : { min, max };
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function integerIn(value: number, min: number, max: number): number | undefined {
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
