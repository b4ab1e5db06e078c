import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';
import type { ListingKind } from './listing-path';

export type Listing = Schemas['ListingSchema'];

function fetchListing(kind: ListingKind, id: string): Promise<Listing> {
  const options = { params: { path: { id } } };
  if (kind === 'need') return unwrap(api.GET('/api/v1/needs/{id}', options));
  if (kind === 'achievement') return unwrap(api.GET('/api/v1/achievements/{id}', options));
  return unwrap(api.GET('/api/v1/challenges/{id}', options));
}

export function useListing(kind: ListingKind, id: string) {
  return useQuery({ queryKey: ['listing', kind, id], queryFn: () => fetchListing(kind, id) });
}
