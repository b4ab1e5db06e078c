import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxWriter } from '@rongtong/database';
import type { TrustSubject } from '@rongtong/jobs';
import type { SmeTier } from '../entities/sme-certification.entity';
import type { UsccClaimKind } from '../entities/uscc-claim.entity';
import { Memberships } from '../read/memberships.store';

/** What a reviewer decided about a certificate, a USCC claim or a name change, as told to the asker. */
export type TrustDecision = {
  subjectId: string;
  organisationId: string;
  organisationName: string;
  reason: string | null;
  /** Who hears it: the organisation's owners; a claim's claimant. */
  recipientUserIds: string[];
} & (
  | {
      subject: 'certification';
      outcome: 'verified' | 'rejected' | 'revoked';
      tier: SmeTier;
    }
  | {
      subject: 'uscc_claim';
      /** `superseded`: another claim on the same code was verified. */
      outcome: 'verified' | 'rejected' | 'revoked' | 'superseded';
      uscc: string;
      kind: UsccClaimKind;
    }
  | { subject: 'name_change'; outcome: 'approved' | 'rejected'; fromName: string; toName: string }
);

interface CertificationDecisionRow {
  action: 'verified' | 'rejected' | 'revoked';
  reason: string | null;
  certificationId: string;
  organisationId: string;
  organisationName: string;
  tier: SmeTier;
}

interface ClaimDecisionRow {
  action: string;
  reason: string | null;
  claimId: string;
  organisationId: string;
  organisationName: string;
  uscc: string;
  kind: UsccClaimKind;
  claimantUserId: string;
}

interface NameDecisionRow {
  status: 'approved' | 'rejected' | 'pending' | 'withdrawn';
  reason: string | null;
  organisationId: string;
  organisationName: string;
  fromName: string;
  toName: string;
}

const CLAIM_OUTCOMES: Record<string, Extract<TrustDecision, { subject: 'uscc_claim' }>['outcome']> =
  {
    'uscc_claim.verified': 'verified',
    'uscc_claim.rejected': 'rejected',
    'uscc_claim.revoked': 'revoked',
    'uscc_claim.superseded': 'superseded',
  };

/**
 * Review decisions on what an organisation claims about itself: announced through the outbox in
 * the deciding transaction, read back by notify's handler (which owns no identity table).
 */
@Injectable()
export class TrustDecisions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly memberships: Memberships,
  ) {}

  /** In the deciding transaction: the asker hears of the decision recorded as `decisionId`. */
  announce(
    manager: EntityManager,
    subject: TrustSubject,
    subjectId: string,
    decisionId: string,
  ): Promise<void> {
    return this.outbox.append(manager, {
      type: 'trust.decided',
      entityType: subject,
      entityId: subjectId,
      version: 1,
      payload: { subject, subjectId, decisionId },
    });
  }

  /** The decision, or undefined when it is not (or no longer) a decision of that record. */
  async find(
    subject: TrustSubject,
    subjectId: string,
    decisionId: string,
  ): Promise<TrustDecision | undefined> {
    if (subject === 'certification') return this.certification(subjectId, decisionId);
    if (subject === 'uscc_claim') return this.claim(subjectId, decisionId);
    return this.nameChange(subjectId);
  }

  private async certification(id: string, decisionId: string) {
    const [row] = await this.dataSource.query<CertificationDecisionRow[]>(
      `SELECT e.action, e.reason, c.id AS "certificationId", c.organisation_id AS "organisationId",
              o.name AS "organisationName", c.tier
         FROM sme_certification_event e
         JOIN sme_certification c ON c.id = e.certification_id
         JOIN organisation o ON o.id = c.organisation_id
        WHERE e.id = $1::bigint AND c.id = $2
          AND e.action IN ('verified', 'rejected', 'revoked')`,
      [decisionId, id],
    );
    if (!row) return undefined;
    return {
      subject: 'certification' as const,
      subjectId: row.certificationId,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      reason: row.reason,
      recipientUserIds: await this.memberships.ownerIdsOf(row.organisationId),
      outcome: row.action,
      tier: row.tier,
    };
  }

  private async claim(id: string, decisionId: string) {
    const [row] = await this.dataSource.query<ClaimDecisionRow[]>(
      `SELECT a.action, a.details->>'reason' AS reason, c.id AS "claimId",
              c.organisation_id AS "organisationId", o.name AS "organisationName", c.uscc, c.kind,
              c.claimant_user_id AS "claimantUserId"
         FROM audit_log a
         JOIN uscc_claim c ON c.id::text = a.subject_id
         JOIN organisation o ON o.id = c.organisation_id
        WHERE a.id = $1::bigint AND a.subject_type = 'uscc_claim' AND c.id = $2`,
      [decisionId, id],
    );
    const outcome = row ? CLAIM_OUTCOMES[row.action] : undefined;
    if (!row || !outcome) return undefined;
    return {
      subject: 'uscc_claim' as const,
      subjectId: row.claimId,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      reason: row.reason,
      recipientUserIds: await this.claimRecipients(row, outcome),
      outcome,
      uscc: row.uscc,
      kind: row.kind,
    };
  }

  private async nameChange(id: string) {
    const [row] = await this.dataSource.query<NameDecisionRow[]>(
      `SELECT n.status, n.decision_reason AS reason, n.organisation_id AS "organisationId",
              o.name AS "organisationName", n.from_name AS "fromName", n.to_name AS "toName"
         FROM organisation_name_change n JOIN organisation o ON o.id = n.organisation_id
        WHERE n.id = $1`,
      [id],
    );
    if (!row || (row.status !== 'approved' && row.status !== 'rejected')) return undefined;
    return {
      subject: 'name_change' as const,
      subjectId: id,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      reason: row.reason,
      recipientUserIds: await this.memberships.ownerIdsOf(row.organisationId),
      outcome: row.status,
      fromName: row.fromName,
      toName: row.toName,
    };
  }

  /**
   * A claim's claimant asked; a registration claim concerns the organisation's owners too. A
   * dispute's claimant is not a member yet, and the current owners are the other side; a claim
   * superseded by another one goes to its claimant alone (after a dispute, the owners changed).
   */
  private async claimRecipients(
    row: ClaimDecisionRow,
    outcome: Extract<TrustDecision, { subject: 'uscc_claim' }>['outcome'],
  ): Promise<string[]> {
    if (row.kind === 'dispute' || outcome === 'superseded') return [row.claimantUserId];
    const owners = await this.memberships.ownerIdsOf(row.organisationId);
    return [...new Set([row.claimantUserId, ...owners])].sort();
  }
}
