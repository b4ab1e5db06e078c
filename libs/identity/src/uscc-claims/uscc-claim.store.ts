import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { UsccClaimKind, UsccClaimStatus } from '../entities/uscc-claim.entity';
import { notMemberOf } from '../read/reviewer-scope';

/** A claim as stored, with who made it and the organisation it is about. */
export interface UsccClaimRow {
  id: string;
  uscc: string;
  organisationId: string;
  organisationName: string;
  claimantUserId: string;
  claimantName: string;
  claimantEmail: string;
  claimantEmailVerified: boolean;
  kind: UsccClaimKind;
  status: UsccClaimStatus;
  claimedName: string;
  evidence: string;
  decisionReason: string | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export type NewUsccClaim = Pick<
  UsccClaimRow,
  'uscc' | 'organisationId' | 'claimantUserId' | 'kind' | 'claimedName' | 'evidence'
>;

/** One audit_log entry about a claim. */
export interface UsccClaimEventRow {
  claimId: string;
  action: string;
  actorName: string | null;
  details: { fromStatus?: string | null; toStatus?: string; reason?: string | null };
  createdAt: Date;
}

const COLUMNS = `c.id, c.uscc, c.organisation_id AS "organisationId", o.name AS "organisationName",
  c.claimant_user_id AS "claimantUserId", u.display_name AS "claimantName",
  u.email AS "claimantEmail", (u.email_verified_at IS NOT NULL) AS "claimantEmailVerified",
  c.kind, c.status, c.claimed_name AS "claimedName", c.evidence,
  c.decision_reason AS "decisionReason", c.decided_at AS "decidedAt", c.created_at AS "createdAt"`;
const FROM = `uscc_claim c JOIN organisation o ON o.id = c.organisation_id
  JOIN app_user u ON u.id = c.claimant_user_id`;

/** SQL of USCC claims, their audit trail, and the memberships a dispute hands over. */
@Injectable()
export class UsccClaimStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts a pending claim; a second pending claim by the same user is a unique violation. */
  async insert(manager: EntityManager, claim: NewUsccClaim): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO uscc_claim (uscc, organisation_id, claimant_user_id, kind, claimed_name, evidence)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        claim.uscc,
        claim.organisationId,
        claim.claimantUserId,
        claim.kind,
        claim.claimedName,
        claim.evidence,
      ],
    );
    return row.id;
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager) {
    const [row] = await manager.query<UsccClaimRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = $1`,
      [id],
    );
    return row as UsccClaimRow | undefined;
  }

  /** Locks the claim and every other claim on its USCC, so two decisions cannot cross. */
  async lockUscc(manager: EntityManager, id: string): Promise<UsccClaimRow | undefined> {
    await manager.query(
      `SELECT 1 FROM uscc_claim WHERE uscc = (SELECT uscc FROM uscc_claim WHERE id = $1)
        ORDER BY id FOR UPDATE`,
      [id],
    );
    return this.get(id, manager);
  }

  /** The organisation registered with the USCC, if any. */
  async holderOf(
    manager: EntityManager,
    uscc: string,
  ): Promise<{ id: string; name: string } | undefined> {
    const [row] = await manager.query<{ id: string; name: string }[]>(
      'SELECT id, name FROM organisation WHERE uscc = $1',
      [uscc],
    );
    return row;
  }

  async verifiedExists(manager: EntityManager, uscc: string): Promise<boolean> {
    const [{ exists }] = await manager.query<{ exists: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM uscc_claim WHERE uscc = $1 AND status = 'verified') AS exists`,
      [uscc],
    );
    return exists;
  }

  /** Other pending claims on the same USCC (they lose when one is verified). */
  async otherPending(manager: EntityManager, uscc: string, exceptId: string): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM uscc_claim WHERE uscc = $1 AND status = 'pending' AND id <> $2 ORDER BY id`,
      [uscc, exceptId],
    );
    return rows.map((row) => row.id);
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    change: { status: UsccClaimStatus; reason: string | null; actorUserId: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE uscc_claim SET status = $2, decision_reason = $3, decided_by_user_id = $4,
              decided_at = now()
        WHERE id = $1`,
      [id, change.status, change.reason, change.actorUserId],
    );
  }

  async audit(
    manager: EntityManager,
    entry: {
      claimId: string;
      actorUserId: string | null;
      action: string;
      details: Record<string, unknown>;
    },
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO audit_log (actor_user_id, action, subject_type, subject_id, details)
       VALUES ($1, $2, 'uscc_claim', $3, $4) RETURNING id::text`,
      [entry.actorUserId, entry.action, entry.claimId, JSON.stringify(entry.details)],
    );
    return row.id;
  }

  /** The audit trail of the given claims, oldest first, with the actor's display name. */
  history(claimIds: readonly string[]): Promise<UsccClaimEventRow[]> {
    if (claimIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query<UsccClaimEventRow[]>(
      `SELECT a.subject_id AS "claimId", a.action, u.display_name AS "actorName", a.details,
              a.created_at AS "createdAt"
         FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.subject_type = 'uscc_claim' AND a.subject_id = ANY($1::text[])
        ORDER BY a.id`,
      [claimIds],
    );
  }

  /** Claims the user made, newest first. */
  byClaimant(userId: string): Promise<UsccClaimRow[]> {
    return this.dataSource.query<UsccClaimRow[]>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE c.claimant_user_id = $1
        ORDER BY c.created_at DESC, c.id`,
      [userId],
    );
  }

  /** Claims in a status (optionally of one kind), oldest first. */
  /**
   * Claims in a status that the reviewer may decide: never their own nor one on their own
   * organisation's code, disputes only for admins.
   */
  async queue(
    status: UsccClaimStatus,
    kind: UsccClaimKind | undefined,
    reviewer: { id: string; admin: boolean },
    limit: number,
    offset: number,
  ): Promise<{ rows: UsccClaimRow[]; total: number }> {
    const decidable = `c.status = $1 AND ($2::text IS NULL OR c.kind = $2)
      AND c.claimant_user_id <> $3 AND ${notMemberOf('c.organisation_id', '$3')}
      AND ($4 OR c.kind <> 'dispute')`;
    const filter = [status, kind ?? null, reviewer.id, reviewer.admin];
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<UsccClaimRow[]>(
        `SELECT ${COLUMNS} FROM ${FROM} WHERE ${decidable}
          ORDER BY c.created_at, c.id LIMIT $5 OFFSET $6`,
        [...filter, limit, offset],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM uscc_claim c WHERE ${decidable}`,
        filter,
      ),
    ]);
    return { rows, total };
  }

  /**
   * A verified dispute: the claimant becomes the organisation's owner and every other member
   * leaves it. Returns the user ids removed.
   */
  async handOver(
    manager: EntityManager,
    organisationId: string,
    ownerUserId: string,
  ): Promise<string[]> {
    const removed = await manager.query<{ userId: string }[]>(
      // In a CTE: TypeORM answers a bare DELETE … RETURNING with [rows, count].
      `WITH removed AS (
         DELETE FROM membership WHERE organisation_id = $1 AND user_id <> $2 RETURNING user_id)
       SELECT user_id AS "userId" FROM removed`,
      [organisationId, ownerUserId],
    );
    await manager.query(
      `INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'owner')
       ON CONFLICT ON CONSTRAINT uq_membership_user_organisation DO UPDATE SET role = 'owner'`,
      [ownerUserId, organisationId],
    );
    return removed.map((row) => row.userId);
  }
}
