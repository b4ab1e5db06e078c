import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import {
  Organisation,
  OrganisationContact,
  OrganisationType,
} from '../entities/organisation.entity';
import type { TierCertificate } from '../services/current-tier';

/** The public face of an organisation on a listing: its name and type. */
export interface OrganisationSummary {
  id: string;
  name: string;
  type: OrganisationType;
}

/** An organisation as matching scores it: what it does, where, and its SME certificates. */
export interface OrganisationCapability extends OrganisationSummary {
  profile: string;
  industryCode: string;
  regionCode: string;
  certifications: TierCertificate[];
}

/**
 * Organisations as other contexts read them: listing owners (catalog, search), capability
 * profiles and contacts (matching), documents (search). Pass a transaction's manager to read
 * inside it.
 */
@Injectable()
export class Organisations {
  constructor(private readonly dataSource: DataSource) {}

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
    const [organisations, certifications] = await Promise.all([
      manager.query<Omit<OrganisationCapability, 'certifications'>[]>(
        `SELECT id, name, type, profile, industry_code AS "industryCode",
                region_code AS "regionCode"
           FROM organisation WHERE id = ANY($1::uuid[])`,
        [ids],
      ),
      manager.query<(TierCertificate & { organisationId: string })[]>(
        `SELECT organisation_id AS "organisationId", tier, issued_on::text AS "issuedOn",
                valid_until::text AS "validUntil", status
           FROM sme_certification WHERE organisation_id = ANY($1::uuid[])
          ORDER BY organisation_id, issued_on, id`,
        [ids],
      ),
    ]);
    const byId = new Map<string, OrganisationCapability>();
    for (const row of organisations) {
      byId.set(row.id, {
        ...row,
        industryCode: row.industryCode.trim(),
        regionCode: row.regionCode.trim(),
        certifications: [],
      });
    }
    for (const { organisationId, ...certificate } of certifications) {
      byId.get(organisationId)?.certifications.push(certificate);
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One organisation with its certifications, as the search document is built from. */
  withCertifications(id: string): Promise<Organisation | null> {
    return this.dataSource.getRepository(Organisation).findOne({
      where: { id },
      relations: { certifications: true },
    });
  }

  /** A page of organisations with certifications in id order, after `afterId`. */
  pageWithCertifications(afterId: string, limit: number): Promise<Organisation[]> {
    return this.dataSource.getRepository(Organisation).find({
      where: { id: MoreThan(afterId) },
      order: { id: 'ASC' },
      take: limit,
      relations: { certifications: true },
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
