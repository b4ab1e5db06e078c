import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Keywords the matcher extracted from an open need's or achievement's own text (TF-IDF over
 * jieba's words, libs/matching/src/text/keyword-extraction.ts), kept beside the owner's
 * keywords (which stay in the catalog's row, unchanged): the scorer reads them for a side whose
 * owner gave none, and 推荐理由 names those both sides share. Written by the listing's match run
 * (published, changed, or the nightly recompute that follows each refresh of the word
 * statistics), removed when the listing is no longer open.
 */
@Entity('match_listing_keywords')
export class MatchListingKeywords {
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'uuid' })
  listingId!: string;

  /** Best first. */
  @Column({ type: 'text', array: true })
  keywords!: string[];

  @Column({ type: 'timestamptz' })
  extractedAt!: Date;
}
