import { Injectable, Logger } from '@nestjs/common';
import { ServiceUnavailableError } from '@rongtong/common';
import {
  LISTING_INDEX,
  ListingIndexer,
  MeilisearchApiError,
  MeilisearchRequestError,
  ORGANISATIONS_INDEX,
  OrganisationIndexer,
  SearchClient,
} from '@rongtong/search';
import type { MatchCounterpartKind } from '../entities/match.entity';
import { CandidateQuery } from './candidate-queries';

type Hits = { hits: Record<string, unknown>[] };

/**
 * Runs candidate queries against Meilisearch in one multi-search request and returns the ids
 * found per kind, deduplicated, in order of first appearance. Ranking is left to the scorer.
 */
@Injectable()
export class CandidateRetriever {
  private readonly logger = new Logger(CandidateRetriever.name);

  constructor(
    private readonly search: SearchClient,
    private readonly listingIndexer: ListingIndexer,
    private readonly organisationIndexer: OrganisationIndexer,
  ) {}

  async retrieve(
    queries: CandidateQuery[],
    hitsPerQuery: number,
  ): Promise<Map<MatchCounterpartKind, string[]>> {
    const found = new Map<MatchCounterpartKind, string[]>();
    if (queries.length === 0) return found;
    const requests = queries.map((query) => ({
      indexUid: this.indexOf(query.target),
      q: query.q,
      limit: hitsPerQuery,
      matchingStrategy: query.matchingStrategy,
      attributesToRetrieve: ['id'],
      ...(query.filter.length > 0 ? { filter: query.filter } : {}),
    }));
    // Filters need the indexes' settings: an index created by a first document before its
    // settings were applied rejects them. Both calls are once per process.
    try {
      await Promise.all([
        this.listingIndexer.ensureIndexes(),
        this.organisationIndexer.ensureIndex(),
      ]);
    } catch (error) {
      throw this.translate(error);
    }
    const responses = await this.run(requests);
    const seen = new Set<string>();
    responses.forEach((response, i) => {
      const target = queries[i].target;
      const ids = found.get(target) ?? [];
      for (const hit of response.hits) {
        const id = String(hit.id);
        if (seen.has(`${target}:${id}`)) continue;
        seen.add(`${target}:${id}`);
        ids.push(id);
      }
      found.set(target, ids);
    });
    return found;
  }

  private indexOf(target: MatchCounterpartKind): string {
    return this.search.indexName(
      target === 'organisation' ? ORGANISATIONS_INDEX : LISTING_INDEX[target],
    );
  }

  /**
   * One request; if an index does not exist yet (nothing of that kind was ever indexed)
   * Meilisearch fails the whole request, so the queries are then sent one by one and the
   * missing index answers empty.
   */
  private async run(
    requests: ({ indexUid: string; q: string } & Record<string, unknown>)[],
  ): Promise<Hits[]> {
    try {
      const { results } = await this.search.client.multiSearch({ queries: requests });
      return results as Hits[];
    } catch (error) {
      if (!isIndexNotFound(error)) throw this.translate(error);
    }
    return Promise.all(
      requests.map(async ({ indexUid, q, ...params }) => {
        try {
          return (await this.search.client.index(indexUid).search(q, params)) as Hits;
        } catch (error) {
          if (isIndexNotFound(error)) return { hits: [] };
          throw this.translate(error);
        }
      }),
    );
  }

  private translate(error: unknown): unknown {
    const unavailable =
      error instanceof MeilisearchRequestError ||
      (error instanceof MeilisearchApiError && error.response.status >= 500);
    if (!unavailable) return error;
    this.logger.warn(`Meilisearch unavailable for matching: ${(error as Error).message}`);
    return new ServiceUnavailableError(
      'SEARCH_UNAVAILABLE',
      'Matching needs the search engine, which is temporarily unavailable.',
    );
  }
}

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}
