import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ListingKind, ListingRecords } from '@rongtong/catalog';
import { OrganisationContact, Organisations } from '@rongtong/identity';
import type { Match } from '../entities/match.entity';

/** Public fields of one side of a match: its listing (if any) and its organisation. */
export interface PartySummary {
  kind: ListingKind | 'organisation';
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

/** Loads the parties of matches in a few queries (one per kind present), never contacts. */
@Injectable()
export class PartyLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly listingRecords: ListingRecords,
    private readonly organisationsRead: Organisations,
  ) {}

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
        : this.listings(kind as ListingKind, [...ids], manager));
      for (const row of rows) index.set(partyKey(row.kind, row.id), row);
    }
    return index;
  }

  /** Private contact details of organisations: only for parties of a mutual match. */
  contacts(
    organisationIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, { name: string; contact: OrganisationContact }>> {
    return this.organisationsRead.contacts(organisationIds, manager);
  }

  private async listings(
    kind: ListingKind,
    ids: string[],
    manager: EntityManager,
  ): Promise<PartySummary[]> {
    const heads = await this.listingRecords.heads(kind, ids, manager);
    const owners = await this.organisationsRead.summaries(
      heads.map((head) => head.organisationId),
      manager,
    );
    return heads.flatMap((head) => {
      const owner = owners.get(head.organisationId);
      if (!owner) return [];
      return [
        {
          kind,
          id: head.id,
          title: head.title,
          status: head.status,
          organisationId: head.organisationId,
          organisationName: owner.name,
          organisationType: owner.type,
          industryCode: head.industryCode,
          regionCode: head.regionCode,
          anonymous: head.anonymous,
        },
      ];
    });
  }

  private async organisations(ids: string[], manager: EntityManager): Promise<PartySummary[]> {
    const capabilities = await this.organisationsRead.capabilities(ids, manager);
    return capabilities.map((organisation) => ({
      kind: 'organisation',
      id: organisation.id,
      title: organisation.name,
      status: null,
      organisationId: organisation.id,
      organisationName: organisation.name,
      organisationType: organisation.type,
      industryCode: organisation.industryCode,
      regionCode: organisation.regionCode,
      anonymous: false,
    }));
  }
}
