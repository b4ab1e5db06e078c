import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';
import type { ListingKind } from '../listings/listing-path';

export type Listing = Schemas['ListingSchema'];
export type CreateBody = {
  need: Schemas['CreateNeedDto'];
  achievement: Schemas['CreateAchievementDto'];
  challenge: Schemas['CreateChallengeDto'];
};
export type UpdateBody = {
  need: Schemas['UpdateNeedDto'];
  achievement: Schemas['UpdateAchievementDto'];
  challenge: Schemas['UpdateChallengeDto'];
};
export type TransitionBody = Schemas['TransitionDto'];

export const LISTING_KINDS: ListingKind[] = ['need', 'achievement', 'challenge'];

export function isListingKind(value: string | undefined): value is ListingKind {
  return value === 'need' || value === 'achievement' || value === 'challenge';
}

/** An organisation's own listings of one kind, in every state (members). */
export function useOwnListings(
  organisationId: string | undefined,
  kind: ListingKind,
  page: number,
) {
  return useQuery({
    queryKey: ['private', 'own-listings', organisationId, kind, page],
    enabled: Boolean(organisationId),
    queryFn: () => {
      const options = {
        params: { path: { organisationId: organisationId! }, query: { page, limit: 20 } },
      };
      if (kind === 'need') {
        return unwrap(api.GET('/api/v1/organisations/{organisationId}/needs', options));
      }
      if (kind === 'achievement') {
        return unwrap(api.GET('/api/v1/organisations/{organisationId}/achievements', options));
      }
      return unwrap(api.GET('/api/v1/organisations/{organisationId}/challenges', options));
    },
  });
}

/** One listing as its owners see it (any state). */
export function useOwnListing(kind: ListingKind, id: string | undefined) {
  return useQuery({
    queryKey: ['private', 'own-listing', kind, id],
    enabled: Boolean(id),
    queryFn: () => {
      const options = { params: { path: { id: id! } } };
      if (kind === 'need') return unwrap(api.GET('/api/v1/needs/{id}', options));
      if (kind === 'achievement') return unwrap(api.GET('/api/v1/achievements/{id}', options));
      return unwrap(api.GET('/api/v1/challenges/{id}', options));
    },
  });
}

export function createListing<K extends ListingKind>(
  kind: K,
  body: CreateBody[K],
): Promise<Listing> {
  if (kind === 'need') {
    return unwrap(api.POST('/api/v1/needs', { body: body as CreateBody['need'] }));
  }
  if (kind === 'achievement') {
    return unwrap(api.POST('/api/v1/achievements', { body: body as CreateBody['achievement'] }));
  }
  return unwrap(api.POST('/api/v1/challenges', { body: body as CreateBody['challenge'] }));
}

export function updateListing<K extends ListingKind>(
  kind: K,
  id: string,
  body: UpdateBody[K],
): Promise<Listing> {
  const path = { params: { path: { id } } };
  if (kind === 'need') {
    return unwrap(api.PATCH('/api/v1/needs/{id}', { ...path, body: body as UpdateBody['need'] }));
  }
  if (kind === 'achievement') {
    return unwrap(
      api.PATCH('/api/v1/achievements/{id}', { ...path, body: body as UpdateBody['achievement'] }),
    );
  }
  return unwrap(api.PATCH('/api/v1/challenges/{id}', { ...path, body }));
}

export function transitionListing(
  kind: ListingKind,
  id: string,
  body: TransitionBody,
): Promise<Listing> {
  const options = { params: { path: { id } }, body };
  if (kind === 'need') return unwrap(api.POST('/api/v1/needs/{id}/transitions', options));
  if (kind === 'achievement') {
    return unwrap(api.POST('/api/v1/achievements/{id}/transitions', options));
  }
  return unwrap(api.POST('/api/v1/challenges/{id}/transitions', options));
}

export function deleteListing(kind: ListingKind, id: string): Promise<unknown> {
  const options = { params: { path: { id } } };
  if (kind === 'need') return unwrap(api.DELETE('/api/v1/needs/{id}', options));
  if (kind === 'achievement') return unwrap(api.DELETE('/api/v1/achievements/{id}', options));
  return unwrap(api.DELETE('/api/v1/challenges/{id}', options));
}

/** A transition; the listing, the lists and the review queue are read again afterwards. */
export function useTransition(kind: ListingKind, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => transitionListing(kind, id, body),
    onSuccess: (listing) => {
      client.setQueryData(['private', 'own-listing', kind, id], listing);
      void client.invalidateQueries({ queryKey: ['private', 'own-listings'] });
      void client.invalidateQueries({ queryKey: ['listing', kind, id] });
    },
  });
}
