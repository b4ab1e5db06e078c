import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@rongtong/common';
import { ListingRecords } from '@rongtong/catalog';
import { bm25Features, Bm25Source, documentTerms, TermStatistics } from './bm25';
import {
  documentImpacts,
  documentLookup,
  queryPostings,
  queryWeights,
  RETRIEVAL,
} from './term-postings';
import { ListingPostings, TermPostingStore } from './term-posting.store';
import { queryFeatures } from './thesaurus';
import { TermStatisticsStore } from './term-statistics.store';
import { StoredStatistics } from './stored-statistics';
import { ListingKeywordsService } from './listing-keywords.service';

/** The kind whose listings are BM25 documents: a need's candidates are achievements. */
export const DOCUMENT_KIND = 'achievement';
/** The kinds in the inverted index: achievements as documents, needs as queries. */
export const INDEXED_KINDS = ['achievement', 'need'] as const;
export type IndexedKind = (typeof INDEXED_KINDS)[number];

const BATCH = 1_000;

/** What a listing reads as a BM25 document. */
export interface Bm25Document {
  id: string;
  title: string;
  keywords: readonly string[];
  body: string;
}

/**
 * The term statistics the matcher's BM25 reads: computed from the published achievements by the
 * nightly recompute (and by the evaluation and the benchmark after loading), stored in
 * PostgreSQL, held in memory by each process and reloaded when a newer refresh is stored.
 * Also the BM25 inverted index of the achievements (match_term_posting) that candidate
 * retrieval ranks every achievement with: rebuilt with the statistics, kept current listing by
 * listing as achievements are matched or retired.
 */
@Injectable()
export class TermStatisticsService {
  private readonly logger = new Logger(TermStatisticsService.name);
  private readonly stored: StoredStatistics<TermStatistics>;

  constructor(
    private readonly store: TermStatisticsStore,
    private readonly postings: TermPostingStore,
    private readonly listings: ListingRecords,
    private readonly clock: Clock,
    private readonly keywords: ListingKeywordsService,
  ) {
    this.stored = new StoredStatistics(store, DOCUMENT_KIND, (stored) =>
      stored
        ? new TermStatistics(stored.documents, stored.averageLength, stored.frequencies)
        : TermStatistics.EMPTY,
    );
  }

  /**
   * Counts the terms of every published achievement and stores them. The inverted index is not
   * rebuilt here: every open listing rewrites its own postings when it is matched (the nightly
   * recompute that follows this refresh matches them all, with these statistics), and postings
   * of listings that are no longer open are removed. Only a kind with no postings at all (a
   * first deployment, the evaluation, the benchmark) is built in full; either way the table is
   * vacuumed after (TermPostingStore.vacuum). Returns how many
   * documents and terms, and the postings written by full builds. The word statistics of
   * keyword extraction are refreshed alongside (ListingKeywordsService.refresh).
   */
  async refresh(): Promise<{ documents: number; terms: number; postings: number }> {
    await this.keywords.refresh();
    const df = new Map<string, number>();
    let documents = 0;
    let length = 0;
    for await (const batch of this.listings.published(DOCUMENT_KIND, BATCH)) {
      for (const record of batch) {
        const terms = documentTerms({
          title: record.title,
          keywords: record.keywords,
          body: record.body,
        });
        documents++;
        length += terms.length;
        for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
      }
    }
    for (const [term, n] of df) if (n < 2) df.delete(term);
    const averageLength = documents > 0 ? length / documents : 0;
    await this.store.replace(DOCUMENT_KIND, documents, averageLength, df, this.clock.now());
    this.stored.forget();
    const stats = new TermStatistics(documents, averageLength, df);
    let postings = 0;
    for (const kind of INDEXED_KINDS) {
      if (await this.postings.isEmpty(kind)) {
        postings += await this.postings.rebuild(kind, this.postingBatches(kind, stats));
      } else {
        const open = await this.listings.openIds(kind, this.clock.today());
        await this.postings.removeAllBut(kind, open);
      }
    }
    // The lookup's index-only scan stays index-only only over pages VACUUM marked all-visible.
    await this.postings.vacuum();
    this.logger.log(
      `Term statistics: ${documents} achievements, ${df.size} terms, ${postings} postings built`,
    );
    return { documents, terms: df.size, postings };
  }

  /**
   * Rebuilds the whole inverted index from the stored statistics (what refresh does for a kind
   * without postings): for the benchmark's rebuild figure and for an operator after changing
   * RETRIEVAL. Returns the postings written.
   */
  async rebuildPostings(): Promise<number> {
    const stats = await this.current();
    let postings = 0;
    for (const kind of INDEXED_KINDS)
      postings += await this.postings.rebuild(kind, this.postingBatches(kind, stats));
    await this.postings.vacuum();
    return postings;
  }

  private async *postingBatches(
    kind: IndexedKind,
    stats: TermStatistics,
  ): AsyncGenerator<ListingPostings[]> {
    for await (const batch of this.listings.published(kind, BATCH))
      yield batch.map((record) => this.postingsOf(kind, record, stats));
  }

  /** An achievement's impacts (a document), or a need's query postings (term-postings.ts). */
  private postingsOf(
    kind: IndexedKind,
    listing: Bm25Document,
    stats: TermStatistics,
  ): ListingPostings {
    const postings =
      kind === 'achievement'
        ? documentImpacts(bm25Features(documentTerms(listing)), stats)
        : queryPostings(queryFeatures(listing), stats);
    return { listingId: listing.id, postings };
  }

  /**
   * Writes an open need's or achievement's postings and extracted keywords (after it was
   * published or changed); returns the keywords.
   */
  async index(kind: IndexedKind, listing: Bm25Document): Promise<string[]> {
    const stats = await this.current();
    await this.postings.replaceListing(kind, this.postingsOf(kind, listing, stats));
    return this.keywords.extract(kind, listing);
  }

  /** Removes a listing that is no longer open from the index and its extracted keywords. */
  async unindex(kind: IndexedKind, listingId: string): Promise<void> {
    await this.postings.removeListing(kind, listingId);
    await this.keywords.remove(kind, listingId);
  }

  /**
   * Listings of the other kind with the best BM25 for this one, over its heaviest rare terms,
   * best first (RETRIEVAL in term-postings.ts): a need's achievements by BM25 score, an
   * achievement's needs by each need's BM25 ratio (the scorer's text relevance).
   */
  async retrieve(
    kind: IndexedKind,
    listing: Bm25Source,
    limit: number = RETRIEVAL.candidates,
  ): Promise<string[]> {
    const stats = await this.current();
    return kind === 'need'
      ? this.postings.top(
          'achievement',
          queryWeights(queryFeatures(listing), stats),
          limit,
          RETRIEVAL.postingsPerTerm,
        )
      : this.postings.top(
          'need',
          documentLookup(bm25Features(documentTerms(listing)), stats),
          limit,
          RETRIEVAL.postingsPerTerm,
        );
  }

  /** The current statistics (empty before the first refresh). */
  current(): Promise<TermStatistics> {
    return this.stored.current();
  }
}
