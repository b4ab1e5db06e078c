import { Injectable, Logger } from '@nestjs/common';
import {
  IndexQuery,
  ListingIndexer,
  multiSearch,
  OrganisationIndexer,
  SearchClient,
  searchUnavailable,
  targetIndexName,
} from '@rongtong/search';
import type { MatchCounterpartKind } from '../entities/match.entity';
import { CandidateQuery } from './candidate-queries';

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
    const requests = queries.map((query): IndexQuery => ({
      indexUid: targetIndexName(this.search, query.target),
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
    // A kind never indexed yet answers empty rather than failing the other queries.
    const responses = await multiSearch(this.search, requests, (error) => this.translate(error));
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

  private translate(error: unknown): unknown {
    return searchUnavailable(
      error,
      this.logger,
      'Matching needs the search engine, which is temporarily unavailable.',
    );
  }
}
