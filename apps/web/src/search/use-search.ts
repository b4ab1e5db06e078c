import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';
import { apiQuery, type SearchQuery } from './search-params';

export type SearchResult = Schemas['SearchResultSchema'];
export type ListingHit = Schemas['ListingHitSchema'];
export type OrganisationHit = Schemas['OrganisationHitSchema'];
export type Hit = ListingHit | OrganisationHit;

export function isListingHit(hit: Hit): hit is ListingHit {
  return 'kind' in hit;
}

/** GET /search for the page's query; the previous results stay on screen while the next load. */
export function useSearch(query: SearchQuery) {
  const params = apiQuery(query);
  return useQuery({
    queryKey: ['search', params],
    queryFn: () => unwrap(api.GET('/api/v1/search', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

/** Totals per type for the home page (one multi-search with no text). */
export function usePlatformCounts() {
  return useQuery({
    queryKey: ['search', 'counts'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/search', { params: { query: { type: 'all', limit: 1 } } })),
    staleTime: 60_000,
  });
}
