import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { NameChangeStatus } from '../entities/organisation-name-change.entity';
import { notMemberOf } from '../read/reviewer-scope';

/** A name change as stored, with the organisation's current name and who asked and decided. */
export interface NameChangeRow {
  id: string;
  organisationId: string;
  /** The organisation's public name now. */
  currentName: string;
  organisationUscc: string;
  fromName: string;
  toName: string;
  status: NameChangeStatus;
  requestedByName: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

const COLUMNS = `n.id, n.organisation_id AS "organisationId", o.name AS "currentName",
  o.uscc AS "organisationUscc", n.from_name AS "fromName", n.to_name AS "toName", n.status,
  r.display_name AS "requestedByName", d.display_name AS "decidedByName",
  n.decision_reason AS "decisionReason", n.decided_at AS "decidedAt", n.created_at AS "createdAt"`;
const FROM = `organisation_name_change n JOIN organisation o ON o.id = n.organisation_id
  LEFT JOIN app_user r ON r.id = n.requested_by_user_id
  LEFT JOIN app_user d ON d.id = n.decided_by_user_id`;

/** SQL of organisation name changes. */
@Injectable()
export class NameChangeStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Withdraws the organisation's pending request, if any (a newer one replaces it). */
  async withdrawPending(manager: EntityManager, organisationId: string): Promise<void> {
    await manager.query(
      `UPDATE organisation_name_change SET status = 'withdrawn', decided_at = now()
        WHERE organisation_id = $1 AND status = 'pending'`,
      [organisationId],
    );
  }

  async insert(
    manager: EntityManager,
    change: { organisationId: string; fromName: string; toName: string; requestedByUserId: string },
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO organisation_name_change (organisation_id, from_name, to_name, requested_by_user_id)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [change.organisationId, change.fromName, change.toName, change.requestedByUserId],
    );
    return row.id;
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager) {
    const [row] = await manager.query<NameChangeRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE n.id = $1`,
      [id],
    );
    return row as NameChangeRow | undefined;
  }

  /** The change, locked for a decision. */
  async lock(manager: EntityManager, id: string): Promise<NameChangeRow | undefined> {
    const locked = await manager.query<{ id: string }[]>(
      'SELECT id FROM organisation_name_change WHERE id = $1 FOR UPDATE',
      [id],
    );
    return locked.length > 0 ? this.get(id, manager) : undefined;
  }

  async decide(
    manager: EntityManager,
    id: string,
    decision: { status: NameChangeStatus; reason: string | null; actorUserId: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE organisation_name_change
          SET status = $2, decision_reason = $3, decided_by_user_id = $4, decided_at = now()
        WHERE id = $1`,
      [id, decision.status, decision.reason, decision.actorUserId],
    );
  }

  /** The pending request of each organisation given. */
  async pendingOf(organisationIds: readonly string[]): Promise<Map<string, NameChangeRow>> {
    if (organisationIds.length === 0) return new Map();
    const rows = await this.dataSource.query<NameChangeRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE n.organisation_id = ANY($1::uuid[]) AND n.status = 'pending'`,
      [organisationIds],
    );
    return new Map(rows.map((row) => [row.organisationId, row]));
  }

  /** Every request of an organisation, newest first: its name history. */
  of(organisationId: string): Promise<NameChangeRow[]> {
    return this.dataSource.query<NameChangeRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE n.organisation_id = $1
        ORDER BY n.created_at DESC, n.id`,
      [organisationId],
    );
  }

  /** Requests in a status, leaving out those of the reviewer's own organisations. */
  async queue(
    status: NameChangeStatus,
    reviewerId: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: NameChangeRow[]; total: number }> {
    const decidable = `n.status = $1 AND ${notMemberOf('n.organisation_id', '$2')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<NameChangeRow[]>(
        `SELECT ${COLUMNS} FROM ${FROM} WHERE ${decidable}
          ORDER BY n.created_at, n.id LIMIT $3 OFFSET $4`,
        [status, reviewerId, limit, offset],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM organisation_name_change n WHERE ${decidable}`,
        [status, reviewerId],
      ),
    ]);
    return { rows, total };
  }
}
