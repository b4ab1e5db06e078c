import type {
  CertificationLevel,
  CertificationSource,
  CertificationStatus,
  SmeTier,
} from '../entities/sme-certification.entity';
import type { CertificationAction } from '../entities/sme-certification-event.entity';
import { countsOn } from '../tiers/tier-rules';
import type { CertificationEventRow, CertificationQueueRow } from './certification.store';

/** The fields of a certificate every view shows (an entity or a store row). */
export interface CertificationFields {
  id: string;
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

export interface CertificationView {
  id: string;
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
  decidedAt: string | null;
  createdAt: string;
  /** Verified and inside its window today: whether it counts for eligibility, ranking, search. */
  counts: boolean;
}

export interface CertificationHistoryEntry {
  action: CertificationAction;
  fromStatus: string | null;
  toStatus: string;
  /** Display name of who did it; null for the system. */
  actorName: string | null;
  reason: string | null;
  at: string;
}

export interface CertificationWithHistory extends CertificationView {
  history: CertificationHistoryEntry[];
}

export interface CertificationQueueItem extends CertificationView {
  organisationId: string;
  organisationName: string;
  organisationUscc: string;
}

export function toCertificationView(row: CertificationFields, today: string): CertificationView {
  return {
    id: row.id,
    tier: row.tier,
    level: row.level,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    status: row.status,
    source: row.source,
    certificateNumber: row.certificateNumber,
    issuingAuthority: row.issuingAuthority,
    listYear: row.listYear,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    counts: countsOn(row, today),
  };
}

export function toHistoryEntry(row: CertificationEventRow): CertificationHistoryEntry {
  return {
    action: row.action,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    actorName: row.actorName,
    reason: row.reason,
    at: row.createdAt.toISOString(),
  };
}

export function toQueueItem(row: CertificationQueueRow, today: string): CertificationQueueItem {
  return {
    ...toCertificationView(row, today),
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    organisationUscc: row.organisationUscc,
  };
}
