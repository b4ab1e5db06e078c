import { Injectable } from '@nestjs/common';
import { PerListingRows } from './listing-rows.store';
import { DataSource } from 'typeorm';

/** Rows per INSERT … SELECT unnest(…). */
const INSERT_CHUNK = 5_000;

export interface ExtractedKeywords {
  listingId: string;
  keywords: string[];
}

/** SQL of match_listing_keywords (see the entity). */
@Injectable()
export class ListingKeywordsStore {
  private readonly rows: PerListingRows;

  constructor(private readonly dataSource: DataSource) {
    this.rows = new PerListingRows(dataSource, 'match_listing_keywords');
  }

  /** Stores listings' keywords in place of what they had. */
  async write(kind: string, rows: readonly ExtractedKeywords[], now: Date): Promise<void> {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      // unnest cannot take a text[][] of ragged rows: each list travels as one JSON array.
      await this.dataSource.query(
        `INSERT INTO match_listing_keywords (kind, listing_id, keywords, extracted_at)
         SELECT $1, u.id, ARRAY(SELECT jsonb_array_elements_text(u.keywords)), $4
           FROM unnest($2::uuid[], $3::jsonb[]) AS u(id, keywords)
         ON CONFLICT (kind, listing_id) DO UPDATE
           SET keywords = EXCLUDED.keywords, extracted_at = EXCLUDED.extracted_at`,
        [
          kind,
          chunk.map((row) => row.listingId),
          chunk.map((row) => JSON.stringify(row.keywords)),
          now,
        ],
      );
    }
  }

  /** Keywords of these listings that have some, by id. */
  async of(kind: string, ids: readonly string[]): Promise<Map<string, string[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ listing_id: string; keywords: string[] }[]>(
      `SELECT listing_id, keywords FROM match_listing_keywords
        WHERE kind = $1 AND listing_id = ANY($2::uuid[])`,
      [kind, ids],
    );
    return new Map(rows.map((row) => [row.listing_id, row.keywords]));
  }

  /** Removes one listing's keywords (it is no longer open). */
  remove(kind: string, listingId: string): Promise<void> {
    return this.rows.remove(kind, listingId);
  }

  /** Whether one kind has no keywords at all (never extracted). */
  isEmpty(kind: string): Promise<boolean> {
    return this.rows.isEmpty(kind);
  }

  /** Refreshes the table's statistics and visibility map (see PerListingRows.vacuum). */
  vacuum(): Promise<void> {
    return this.rows.vacuum();
  }

  /** Removes the keywords of every listing of one kind not in `keep`; returns how many. */
  removeAllBut(kind: string, keep: readonly string[]): Promise<number> {
    return this.rows.removeAllBut(kind, keep);
  }
}
