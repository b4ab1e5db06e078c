import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LISTING_TABLE } from '@rongtong/catalog';
import type { OrganisationContact } from '@rongtong/identity';
import type { Match } from '../entities/match.entity';

/** Public fields of one side of a match: its listing (if any) and its organisation. */
export interface PartySummary {
  kind: 'need' | 'achievement' | 'challenge' | 'organisation';
  id: string;
  title: string;
  status: string | null;
  organisationId: string;
  organisationName: string;
  organisationType: string;
  industryCode: string;
  regionCode: string;
  /** An anonymous need: its owner is hidden from the other side until mutual. */
  anonymous: boolean;
}

/** Both sides of a set of matches, keyed `kind:id`. */
export type PartyIndex = Map<string, PartySummary>;

export const partyKey = (kind: string, id: string) => `${kind}:${id}`;

type ListingKindName = 'need' | 'achievement' | 'challenge';

/** Loads the parties of matches in a few queries (one per kind present), never contacts. */
@Injectable()
export class PartyLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(
    matches: Pick<Match, 'subjectKind' | 'subjectId' | 'counterpartKind' | 'counterpartId'>[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PartyIndex> {
    const wanted = new Map<string, Set<string>>();
    const want = (kind: string, id: string) => {
      const ids = wanted.get(kind) ?? new Set<string>();
      ids.add(id);
      wanted.set(kind, ids);
    };
    for (const match of matches) {
      want(match.subjectKind, match.subjectId);
      want(match.counterpartKind, match.counterpartId);
    }
    const index: PartyIndex = new Map();
    for (const [kind, ids] of wanted) {
      const rows = await (kind === 'organisation'
        ? this.organisations([...ids], manager)
        : this.listings(kind as ListingKindName, [...ids], manager));
      for (const row of rows) index.set(partyKey(row.kind, row.id), row);
    }
    return index;
  }

  /** Private contact details of organisations: only for parties of a mutual match. */
  async contacts(
    organisationIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, { name: string; contact: OrganisationContact }>> {
    const rows: { id: string; name: string; contact: OrganisationContact }[] = await manager.query(
      `SELECT id, name, contact FROM organisation WHERE id = ANY($1::uuid[])`,
      [organisationIds],
    );
    return new Map(rows.map((row) => [row.id, { name: row.name, contact: row.contact ?? {} }]));
  }

  private async listings(
    kind: ListingKindName,
    ids: string[],
    manager: EntityManager,
  ): Promise<PartySummary[]> {
    const anonymous = kind === 'need' ? 'l.anonymous' : 'false';
    const rows: {
      id: string;
      title: string;
      status: string;
      organisation_id: string;
      organisation_name: string;
      organisation_type: string;
      industry_code: string;
      region_code: string;
      anonymous: boolean;
    }[] = await manager.query(
      `SELECT l.id, l.title, l.status, l.organisation_id, o.name AS organisation_name,
              o.type AS organisation_type, l.industry_code, l.region_code, ${anonymous} AS anonymous
         FROM ${LISTING_TABLE[kind]} l JOIN organisation o ON o.id = l.organisation_id
        WHERE l.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({
      kind,
      id: row.id,
      title: row.title,
      status: row.status,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      organisationType: row.organisation_type,
      industryCode: row.industry_code.trim(),
      regionCode: row.region_code.trim(),
      anonymous: row.anonymous,
    }));
  }

  private async organisations(ids: string[], manager: EntityManager): Promise<PartySummary[]> {
    const rows: {
      id: string;
      name: string;
      type: string;
      industry_code: string;
      region_code: string;
    }[] = await manager.query(
      `SELECT id, name, type, industry_code, region_code FROM organisation WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({
      kind: 'organisation',
      id: row.id,
      title: row.name,
      status: null,
      organisationId: row.id,
      organisationName: row.name,
      organisationType: row.type,
      industryCode: row.industry_code.trim(),
      regionCode: row.region_code.trim(),
      anonymous: false,
    }));
  }
}
