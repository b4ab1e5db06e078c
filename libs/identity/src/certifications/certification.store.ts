import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  CertificationLevel,
  CertificationSource,
  CertificationStatus,
  SmeTier,
} from '../entities/sme-certification.entity';
import type { CertificationAction } from '../entities/sme-certification-event.entity';
import type { OrganisationType } from '../entities/organisation.entity';
import { notMemberOf } from '../read/reviewer-scope';

/** A certificate as stored, with what a reviewer needs to check it. */
export interface CertificationRow {
  id: string;
  organisationId: string;
  tier: SmeTier;
  level: CertificationLevel;
  issuedOn: string;
  validUntil: string;
  status: CertificationStatus;
  source: CertificationSource;
  certificateNumber: string | null;
  issuingAuthority: string | null;
  listYear: number | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface CertificationQueueRow extends CertificationRow {
  organisationName: string;
  organisationUscc: string;
}

export interface CertificationEventRow {
  certificationId: string;
  action: CertificationAction;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string | null;
  actorName: string | null;
  reason: string | null;
  createdAt: Date;
}

export type NewCertification = Pick<
  CertificationRow,
  | 'organisationId'
  | 'tier'
  | 'level'
  | 'issuedOn'
  | 'validUntil'
  | 'status'
  | 'source'
  | 'certificateNumber'
  | 'issuingAuthority'
  | 'listYear'
> & { decidedByUserId: string | null };

export interface NewCertificationEvent {
  certificationId: string;
  organisationId: string;
  action: CertificationAction;
  fromStatus: CertificationStatus | null;
  toStatus: CertificationStatus;
  actorUserId: string | null;
  reason: string | null;
}

/** An organisation as the import matches list rows against it. */
export interface RegisteredOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  uscc: string;
}

const COLUMNS = `c.id, c.organisation_id AS "organisationId", c.tier, c.level,
  c.issued_on::text AS "issuedOn", c.valid_until::text AS "validUntil", c.status, c.source,
  c.certificate_number AS "certificateNumber", c.issuing_authority AS "issuingAuthority",
  c.list_year AS "listYear", c.decision_reason AS "decisionReason", c.decided_at AS "decidedAt",
  c.created_at AS "createdAt"`;

/** SQL of certificates, their history and the organisation version a tier change bumps. */
@Injectable()
export class CertificationStore {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, row: NewCertification): Promise<CertificationRow> {
    const [inserted] = await manager.query<CertificationRow[]>(
      `WITH c AS (
         INSERT INTO sme_certification (organisation_id, tier, level, issued_on, valid_until,
           status, source, certificate_number, issuing_authority, list_year,
           decided_by_user_id, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
                 CASE WHEN $11::uuid IS NULL THEN NULL ELSE now() END)
         RETURNING *)
       SELECT ${COLUMNS} FROM c`,
      [
        row.organisationId,
        row.tier,
        row.level,
        row.issuedOn,
        row.validUntil,
        row.status,
        row.source,
        row.certificateNumber,
        row.issuingAuthority,
        row.listYear,
        row.decidedByUserId,
      ],
    );
    return inserted;
  }

  async byId(id: string): Promise<CertificationRow | undefined> {
    const [row] = await this.dataSource.query<CertificationRow[]>(
      `SELECT ${COLUMNS} FROM sme_certification c WHERE c.id = $1`,
      [id],
    );
    return row;
  }

  /** The certificate, locked for a state change; undefined when it does not exist. */
  async lock(manager: EntityManager, id: string): Promise<CertificationRow | undefined> {
    const [row] = await manager.query<CertificationRow[]>(
      `SELECT ${COLUMNS} FROM sme_certification c WHERE c.id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    change: { status: CertificationStatus; reason: string | null; actorUserId: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE sme_certification
          SET status = $2, decision_reason = $3, decided_by_user_id = $4, decided_at = now(),
              updated_at = now()
        WHERE id = $1`,
      [id, change.status, change.reason, change.actorUserId],
    );
  }

  /** Appends a history event; its id. */
  async insertEvent(manager: EntityManager, event: NewCertificationEvent): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO sme_certification_event
         (certification_id, organisation_id, action, from_status, to_status, actor_user_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
      [
        event.certificationId,
        event.organisationId,
        event.action,
        event.fromStatus,
        event.toStatus,
        event.actorUserId,
        event.reason,
      ],
    );
    return row.id;
  }

  /** Every certificate of an organisation, newest first. */
  of(organisationId: string): Promise<CertificationRow[]> {
    return this.dataSource.query<CertificationRow[]>(
      `SELECT ${COLUMNS} FROM sme_certification c WHERE c.organisation_id = $1
        ORDER BY c.created_at DESC, c.id`,
      [organisationId],
    );
  }

  /** The history of the given certificates, oldest first, with the actor's display name. */
  eventsOf(certificationIds: readonly string[]): Promise<CertificationEventRow[]> {
    if (certificationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query<CertificationEventRow[]>(
      `SELECT e.certification_id AS "certificationId", e.action, e.from_status AS "fromStatus",
              e.to_status AS "toStatus", e.actor_user_id AS "actorUserId",
              u.display_name AS "actorName", e.reason, e.created_at AS "createdAt"
         FROM sme_certification_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.certification_id = ANY($1::uuid[])
        ORDER BY e.id`,
      [certificationIds],
    );
  }

  /** Certificates in a status, oldest first, with the organisation's registered name and USCC. */
  /** Certificates in a status, leaving out those of the reviewer's own organisations. */
  async queue(
    status: CertificationStatus,
    reviewerId: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: CertificationQueueRow[]; total: number }> {
    const decidable = `c.status = $1 AND ${notMemberOf('c.organisation_id', '$2')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<CertificationQueueRow[]>(
        `SELECT ${COLUMNS}, o.name AS "organisationName", o.uscc AS "organisationUscc"
           FROM sme_certification c JOIN organisation o ON o.id = c.organisation_id
          WHERE ${decidable} ORDER BY c.created_at, c.id LIMIT $3 OFFSET $4`,
        [status, reviewerId, limit, offset],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM sme_certification c WHERE ${decidable}`,
        [status, reviewerId],
      ),
    ]);
    return { rows, total };
  }

  /** Bumps the organisation's version (its public tier changed) and returns the new one. */
  async bumpOrganisationVersion(manager: EntityManager, organisationId: string): Promise<number> {
    const [row] = await manager.query<{ version: number }[]>(
      `WITH o AS (
         UPDATE organisation SET version = version + 1, updated_at = now() WHERE id = $1
         RETURNING version)
       SELECT version FROM o`,
      [organisationId],
    );
    return row.version;
  }

  /**
   * Counting certificates whose window ended before `today` and that no lapse was recorded
   * for, locked (others running the same job skip them).
   */
  lapsed(
    manager: EntityManager,
    today: string,
    countingStatuses: readonly CertificationStatus[],
    limit: number,
  ): Promise<CertificationRow[]> {
    return manager.query<CertificationRow[]>(
      `SELECT ${COLUMNS} FROM sme_certification c
        WHERE c.valid_until < $1::date AND c.lapsed_at IS NULL AND c.status = ANY($2::text[])
        ORDER BY c.valid_until, c.id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [today, [...countingStatuses], limit],
    );
  }

  async markLapsed(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(
      'UPDATE sme_certification SET lapsed_at = now() WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  /** Registered organisations by USCC, for matching an official list. */
  async organisationsByUscc(
    usccs: readonly string[],
  ): Promise<Map<string, RegisteredOrganisation>> {
    if (usccs.length === 0) return new Map();
    const rows = await this.dataSource.query<RegisteredOrganisation[]>(
      'SELECT id, name, type, uscc FROM organisation WHERE uscc = ANY($1::text[])',
      [[...new Set(usccs)]],
    );
    return new Map(rows.map((row) => [row.uscc, row]));
  }

  /** Certificates of these organisations, for matching an official list against them. */
  async ofOrganisations(
    manager: EntityManager,
    organisationIds: readonly string[],
  ): Promise<CertificationRow[]> {
    if (organisationIds.length === 0) return [];
    return manager.query<CertificationRow[]>(
      `SELECT ${COLUMNS} FROM sme_certification c WHERE c.organisation_id = ANY($1::uuid[])
        ORDER BY c.created_at, c.id FOR UPDATE`,
      [[...new Set(organisationIds)]],
    );
  }
}
