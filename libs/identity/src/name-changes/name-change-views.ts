import type { NameChangeStatus } from '../entities/organisation-name-change.entity';
import type { NameChangeRow } from './name-change.store';

/** A request to rename an organisation, as members and reviewers see it. */
export interface NameChangeView {
  id: string;
  organisationId: string;
  /** The public name now (it stays until a reviewer approves). */
  currentName: string;
  organisationUscc: string;
  fromName: string;
  toName: string;
  status: NameChangeStatus;
  requestedByName: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export function toNameChangeView(row: NameChangeRow): NameChangeView {
  return {
    ...row,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The pending request a member view shows beside the public name. */
export interface PendingNameView {
  id: string;
  name: string;
  requestedAt: string;
}

export function toPendingName(row: NameChangeRow | undefined): PendingNameView | null {
  return row ? { id: row.id, name: row.toName, requestedAt: row.createdAt.toISOString() } : null;
}
