import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SmeTier } from '../entities/sme-certification.entity';
import { COUNTING_STATUSES, TierCertificate, verifiedTierOf } from './tier-rules';

/**
 * The one read interface for 梯度培育 tiers: only verified certificates (and verified ones under
 * 复核), only within their validity window. Eligibility, match scores, search documents and
 * profiles all read tiers here; nothing else reads `sme_certification`.
 */
@Injectable()
export class OrganisationTiers {
  constructor(private readonly dataSource: DataSource) {}

  /** The verified tier of one organisation on a China calendar day (YYYY-MM-DD), or null. */
  async verifiedTierOn(organisationId: string, day: string): Promise<SmeTier | null> {
    return (await this.verifiedTiers([organisationId], day)).get(organisationId) ?? null;
  }

  /** The verified tier of each organisation on `day`; every id is present (null: none). */
  async verifiedTiers(
    organisationIds: readonly string[],
    day: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, SmeTier | null>> {
    const certificates = await this.verifiedCertificates(organisationIds, manager);
    return new Map(
      organisationIds.map((id) => [id, verifiedTierOf(certificates.get(id) ?? [], day)]),
    );
  }

  /**
   * The counting certificates of each organisation, whatever their window, for callers that ask
   * about several days (matching: the tier on each challenge's deadline). Ids without any are
   * absent.
   */
  async verifiedCertificates(
    organisationIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, TierCertificate[]>> {
    if (organisationIds.length === 0) return new Map();
    const rows = await manager.query<(TierCertificate & { organisationId: string })[]>(
      `SELECT organisation_id AS "organisationId", tier, issued_on::text AS "issuedOn",
              valid_until::text AS "validUntil", status
         FROM sme_certification
        WHERE organisation_id = ANY($1::uuid[]) AND status = ANY($2::text[])
        ORDER BY organisation_id, issued_on, id`,
      [[...new Set(organisationIds)], [...COUNTING_STATUSES]],
    );
    const byOrganisation = new Map<string, TierCertificate[]>();
    for (const { organisationId, ...certificate } of rows) {
      const list = byOrganisation.get(organisationId) ?? [];
      list.push(certificate);
      byOrganisation.set(organisationId, list);
    }
    return byOrganisation;
  }
}
