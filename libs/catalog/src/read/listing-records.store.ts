import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Organisations } from '@rongtong/identity';
import { Achievement } from '../entities/achievement.entity';
import { Challenge } from '../entities/challenge.entity';
import { ListingBase, ListingKind } from '../entities/listing-base';
import { TechNeed } from '../entities/tech-need.entity';
import { LISTING_TABLE } from '../services/listing-registry';
import { ListingHead, ListingRecord, toListingRecord } from './listing-record';

/** The state of a listing as an index should reflect it: its version if public, else null. */
export type PublicVersion = number | null;

const ENTITY_CLASS: Record<ListingKind, new () => ListingBase> = {
  need: TechNeed,
  achievement: Achievement,
  challenge: Challenge,
};

/** numeric columns arrive from pg as strings. */
const NUMERIC_COLUMNS = new Set(['budget_min_wan', 'budget_max_wan', 'price_wan', 'reward_wan']);

/** Rows per statement: keeps `= ANY($1)` parameter lists and result sets moderate. */
const ID_CHUNK = 1_000;

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

type Row = Record<string, unknown>;

/**
 * The listing read model other contexts use (search's documents, matching's profiles and
 * parties, notify's notices). Raw SQL: TypeORM hydration costs up to 15× more on the large
 * result sets the indexer, reindex and matching read. Owners come from identity's Organisations.
 */
@Injectable()
export class ListingRecords {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: Organisations,
  ) {}

  /** The current records of these ids in any status; ids not in the map are gone. */
  async byIds(
    kind: ListingKind,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ListingRecord>> {
    const found = new Map<string, ListingRecord>();
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const rows = await manager.query<Row[]>(
        `${selectListings(kind)} WHERE l.id = ANY($1::uuid[])`,
        [ids.slice(i, i + ID_CHUNK)],
      );
      for (const record of await this.toRecords(kind, rows, manager)) found.set(record.id, record);
    }
    return found;
  }

  /** Published listings in id order, `batchSize` rows per statement (keyset pagination). */
  async *published(kind: ListingKind, batchSize: number): AsyncGenerator<ListingRecord[]> {
    let after = FIRST_ID;
    for (;;) {
      const rows = await this.dataSource.query<Row[]>(
        `${selectListings(kind)} WHERE l.status = 'published' AND l.id > $1::uuid
          ORDER BY l.id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) return;
      const batch = await this.toRecords(kind, rows, this.dataSource.manager);
      yield batch;
      after = batch[batch.length - 1].id;
      if (rows.length < batchSize) return;
    }
  }

  /** For each id: its version if published, else null. */
  async publicVersions(
    kind: ListingKind,
    ids: readonly string[],
  ): Promise<Map<string, PublicVersion>> {
    const versions = new Map<string, PublicVersion>(ids.map((id) => [id, null]));
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const rows = await this.dataSource.query<{ id: string; version: number }[]>(
        `SELECT id, version FROM ${LISTING_TABLE[kind]}
          WHERE id = ANY($1::uuid[]) AND status = 'published'`,
        [ids.slice(i, i + ID_CHUNK)],
      );
      for (const row of rows) versions.set(row.id, row.version);
    }
    return versions;
  }

  /** Id and version of every published listing. */
  async publishedVersions(kind: ListingKind, batchSize = 20_000): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    let after = FIRST_ID;
    for (;;) {
      const rows = await this.dataSource.query<{ id: string; version: number }[]>(
        `SELECT id, version FROM ${LISTING_TABLE[kind]}
          WHERE status = 'published' AND id > $1::uuid ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      for (const row of rows) versions.set(row.id, row.version);
      if (rows.length < batchSize) return versions;
      after = rows[rows.length - 1].id;
    }
  }

  /** Ids of the published listings still open on `today`, in id order. */
  async openIds(kind: ListingKind, today: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM ${LISTING_TABLE[kind]}
        WHERE status = 'published' AND valid_until >= $1 ORDER BY id`,
      [today],
    );
    return rows.map((row) => row.id);
  }

  /** Heads of these listings in any status; ids that do not exist are left out. */
  async heads(
    kind: ListingKind,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ListingHead[]> {
    if (ids.length === 0) return [];
    const rows = await manager.query<Omit<ListingHead, 'kind'>[]>(
      `${selectHeads(kind)} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => toHead(kind, row));
  }

  /** Published listings whose last day lies between `from` and `to`, soonest first. */
  async publishedClosingBetween(
    kind: ListingKind,
    from: string,
    to: string,
  ): Promise<ListingHead[]> {
    const rows = await this.dataSource.query<Omit<ListingHead, 'kind'>[]>(
      `${selectHeads(kind)} WHERE status = 'published' AND valid_until BETWEEN $1 AND $2
        ORDER BY valid_until, id`,
      [from, to],
    );
    return rows.map((row) => toHead(kind, row));
  }

  /** The review recorded by a transition of this listing, if it is one. */
  async transition(
    kind: ListingKind,
    listingId: string,
    transitionId: string,
  ): Promise<{ action: string; reason: string | null } | undefined> {
    const [row] = await this.dataSource.query<{ action: string; reason: string | null }[]>(
      `SELECT action, reason FROM listing_transition
        WHERE id = $1 AND listing_kind = $2 AND listing_id = $3`,
      [transitionId, kind, listingId],
    );
    return row;
  }

  private async toRecords(
    kind: ListingKind,
    rows: Row[],
    manager: EntityManager,
  ): Promise<ListingRecord[]> {
    const owners = await this.organisations.summaries(
      rows.map((row) => row.organisation_id as string),
      manager,
    );
    return rows.map((row) => {
      const listing = toEntity(kind, row);
      return toListingRecord(kind, listing, owners.get(listing.organisationId));
    });
  }
}

function selectListings(kind: ListingKind): string {
  // valid_until as text: pg would turn a DATE into a local-midnight Date, TypeORM keeps a string.
  return `SELECT l.*, l.valid_until::text AS valid_until FROM ${LISTING_TABLE[kind]} l`;
}

function selectHeads(kind: ListingKind): string {
  const anonymous = kind === 'need' ? 'anonymous' : 'false';
  return `SELECT id, title, status, organisation_id AS "organisationId",
                 industry_code AS "industryCode", region_code AS "regionCode",
                 valid_until::text AS "validUntil", ${anonymous} AS anonymous
            FROM ${LISTING_TABLE[kind]}`;
}

function toHead(kind: ListingKind, row: Omit<ListingHead, 'kind'>): ListingHead {
  return {
    kind,
    ...row,
    industryCode: row.industryCode.trim(),
    regionCode: row.regionCode.trim(),
  };
}

/** A row as an entity instance (plain Object.assign of the camel-cased columns). */
function toEntity(kind: ListingKind, row: Row): ListingBase {
  const fields: Row = {};
  for (const [column, value] of Object.entries(row)) {
    fields[camelCase(column)] =
      NUMERIC_COLUMNS.has(column) && value !== null ? Number(value) : value;
  }
  return Object.assign(new ENTITY_CLASS[kind](), fields);
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
