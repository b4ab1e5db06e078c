import type { DataSource } from 'typeorm';

/** Matching's tables that keep rows per listing (kind, listing_id): postings and keywords. */
export type PerListingTable = 'match_term_posting' | 'match_listing_keywords';

/**
 * The upkeep every per-listing table of matching needs: drop one listing's rows when it closes,
 * tell whether a kind was ever built, and prune listings no longer open. The table name is one of
 * PerListingTable (never user input); every value is a parameter.
 */
export class PerListingRows {
  constructor(
    private readonly dataSource: DataSource,
    private readonly table: PerListingTable,
  ) {}

  /** Removes one listing's rows (it is no longer open). */
  async remove(kind: string, listingId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.table} WHERE kind = $1 AND listing_id = $2`, [
      kind,
      listingId,
    ]);
  }

  /** Whether one kind has no rows at all (never built). */
  async isEmpty(kind: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM ${this.table} WHERE kind = $1 LIMIT 1`,
      [kind],
    );
    return rows.length === 0;
  }

  /**
   * VACUUM (ANALYZE) of the table, after a full build or the nightly prune. Until then the
   * planner has no statistics (it bitmap-scanned every row of a kind for 150 listings' keywords:
   * 30 ms instead of 1.4 at 200k listings) and the visibility map marks no page all-visible, so
   * the postings lookup's index-only scan fetched the table row of every posting it read (130–170
   * ms instead of 12 per lookup). Autovacuum would get there eventually where it runs, but for a
   * table that mostly grows it waits for a fifth of new rows. Cannot run inside a transaction.
   */
  async vacuum(): Promise<void> {
    await this.dataSource.query(`VACUUM (ANALYZE) ${this.table}`);
  }

  /**
   * Removes the rows of every listing of one kind not in `keep` (listings that closed or expired
   * without a match run to remove them); returns how many rows went.
   */
  async removeAllBut(kind: string, keep: readonly string[]): Promise<number> {
    const rows = await this.dataSource.query<{ removed: number }[]>(
      `WITH removed AS (
         DELETE FROM ${this.table}
          WHERE kind = $1 AND listing_id NOT IN (SELECT unnest($2::uuid[]))
          RETURNING 1)
       SELECT count(*)::int AS removed FROM removed`,
      [kind, keep],
    );
    return rows[0]?.removed ?? 0;
  }
}
