import type { UsccClaimKind, UsccClaimStatus } from '../entities/uscc-claim.entity';
import type { UsccClaimEventRow, UsccClaimRow } from './uscc-claim.store';

export interface UsccClaimHistoryEntry {
  /** submitted, verified, rejected, revoked, superseded, ownership_transferred */
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  /** Display name of who did it. */
  actorName: string | null;
  at: string;
}

/** A claim as its claimant and reviewers see it. */
export interface UsccClaimView {
  id: string;
  uscc: string;
  kind: UsccClaimKind;
  status: UsccClaimStatus;
  organisationId: string;
  /** The name the organisation is registered under on the platform. */
  organisationName: string;
  /** The company name the claimant gave. */
  claimedName: string;
  evidence: string;
  claimant: { userId: string; displayName: string; email: string; emailVerified: boolean };
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
  history: UsccClaimHistoryEntry[];
}

export function toHistoryEntry(row: UsccClaimEventRow): UsccClaimHistoryEntry {
  return {
    action: row.action.replace(/^uscc_claim\./, ''),
    fromStatus: row.details.fromStatus ?? null,
    toStatus: row.details.toStatus ?? null,
    reason: row.details.reason ?? null,
    actorName: row.actorName,
    at: row.createdAt.toISOString(),
  };
}

export function toUsccClaimView(row: UsccClaimRow, events: UsccClaimEventRow[]): UsccClaimView {
  return {
    id: row.id,
    uscc: row.uscc,
    kind: row.kind,
    status: row.status,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    claimedName: row.claimedName,
    evidence: row.evidence,
    claimant: {
      userId: row.claimantUserId,
      displayName: row.claimantName,
      email: row.claimantEmail,
      emailVerified: row.claimantEmailVerified,
    },
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    history: events.filter((event) => event.claimId === row.id).map(toHistoryEntry),
  };
}
