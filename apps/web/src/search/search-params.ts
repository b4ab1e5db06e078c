import type { operations } from '../api/schema';

export type SearchQuery = NonNullable<operations['SearchController_find']['parameters']['query']>;
export type SearchType = NonNullable<SearchQuery['type']>;
export type SearchSort = NonNullable<SearchQuery['sort']>;

export const SEARCH_TYPES: SearchType[] = [
  'all',
  'need',
  'achievement',
  'challenge',
  'organisation',
];
export const PAGE_SIZE = 10;
/** The API answers at most 10,000 hits per query. */
export const MAX_PAGE = 500;

const NUMBER_PARAMS = ['trlMin', 'trlMax', 'page'] as const;
const STRING_PARAMS = ['q', 'industry', 'region', 'modes', 'minTier'] as const;

/** The search page's state lives in its URL, so results can be shared, reloaded and saved. */
export function queryFromUrl(params: URLSearchParams): SearchQuery {
  const query: SearchQuery = {};
  for (const name of STRING_PARAMS) {
    const value = params.get(name)?.trim();
    if (value) (query as Record<string, string>)[name] = value;
  }
  for (const name of NUMBER_PARAMS) {
    const value = Number(params.get(name));
    if (Number.isInteger(value) && value > 0) query[name] = value;
  }
  const type = params.get('type');
  if (type && (SEARCH_TYPES as string[]).includes(type)) query.type = type as SearchType;
  const sort = params.get('sort');
  if (sort && ['relevance', 'newest', 'deadline', 'price'].includes(sort))
    query.sort = sort as SearchSort;
  return query;
}

export function urlFromQuery(query: SearchQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '' && !(name === 'page' && value === 1)) {
      params.set(name, String(value));
    }
  }
  return `/search?${params}`;
}

/** What the API is asked: facets only where the page shows them (single-type results). */
export function apiQuery(query: SearchQuery): SearchQuery {
  const type = query.type ?? 'all';
  const single = type !== 'all';
  const listing = type === 'need' || type === 'achievement' || type === 'challenge';
  return {
    ...query,
    type,
    limit: single ? PAGE_SIZE : 4,
    page: single ? query.page : undefined,
    facets: listing ? 'provinceCode,industrySection' : undefined,
  };
}
