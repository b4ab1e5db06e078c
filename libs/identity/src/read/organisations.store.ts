import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { OrganisationTiers } from '../tiers/organisation-tiers.store';
import {
  Organisation,
  OrganisationContact,
  OrganisationType,
} from '../entities/organisation.entity';
import type { TierCertificate } from '../tiers/tier-rules';

export interface OrganisationStanding {
  createdAt: Date;
  /** A reviewer verified a claim on its 统一社会信用代码. */
  usccVerified: boolean;
}

/** The public face of an organisation on a listing: its name and type. */
export interface OrganisationSummary {
  id: string;
  name: string;
  type: OrganisationType;
}

/** An organisation as matching scores it: what it does, where, and its verified certificates. */
export interface OrganisationCapability extends OrganisationSummary {
  profile: string;
  industryCode: string;
  regionCode: string;
  /** Verified (or verified, under 复核) certificates only: see OrganisationTiers. */
  verifiedCertificates: TierCertificate[];
}

/**
 * Organisations as other contexts read them: listing owners (catalog, search), capability
 * profiles and contacts (matching), documents (search). Pass a transaction's manager to read
 * inside it.
 */
@Injectable()
export class Organisations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tiers: OrganisationTiers,
  ) {}

  /**
   * What limits on an organisation's reach rest on: when it registered, and whether a reviewer
   * verified its USCC claim (a self-declared code counts for nothing). Undefined when it does
   * not exist.
   */
  async standing(id: string): Promise<OrganisationStanding | undefined> {
    const [row] = await this.dataSource.query<OrganisationStanding[]>(
      `SELECT o.created_at AS "createdAt",
              EXISTS (SELECT 1 FROM uscc_claim c
                       WHERE c.organisation_id = o.id AND c.uscc = o.uscc
                         AND c.status = 'verified') AS "usccVerified"
         FROM organisation o WHERE o.id = $1`,
      [id],
    );
    return row;
  }

  async exists(id: string): Promise<boolean> {
    const [{ exists }] = await this.dataSource.query<{ exists: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM organisation WHERE id = $1) AS exists',
      [id],
    );
    return exists;
  }

  /** Name and type by id; ids that do not exist are absent. */
  async summaries(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, OrganisationSummary>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<OrganisationSummary[]>(
      'SELECT id, name, type FROM organisation WHERE id = ANY($1::uuid[])',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Contact details by id, for parties who both consented; never for anyone else. */
  async contacts(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, { name: string; contact: OrganisationContact }>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.query<
      { id: string; name: string; contact: OrganisationContact | null }[]
    >('SELECT id, name, contact FROM organisation WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((row) => [row.id, { name: row.name, contact: row.contact ?? {} }]));
  }

  /** Capability profiles in the order of `ids`; ids that do not exist are left out. */
  async capabilities(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationCapability[]> {
    if (ids.length === 0) return [];
    const [organisations, certificates] = await Promise.all([
      manager.query<Omit<OrganisationCapability, 'verifiedCertificates'>[]>(
        `SELECT id, name, type, profile, industry_code AS "industryCode",
                region_code AS "regionCode"
           FROM organisation WHERE id = ANY($1::uuid[])`,
        [ids],
      ),
      this.tiers.verifiedCertificates(ids, manager),
    ]);
    const byId = new Map<string, OrganisationCapability>();
    for (const row of organisations) {
      byId.set(row.id, {
        ...row,
        industryCode: row.industryCode.trim(),
        regionCode: row.regionCode.trim(),
        verifiedCertificates: certificates.get(row.id) ?? [],
      });
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One organisation, as the search document is built from (its tier: OrganisationTiers). */
  one(id: string): Promise<Organisation | null> {
    return this.dataSource.getRepository(Organisation).findOne({ where: { id } });
  }

  /** A page of organisations in id order, after `afterId`. */
  page(afterId: string, limit: number): Promise<Organisation[]> {
    return this.dataSource.getRepository(Organisation).find({
      where: { id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** id → version of every organisation. */
  async versions(): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ id: string; version: number }[]>(
      'SELECT id, version FROM organisation',
    );
    return new Map(rows.map((row) => [row.id, row.version]));
  }
}
