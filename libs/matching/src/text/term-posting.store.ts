import { Injectable } from '@nestjs/common';
import { PerListingRows } from './listing-rows.store';
import { DataSource, EntityManager } from 'typeorm';
import { WeightedTerm } from './term-postings';

/** Rows per INSERT … SELECT unnest(…). */
const INSERT_CHUNK = 20_000;

export interface ListingPostings {
  listingId: string;
  postings: WeightedTerm[];
}

/** SQL of match_term_posting (see the entity). */
@Injectable()
export class TermPostingStore {
  private readonly rows: PerListingRows;

  constructor(private readonly dataSource: DataSource) {
    this.rows = new PerListingRows(dataSource, 'match_term_posting');
  }

  /**
   * Replaces one listing's postings (its old rows go first), in one transaction; two runs for
   * the same listing at once (both sides of a pair matched together) end with one set.
   */
  async replaceListing(kind: string, listing: ListingPostings): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM match_term_posting WHERE kind = $1 AND listing_id = $2`, [
        kind,
        listing.listingId,
      ]);
      await this.insert(manager, kind, [listing]);
    });
  }

  /** Removes one listing's postings (it is no longer open). */
  removeListing(kind: string, listingId: string): Promise<void> {
    return this.rows.remove(kind, listingId);
  }

  /** Whether one kind has no postings at all (never built). */
  isEmpty(kind: string): Promise<boolean> {
    return this.rows.isEmpty(kind);
  }

  /**
   * Removes the postings of every listing of one kind not in `keep` (listings that closed or
   * expired without a match run to remove them).
   */
  removeAllBut(kind: string, keep: readonly string[]): Promise<number> {
    return this.rows.removeAllBut(kind, keep);
  }

  /** Refreshes the table's statistics and visibility map (see PerListingRows.vacuum). */
  vacuum(): Promise<void> {
    return this.rows.vacuum();
  }

  /**
   * Replaces every posting of one kind in one transaction (readers see the old or the new
   * index), from batches of listings.
   */
  async rebuild(kind: string, batches: AsyncIterable<ListingPostings[]>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM match_term_posting WHERE kind = $1`, [kind]);
      let rows = 0;
      for await (const batch of batches) rows += await this.insert(manager, kind, batch);
      return rows;
    });
  }

  /**
   * The listings with the highest Σ weight × impact over the given terms, best first, at most
   * `limit`; ties by id. Each term contributes its `perTerm` postings of highest impact (an
   * index scan of ix_match_term_posting_impact that stops there), so a lookup reads at most
   * terms × perTerm rows however common its terms are.
   */
  async top(
    kind: string,
    terms: readonly WeightedTerm[],
    limit: number,
    perTerm: number,
  ): Promise<string[]> {
    if (terms.length === 0 || limit <= 0) return [];
    const rows = await this.dataSource.query<{ listing_id: string }[]>(
      `SELECT p.listing_id
         FROM unnest($2::text[], $3::real[]) AS q(term, weight)
        CROSS JOIN LATERAL (
              SELECT listing_id, impact FROM match_term_posting
               WHERE kind = $1 AND term = q.term
               ORDER BY impact DESC
               LIMIT $5) p
        GROUP BY p.listing_id
        ORDER BY sum(q.weight * p.impact) DESC, p.listing_id
        LIMIT $4`,
      [kind, terms.map((t) => t.term), terms.map((t) => t.weight), limit, perTerm],
    );
    return rows.map((row) => row.listing_id);
  }

  private async insert(
    manager: EntityManager,
    kind: string,
    listings: readonly ListingPostings[],
  ): Promise<number> {
    const ids: string[] = [];
    const terms: string[] = [];
    const impacts: number[] = [];
    let rows = 0;
    const flush = async () => {
      if (ids.length === 0) return;
      await manager.query(
        `INSERT INTO match_term_posting (kind, term, listing_id, impact)
         SELECT $1, t, l, i FROM unnest($2::text[], $3::uuid[], $4::real[]) AS u(t, l, i)
         ON CONFLICT (kind, listing_id, term) DO UPDATE SET impact = EXCLUDED.impact`,
        [kind, terms, ids, impacts],
      );
      rows += ids.length;
      ids.length = 0;
      terms.length = 0;
      impacts.length = 0;
    };
    for (const listing of listings) {
      for (const posting of listing.postings) {
        ids.push(listing.listingId);
        terms.push(posting.term);
        impacts.push(posting.weight);
      }
      if (ids.length >= INSERT_CHUNK) await flush();
    }
    await flush();
    return rows;
  }
}
