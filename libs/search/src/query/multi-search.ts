import { Logger } from '@nestjs/common';
import { ServiceUnavailableError } from '@rongtong/common';
import { LISTING_INDEX } from '../listings/index-definitions';
import {
  MeilisearchRequestError,
  meilisearchApiError,
  type SearchParams,
  type SearchResponse,
} from '../meilisearch';
import { ORGANISATIONS_INDEX } from '../organisations/organisation-indexer';
import { SearchClient } from '../search-client.provider';
import { isApiError } from '../search-tasks';
import type { SearchTarget } from './search-criteria';

/** One search of a multi-search request, with the (prefixed) index it runs against. */
export type IndexQuery = SearchParams & { indexUid: string };
export type IndexResponse = SearchResponse<Record<string, unknown>>;

/** The prefixed index that holds a search target's documents. */
export function targetIndexName(search: SearchClient, target: SearchTarget): string {
  return search.indexName(target === 'organisation' ? ORGANISATIONS_INDEX : LISTING_INDEX[target]);
}

/**
 * One multi-search request, answers in the order of the queries. If an index does not exist yet
 * (nothing was ever indexed into it) Meilisearch fails the whole request; the queries are then
 * run one by one so the missing index answers empty and the others still answer. Any other
 * failure is thrown as `translate` turns it.
 */
export async function multiSearch(
  search: SearchClient,
  queries: IndexQuery[],
  translate: (error: unknown) => unknown,
): Promise<IndexResponse[]> {
  try {
    const { results } = await search.client.multiSearch({ queries });
    return results;
  } catch (error) {
    if (!isIndexNotFound(error)) throw translate(error);
  }
  return Promise.all(
    queries.map(async ({ indexUid, ...params }) => {
      try {
        return await search.client.index(indexUid).search(params.q, params);
      } catch (error) {
        if (isIndexNotFound(error)) return emptyResponse(params);
        throw translate(error);
      }
    }),
  );
}

/**
 * An unreachable or failing Meilisearch becomes a 503 SEARCH_UNAVAILABLE with the caller's
 * message (never a 500), logged; any other error is returned unchanged.
 */
export function searchUnavailable(error: unknown, logger: Logger, message: string): unknown {
  const answered = meilisearchApiError(error);
  const unavailable = answered
    ? answered.response.status >= 500
    : error instanceof MeilisearchRequestError;
  if (!unavailable) return error;
  logger.warn(`Meilisearch unavailable: ${(answered ?? (error as Error)).message}`);
  return new ServiceUnavailableError('SEARCH_UNAVAILABLE', message);
}

function isIndexNotFound(error: unknown): boolean {
  return isApiError(error, 'index_not_found');
}

function emptyResponse(params: SearchParams): IndexResponse {
  return {
    hits: [],
    query: params.q ?? '',
    processingTimeMs: 0,
    totalHits: 0,
    ...(params.facets ? { facetDistribution: {} } : {}),
  };
}
