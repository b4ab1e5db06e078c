import { SME_TIERS } from '@rongtong/identity';
import { SearchSort } from './search-query.dto';
import { SearchCriteria, SearchTarget } from './search-criteria';
import { anyOf, equals, numberLiteral } from './filter-syntax';

type CriteriaFilter = 'industry' | 'region' | 'minTier' | 'trl' | 'modes' | 'amount' | 'deadline';

/**
 * Which filters mean something for which target. A filter is ignored, not an error, for a target
 * whose documents do not carry the attribute: with type=all a TRL range narrows needs and
 * achievements and leaves challenges and organisations as they are.
 */
export const FILTER_TARGETS: Readonly<Record<CriteriaFilter, readonly SearchTarget[]>> = {
  industry: ['need', 'achievement', 'challenge', 'organisation'],
  region: ['need', 'achievement', 'challenge', 'organisation'],
  minTier: ['challenge', 'organisation'],
  trl: ['need', 'achievement'],
  modes: ['need', 'achievement'],
  amount: ['need', 'achievement', 'challenge'],
  deadline: ['need', 'achievement', 'challenge'],
};

const applies = (filter: CriteriaFilter, target: SearchTarget) =>
  FILTER_TARGETS[filter].includes(target);

/**
 * Filter expressions for one target, ANDed by Meilisearch (one array element each). Only
 * whitelisted attribute names appear, and only values parsed by parseSearchQuery.
 */
export function buildFilters(criteria: SearchCriteria, target: SearchTarget): string[] {
  const filters: string[] = [];
  // Documents carry every ancestor code, so "inside C38" or "inside 辽宁" is plain equality.
  if (criteria.industry !== undefined && applies('industry', target)) {
    filters.push(equals('industryPrefixes', criteria.industry));
  }
  if (criteria.region !== undefined && applies('region', target)) {
    filters.push(equals('regionPrefixes', criteria.region));
  }
  if (criteria.minTier !== undefined && applies('minTier', target)) {
    const rank = SME_TIERS.indexOf(criteria.minTier);
    filters.push(
      target === 'organisation'
        ? // Organisations that hold the tier or a higher one.
          anyOf('currentTier', SME_TIERS.slice(rank))
        : // Challenges an organisation of that tier may enter.
          `(minTier IS NULL OR ${anyOf('minTier', SME_TIERS.slice(0, rank + 1))})`,
    );
  }
  if (criteria.trl !== undefined && applies('trl', target)) {
    filters.push(...bounds('trl', criteria.trl.min, criteria.trl.max));
  }
  if (criteria.modes !== undefined && applies('modes', target)) {
    filters.push(anyOf('modes', criteria.modes));
  }
  if (criteria.amount !== undefined && applies('amount', target)) {
    filters.push(...amountOverlap(criteria.amount.min, criteria.amount.max));
  }
  if (criteria.deadline !== undefined && applies('deadline', target)) {
    filters.push(...bounds('validUntil', criteria.deadline.min, criteria.deadline.max));
  }
  return filters;
}

/** Whitelisted sort attributes per target; undefined means rank by relevance alone. */
export function buildSort(sort: SearchSort, target: SearchTarget): string[] | undefined {
  if (target === 'organisation') return sort === 'newest' ? ['createdAt:desc'] : undefined;
  switch (sort) {
    case 'newest':
      return ['publishedAt:desc'];
    case 'deadline':
      // Soonest closing first: what is about to be missed.
      return ['validUntil:asc'];
    case 'price':
      // Cheapest first; listings without an amount (面议) come last.
      return ['amountMinWan:asc'];
    case 'relevance':
      return undefined;
  }
}

/** Facets are computed only when asked for, and only on the listing indexes that define them. */
export function buildFacets(criteria: SearchCriteria, target: SearchTarget): string[] | undefined {
  return target === 'organisation' || criteria.facets.length === 0
    ? undefined
    : [...criteria.facets];
}

function bounds(attribute: string, min: number | undefined, max: number | undefined): string[] {
  const filters: string[] = [];
  if (min !== undefined) filters.push(`${attribute} >= ${numberLiteral(min)}`);
  if (max !== undefined) filters.push(`${attribute} <= ${numberLiteral(max)}`);
  return filters;
}

/**
 * Listings whose amount range [amountMinWan, amountMaxWan] overlaps the requested one. A missing
 * lower end counts as 0 and a missing upper end as unbounded (a budget "from 50万"); a listing
 * with no amount at all (面议 only) matches no amount filter.
 */
function amountOverlap(min: number | undefined, max: number | undefined): string[] {
  const filters: string[] = [];
  if (min !== undefined) {
    filters.push(
      `(amountMaxWan >= ${numberLiteral(min)} OR (amountMaxWan IS NULL AND amountMinWan IS NOT NULL))`,
    );
  }
  if (max !== undefined) {
    filters.push(
      `(amountMinWan <= ${numberLiteral(max)} OR (amountMinWan IS NULL AND amountMaxWan IS NOT NULL))`,
    );
  }
  return filters;
}
