import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/errors';
import type { ListingKind } from '../listings/listing-path';

export type Match = Schemas['MatchSchema'];
export type MatchPage = Schemas['MatchPageSchema'];
export type MatchState = Match['state'];
export type DeclineReason = Schemas['DeclineMatchDto']['reason'];

export interface MatchFilter {
  page: number;
  state?: MatchState;
}

const PAGE_SIZE = 10;

/** The matches of all the caller's organisations, best first. */
export function useMyMatches(filter: MatchFilter) {
  return useQuery({
    queryKey: ['private', 'matches', filter],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/matches', {
          params: { query: { page: filter.page, limit: PAGE_SIZE, state: filter.state } },
        }),
      ),
  });
}

/** The matches found for one listing (its owners' members and reviewers). */
export function useListingMatches(kind: ListingKind, id: string, page: number) {
  return useQuery({
    queryKey: ['private', 'matches', 'listing', kind, id, page],
    queryFn: () => {
      const options = { params: { path: { id }, query: { page, limit: PAGE_SIZE } } };
      if (kind === 'need') return unwrap(api.GET('/api/v1/needs/{id}/matches', options));
      if (kind === 'achievement') {
        return unwrap(api.GET('/api/v1/achievements/{id}/matches', options));
      }
      return unwrap(api.GET('/api/v1/challenges/{id}/candidates', options));
    },
  });
}

export function useMatch(id: string) {
  return useQuery({
    queryKey: ['private', 'matches', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/matches/{id}', { params: { path: { id } } })),
  });
}

export type MatchCommand =
  | { action: 'interest' | 'negotiate' | 'agree' }
  | { action: 'decline'; reason: DeclineReason; note?: string };

function act(id: string, command: MatchCommand): Promise<Match> {
  const path = { params: { path: { id } } };
  switch (command.action) {
    case 'interest':
      return unwrap(api.POST('/api/v1/matches/{id}/interest', path));
    case 'negotiate':
      return unwrap(api.POST('/api/v1/matches/{id}/negotiate', path));
    case 'agree':
      return unwrap(api.POST('/api/v1/matches/{id}/agree', path));
    case 'decline':
      return unwrap(
        api.POST('/api/v1/matches/{id}/decline', {
          ...path,
          body: { reason: command.reason, note: command.note || undefined },
        }),
      );
  }
}

/** One lifecycle step; every match list and the inbox badge are read again afterwards. */
export function useMatchAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (command: MatchCommand) => act(id, command),
    onSuccess: (match) => {
      client.setQueryData(['private', 'matches', 'one', id], match);
      void client.invalidateQueries({ queryKey: ['private', 'matches'] });
      void client.invalidateQueries({ queryKey: ['private', 'notifications'] });
    },
  });
}
