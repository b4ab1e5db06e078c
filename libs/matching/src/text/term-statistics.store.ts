import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Rows per INSERT … SELECT unnest(…): keeps parameter arrays moderate. */
const INSERT_CHUNK = 20_000;

export interface StoredTermStatistics {
  documents: number;
  averageLength: number;
  frequencies: Map<string, number>;
  refreshedAt: Date;
}

/** SQL of match_term_statistic and match_term_corpus (see the entities). */
@Injectable()
export class TermStatisticsStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces one kind's statistics in one transaction (readers see the old or the new set). */
  async replace(
    kind: string,
    documents: number,
    averageLength: number,
    frequencies: ReadonlyMap<string, number>,
    now: Date,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM match_term_statistic WHERE kind = $1`, [kind]);
      const entries = [...frequencies];
      for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
        const chunk = entries.slice(i, i + INSERT_CHUNK);
        await manager.query(
          `INSERT INTO match_term_statistic (kind, term, documents)
           SELECT $1, t, d FROM unnest($2::text[], $3::int[]) AS u(t, d)`,
          [kind, chunk.map(([term]) => term), chunk.map(([, n]) => n)],
        );
      }
      await manager.query(
        `INSERT INTO match_term_corpus (kind, documents, average_length, refreshed_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (kind) DO UPDATE SET documents = EXCLUDED.documents,
           average_length = EXCLUDED.average_length, refreshed_at = EXCLUDED.refreshed_at`,
        [kind, documents, averageLength, now],
      );
    });
  }

  /** One kind's statistics, or undefined before the first refresh. */
  async load(kind: string): Promise<StoredTermStatistics | undefined> {
    const [corpus] = await this.dataSource.query<
      { documents: number; average_length: number; refreshed_at: Date }[]
    >(`SELECT documents, average_length, refreshed_at FROM match_term_corpus WHERE kind = $1`, [
      kind,
    ]);
    if (!corpus) return undefined;
    const rows = await this.dataSource.query<{ term: string; documents: number }[]>(
      `SELECT term, documents FROM match_term_statistic WHERE kind = $1`,
      [kind],
    );
    return {
      documents: corpus.documents,
      averageLength: corpus.average_length,
      frequencies: new Map(rows.map((r) => [r.term, r.documents])),
      refreshedAt: corpus.refreshed_at,
    };
  }

  /** When one kind's statistics were last refreshed (cheap: one row). */
  async refreshedAt(kind: string): Promise<Date | undefined> {
    const [row] = await this.dataSource.query<{ refreshed_at: Date }[]>(
      `SELECT refreshed_at FROM match_term_corpus WHERE kind = $1`,
      [kind],
    );
    return row?.refreshed_at;
  }
}
