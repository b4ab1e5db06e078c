import { Injectable, Logger } from '@nestjs/common';
import type { ListingKind } from '@rongtong/catalog';
import { LISTING_INDEX } from '../listings/index-definitions';
import { meilisearchApiError } from '../meilisearch';
import { SearchClient } from '../search-client.provider';
import {
  IndexQuery,
  IndexResponse,
  multiSearch,
  searchUnavailable,
  targetIndexName,
} from './multi-search';
import { parseSearchQuery, SEARCH_TARGETS, SearchCriteria, SearchTarget } from './search-criteria';
import { equals } from './filter-syntax';
import { buildFacets, buildFilters, buildSort } from './search-filters';
import {
  CROP_MARKER,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  ListingHit,
  OrganisationHit,
  retrievedFields,
  TEXT_FIELDS,
  toSearchHit,
} from './search-hits';
import { SearchQueryDto } from './search-query.dto';

export type FacetCounts = Record<string, Record<string, number>>;

export interface SearchGroup {
  hits: (ListingHit | OrganisationHit)[];
  total: number;
  facets?: FacetCounts;
}

/** type=all: one group per target, from one multi-search request. */
export interface MultiTypeSearchResult {
  query: string;
  page: number;
  limit: number;
  results: Record<SearchTarget, SearchGroup>;
  /** Meilisearch's own time, summed over the queries. */
  processingTimeMs: number;
}

export interface SingleTypeSearchResult extends SearchGroup {
  query: string;
  type: SearchTarget;
  page: number;
  limit: number;
  processingTimeMs: number;
}

/** Words of context around the first match in the body snippet (jieba words for Chinese). */
const SNIPPET_WORDS = 40;
/** Queries per multi-search request when testing one listing against many saved queries. */
const MATCH_BATCH = 100;

/** Full-text search over published listings and organisation profiles. */
@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(private readonly search: SearchClient) {}

  /** Validates the query (400 SEARCH_FILTER_INVALID) and runs it. */
  async query(
    query: Readonly<SearchQueryDto>,
  ): Promise<MultiTypeSearchResult | SingleTypeSearchResult> {
    const criteria = parseSearchQuery(query);
    const targets = criteria.type === 'all' ? [...SEARCH_TARGETS] : [criteria.type];
    const responses = await this.run(targets.map((target) => this.queryFor(criteria, target)));
    const groups = targets.map((target, i) => toGroup(target, responses[i]));
    const processingTimeMs = responses.reduce((sum, r) => sum + r.processingTimeMs, 0);
    const { q: queryText, page, limit } = criteria;

    if (criteria.type === 'all') {
      const results = Object.fromEntries(targets.map((t, i) => [t, groups[i]])) as Record<
        SearchTarget,
        SearchGroup
      >;
      return { query: queryText, page, limit, results, processingTimeMs };
    }
    return { query: queryText, type: criteria.type, page, limit, ...groups[0], processingTimeMs };
  }

  /**
   * The exact Meilisearch request a query becomes for one target; the benchmark sends the same
   * request to the engine directly to measure what the API adds.
   */
  engineRequest(query: Readonly<SearchQueryDto>, target: SearchTarget): IndexQuery {
    return this.queryFor(parseSearchQuery(query), target);
  }

  /**
   * For each parsed query, whether this listing is among its hits: the query's own text and
   * filters for the listing's kind plus `id = <listingId>`, so "matches" means what GET /search
   * would answer. Batched into multi-search requests.
   */
  async listingMatches(
    kind: ListingKind,
    listingId: string,
    criteria: readonly SearchCriteria[],
  ): Promise<boolean[]> {
    const indexUid = this.search.indexName(LISTING_INDEX[kind]);
    const matches: boolean[] = [];
    for (let start = 0; start < criteria.length; start += MATCH_BATCH) {
      const queries = criteria.slice(start, start + MATCH_BATCH).map((one): IndexQuery => ({
        indexUid,
        q: one.q,
        filter: [...buildFilters(one, kind), equals('id', listingId)],
        limit: 1,
        attributesToRetrieve: ['id'],
      }));
      const responses = await this.run(queries);
      matches.push(...responses.map((response) => response.hits.length > 0));
    }
    return matches;
  }

  /** The version of the listing's document in its index, or null when it is not indexed. */
  async indexedVersion(kind: ListingKind, listingId: string): Promise<number | null> {
    try {
      const document = await this.search.client
        .index(this.search.indexName(LISTING_INDEX[kind]))
        .getDocument(listingId, { fields: ['version'] });
      return typeof document.version === 'number' ? document.version : null;
    } catch (error) {
      if (meilisearchApiError(error)?.response.status === 404) return null;
      throw this.translate(error);
    }
  }

  private queryFor(criteria: SearchCriteria, target: SearchTarget): IndexQuery {
    const text = TEXT_FIELDS[target];
    const filter = buildFilters(criteria, target);
    const sort = buildSort(criteria.sort, target);
    const facets = buildFacets(criteria, target);
    return {
      indexUid: targetIndexName(this.search, target),
      q: criteria.q,
      // page + hitsPerPage make Meilisearch count every match (totalHits), not estimate.
      page: criteria.page,
      hitsPerPage: criteria.limit,
      attributesToRetrieve: retrievedFields(target),
      attributesToHighlight: [text.title, text.body],
      highlightPreTag: HIGHLIGHT_PRE,
      highlightPostTag: HIGHLIGHT_POST,
      attributesToCrop: [text.body],
      cropLength: SNIPPET_WORDS,
      cropMarker: CROP_MARKER,
      ...(filter.length > 0 ? { filter } : {}),
      ...(sort ? { sort } : {}),
      ...(facets ? { facets } : {}),
    };
  }

  private run(queries: IndexQuery[]): Promise<IndexResponse[]> {
    return multiSearch(this.search, queries, (error) => this.translate(error));
  }

  private translate(error: unknown): unknown {
    return searchUnavailable(
      error,
      this.logger,
      'Search is temporarily unavailable. Please try again shortly.',
    );
  }
}

function toGroup(target: SearchTarget, response: IndexResponse): SearchGroup {
  const group: SearchGroup = {
    hits: response.hits.map((hit) => toSearchHit(target, hit)),
    total: response.totalHits ?? response.estimatedTotalHits ?? 0,
  };
  if (response.facetDistribution !== undefined) group.facets = response.facetDistribution;
  return group;
}
