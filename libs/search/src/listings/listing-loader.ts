import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Achievement,
  Challenge,
  LISTING_TABLE,
  ListingBase,
  ListingKind,
  TechNeed,
} from '@rongtong/catalog';
import { Organisation } from '@rongtong/identity';

/** A listing row with the owner fields its document needs. */
export interface LoadedListing {
  listing: ListingBase;
  organisation: Organisation | undefined;
}

/** The state of a listing as the index should reflect it: its version if public, else null. */
export type IndexedVersion = number | null;

const ENTITY_CLASS: Record<ListingKind, new () => ListingBase> = {
  need: TechNeed,
  achievement: Achievement,
  challenge: Challenge,
};

/** numeric columns arrive from pg as strings. */
const NUMERIC_COLUMNS = new Set(['budget_min_wan', 'budget_max_wan', 'price_wan', 'reward_wan']);

/** Rows per statement: keeps `= ANY($1)` parameter lists and result sets moderate. */
const ID_CHUNK = 1_000;

type Row = Record<string, unknown>;

/**
 * Reads listings for the search index with raw SQL: TypeORM hydration costs up to 15× more on
 * large result sets, and the indexer and reindex read many rows. Rows become entity instances
 * (plain Object.assign), so the document mapper stays the one in listing-document.ts.
 */
@Injectable()
export class ListingLoader {
  constructor(private readonly dataSource: DataSource) {}

  /** The current rows of these ids (any status); ids not in the map are gone. */
  async loadByIds(kind: ListingKind, ids: string[]): Promise<Map<string, LoadedListing>> {
    const found = new Map<string, LoadedListing>();
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const rows: Row[] = await this.dataSource.query(
        `${selectListings(kind)} WHERE l.id = ANY($1::uuid[])`,
        [ids.slice(i, i + ID_CHUNK)],
      );
      for (const row of rows) {
        const loaded = toLoaded(kind, row);
        found.set(loaded.listing.id, loaded);
      }
    }
    return found;
  }

  /** What the index should hold for each id right now: its version if published, else null. */
  async indexedVersions(kind: ListingKind, ids: string[]): Promise<Map<string, IndexedVersion>> {
    const versions = new Map<string, IndexedVersion>(ids.map((id) => [id, null]));
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const rows: { id: string; version: number }[] = await this.dataSource.query(
        `SELECT id, version FROM ${LISTING_TABLE[kind]}
          WHERE id = ANY($1::uuid[]) AND status = 'published'`,
        [ids.slice(i, i + ID_CHUNK)],
      );
      for (const row of rows) versions.set(row.id, row.version);
    }
    return versions;
  }

  /** Published listings in id order, `batchSize` rows per statement (keyset pagination). */
  async *streamPublished(kind: ListingKind, batchSize: number): AsyncGenerator<LoadedListing[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: Row[] = await this.dataSource.query(
        `${selectListings(kind)} WHERE l.status = 'published' AND l.id > $1::uuid
          ORDER BY l.id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) return;
      const batch = rows.map((row) => toLoaded(kind, row));
      yield batch;
      after = batch[batch.length - 1].listing.id;
      if (rows.length < batchSize) return;
    }
  }

  /** Id and version of every published listing, for comparing with the index. */
  async publishedVersions(kind: ListingKind, batchSize = 20_000): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; version: number }[] = await this.dataSource.query(
        `SELECT id, version FROM ${LISTING_TABLE[kind]}
          WHERE status = 'published' AND id > $1::uuid ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      for (const row of rows) versions.set(row.id, row.version);
      if (rows.length < batchSize) return versions;
      after = rows[rows.length - 1].id;
    }
  }
}

function selectListings(kind: ListingKind): string {
  // valid_until as text: pg would turn a DATE into a local-midnight Date, TypeORM keeps a string.
  return `SELECT l.*, l.valid_until::text AS valid_until,
                 o.name AS owner_name, o.type AS owner_type
            FROM ${LISTING_TABLE[kind]} l
            LEFT JOIN organisation o ON o.id = l.organisation_id`;
}

function toLoaded(kind: ListingKind, row: Row): LoadedListing {
  const { owner_name: ownerName, owner_type: ownerType, ...columns } = row;
  const fields: Row = {};
  for (const [column, value] of Object.entries(columns)) {
    fields[camelCase(column)] =
      NUMERIC_COLUMNS.has(column) && value !== null ? Number(value) : value;
  }
  const listing = Object.assign(new ENTITY_CLASS[kind](), fields);
  const organisation =
    typeof ownerName === 'string'
      ? Object.assign(new Organisation(), { name: ownerName, type: ownerType })
      : undefined;
  return { listing, organisation };
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
