import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@rongtong/common';
import { ListingRecords } from '@rongtong/catalog';
import {
  bundledWordIdf,
  extractKeywords,
  KeywordSource,
  listingWords,
  WordIdf,
  WordStatistics,
} from './keyword-extraction';
import { StoredStatistics } from './stored-statistics';
import { ListingKeywordsStore } from './listing-keywords.store';
import { TermStatisticsStore } from './term-statistics.store';

/** The kinds whose listings get extracted keywords (and whose words the IDF counts). */
export const KEYWORD_KINDS = ['need', 'achievement'] as const;
export type KeywordKind = (typeof KEYWORD_KINDS)[number];

/** The key of the word statistics in match_term_statistic / match_term_corpus. */
export const WORD_STATISTICS = 'words';

const BATCH = 1_000;

/** A listing as extraction reads it. */
export interface KeywordListing extends KeywordSource {
  id: string;
}

/**
 * Keywords extracted from listings' own text at write time (keyword-extraction.ts), and the
 * platform's word statistics they are weighed with: counted over the published needs and
 * achievements by the nightly refresh (with the BM25 statistics), stored in PostgreSQL, held
 * in memory by each process and reloaded when a newer refresh is stored; jieba's bundled IDF
 * before the first refresh.
 */
@Injectable()
export class ListingKeywordsService {
  private readonly logger = new Logger(ListingKeywordsService.name);
  private readonly stored: StoredStatistics<WordIdf>;

  constructor(
    private readonly statistics: TermStatisticsStore,
    private readonly store: ListingKeywordsStore,
    private readonly listings: ListingRecords,
    private readonly clock: Clock,
  ) {
    this.stored = new StoredStatistics(statistics, WORD_STATISTICS, (stored) =>
      stored && stored.documents > 0
        ? new WordStatistics(stored.documents, stored.frequencies)
        : bundledWordIdf(),
    );
  }

  /**
   * Counts the words of every published need and achievement and stores their document
   * frequencies. Keywords are not re-extracted here: every open listing extracts its own when
   * it is matched (the nightly recompute that follows matches them all, with these statistics),
   * and keywords of listings no longer open are removed. Only a kind without any keywords (a
   * first deployment, the evaluation, the benchmark) is extracted in full. Returns how many
   * listings and words were counted, and the listings extracted in full.
   */
  async refresh(): Promise<{ documents: number; words: number; extracted: number }> {
    const df = new Map<string, number>();
    let documents = 0;
    for (const kind of KEYWORD_KINDS) {
      for await (const batch of this.listings.published(kind, BATCH)) {
        for (const record of batch) {
          documents++;
          for (const word of new Set(listingWords(record))) df.set(word, (df.get(word) ?? 0) + 1);
        }
      }
    }
    for (const [word, n] of df) if (n < 2) df.delete(word);
    await this.statistics.replace(WORD_STATISTICS, documents, 0, df, this.clock.now());
    this.stored.forget();
    const idf = documents > 0 ? new WordStatistics(documents, df) : bundledWordIdf();
    let extracted = 0;
    for (const kind of KEYWORD_KINDS) {
      if (await this.store.isEmpty(kind)) {
        for await (const batch of this.listings.published(kind, BATCH)) {
          const rows = batch.map((record) => ({
            listingId: record.id,
            keywords: extractKeywords(record, idf),
          }));
          await this.store.write(kind, rows, this.clock.now());
          extracted += rows.length;
        }
      } else {
        await this.store.removeAllBut(kind, await this.listings.openIds(kind, this.clock.today()));
      }
    }
    await this.store.vacuum();
    this.logger.log(
      `Word statistics: ${documents} listings, ${df.size} words, ${extracted} listings extracted`,
    );
    return { documents, words: df.size, extracted };
  }

  /** Extracts an open listing's keywords with the current statistics, stores and returns them. */
  async extract(kind: KeywordKind, listing: KeywordListing): Promise<string[]> {
    const keywords = extractKeywords(listing, await this.current());
    await this.store.write(kind, [{ listingId: listing.id, keywords }], this.clock.now());
    return keywords;
  }

  /** Removes a listing that is no longer open. */
  async remove(kind: KeywordKind, listingId: string): Promise<void> {
    await this.store.remove(kind, listingId);
  }

  /** Stored keywords of these listings, by id (a listing never extracted is absent). */
  async of(kind: KeywordKind, ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.store.of(kind, ids);
  }

  /** The word IDF extraction uses now: the platform's, or jieba's before the first refresh. */
  current(): Promise<WordIdf> {
    return this.stored.current();
  }
}
