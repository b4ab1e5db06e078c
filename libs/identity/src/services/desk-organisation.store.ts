import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationType } from '../entities/organisation.entity';

/** One organisation row as a desk's search reads it, with the total of the whole result. */
export interface DeskSearchRow {
  id: string;
  name: string;
  type: OrganisationType;
  regionCode: string;
  uscc: string;
  total: number;
}

/** The SQL behind `DeskOrganisations`: a search by name or USCC prefix, and a USCC look-up. */
@Injectable()
export class DeskOrganisationStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `literal` is a LIKE literal (see `likeLiteral`) and a bound parameter: name contains it or
   * the USCC starts with it; exact names first, then names that start with it.
   */
  search(literal: string, exact: string, limit: number, offset: number): Promise<DeskSearchRow[]> {
    return this.dataSource.query<DeskSearchRow[]>(
      `SELECT id, name, type, region_code AS "regionCode", uscc, count(*) OVER ()::int AS total
         FROM organisation
        WHERE name ILIKE '%' || $1 || '%' ESCAPE '\\'
           OR uscc LIKE upper($1) || '%' ESCAPE '\\'
        ORDER BY (name = $2) DESC, (name ILIKE $1 || '%' ESCAPE '\\') DESC, length(name), name, id
        LIMIT $3 OFFSET $4`,
      [literal, exact, limit, offset],
    );
  }

  /** How many organisations the same search finds (for a page past the last). */
  async count(literal: string): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM organisation
        WHERE name ILIKE '%' || $1 || '%' ESCAPE '\\' OR uscc LIKE upper($1) || '%' ESCAPE '\\'`,
      [literal],
    );
    return row.n;
  }

  /** The name of the organisation holding `uscc`, read in the caller's transaction. */
  async holderName(manager: EntityManager, uscc: string): Promise<string | undefined> {
    const [holder] = await manager.query<{ name: string }[]>(
      'SELECT name FROM organisation WHERE uscc = $1',
      [uscc],
    );
    return holder?.name;
  }
}
