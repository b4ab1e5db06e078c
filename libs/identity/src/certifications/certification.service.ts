import { Injectable } from '@nestjs/common';
import {
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  ValidationFailedError,
} from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import type { EntityManager } from 'typeorm';
import type { CertificationQueueQuery, SubmitCertificationDto } from '../dto/certification.dto';
import type { CertificationStatus } from '../entities/sme-certification.entity';
import type { AuthenticatedUser } from '../services/access-token.service';
import { organisationNotFound } from '../services/identity-errors';
import { OrganisationAccess } from '../services/organisation-access';
import { Organisations } from '../read/organisations.store';
import { COUNTING_STATUSES } from '../tiers/tier-rules';
import { TrustDecisions } from '../trust/trust-decisions.store';
import { CertificationRow, CertificationStore } from './certification.store';
import {
  CertificationQueueItem,
  CertificationView,
  CertificationWithHistory,
  toCertificationView,
  toHistoryEntry,
  toQueueItem,
} from './certification-views';

export type CertificationDecision = 'verify' | 'reject' | 'revoke';

/** Which statuses each decision leaves from, and where it leads. */
const DECISIONS: Record<
  CertificationDecision,
  { from: CertificationStatus[]; to: CertificationStatus; reasonRequired: boolean }
> = {
  verify: { from: ['pending', 'under_review'], to: 'verified', reasonRequired: false },
  reject: { from: ['pending', 'under_review'], to: 'rejected', reasonRequired: true },
  revoke: { from: ['verified', 'under_review'], to: 'revoked', reasonRequired: true },
};

const ACTION_OF = { verify: 'verified', reject: 'rejected', revoke: 'revoked' } as const;

const certificationNotFound = () =>
  new NotFoundError('CERTIFICATION_NOT_FOUND', 'No such certification');

/**
 * 梯度培育 certificates: owners submit them with evidence (pending), organisers and admins verify,
 * reject or revoke them with a reason; every change is in the history and a change of what
 * counts re-indexes the organisation through the outbox.
 */
@Injectable()
export class CertificationService {
  constructor(
    private readonly store: CertificationStore,
    private readonly access: OrganisationAccess,
    private readonly organisations: Organisations,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly decisions: TrustDecisions,
  ) {}

  /** Owners only (other members get 403); only SMEs hold 梯度培育 certificates. */
  async submit(
    caller: AuthenticatedUser,
    organisationId: string,
    input: SubmitCertificationDto,
  ): Promise<CertificationView> {
    await this.assertOwner(caller, organisationId);
    if (input.validUntil <= input.issuedOn) {
      throw ValidationFailedError.field(
        'validUntil',
        'must be after issuedOn（有效期须晚于认定日期）',
      );
    }
    const [organisation] = await this.organisations.capabilities([organisationId]);
    if (!organisation) throw organisationNotFound();
    if (organisation.type !== 'sme') {
      throw ValidationFailedError.field(
        'tier',
        'only SMEs hold 梯度培育 certifications（仅中小企业可申报梯度培育资质）',
        'CERTIFICATION_NOT_SME',
      );
    }
    return this.transactions.run(async (manager) => {
      const row = await this.store.insert(manager, {
        organisationId,
        tier: input.tier,
        level: input.level,
        issuedOn: input.issuedOn,
        validUntil: input.validUntil,
        status: 'pending',
        source: 'submitted',
        certificateNumber: input.certificateNumber.trim(),
        issuingAuthority: input.issuingAuthority.trim(),
        listYear: input.listYear ?? null,
        decidedByUserId: null,
      });
      await this.store.insertEvent(manager, {
        certificationId: row.id,
        organisationId,
        action: 'submitted',
        fromStatus: null,
        toStatus: 'pending',
        actorUserId: caller.id,
        reason: null,
      });
      return toCertificationView(row, this.clock.today());
    });
  }

  /** Every certificate of the organisation with its history (members and admins). */
  async list(
    caller: AuthenticatedUser,
    organisationId: string,
  ): Promise<CertificationWithHistory[]> {
    await this.access.assert(caller, organisationId, 'member');
    const rows = await this.store.of(organisationId);
    const events = await this.store.eventsOf(rows.map((row) => row.id));
    const today = this.clock.today();
    return rows.map((row) => ({
      ...toCertificationView(row, today),
      history: events.filter((e) => e.certificationId === row.id).map(toHistoryEntry),
    }));
  }

  /** Certificates in a status (pending by default), oldest first (organisers and admins). */
  async queue(
    caller: AuthenticatedUser,
    query: CertificationQueueQuery,
  ): Promise<Page<CertificationQueueItem>> {
    this.assertReviewer(caller);
    const { rows, total } = await this.store.queue(
      query.status,
      caller.id,
      query.limit,
      (query.page - 1) * query.limit,
    );
    const today = this.clock.today();
    return {
      items: rows.map((row) => toQueueItem(row, today)),
      page: query.page,
      limit: query.limit,
      total,
    };
  }

  /** Verify, reject or revoke (organisers and admins, never for their own organisation). */
  async decide(
    caller: AuthenticatedUser,
    certificationId: string,
    decision: CertificationDecision,
    reason: string | undefined,
  ): Promise<CertificationView> {
    this.assertReviewer(caller);
    const rule = DECISIONS[decision];
    const why = reason?.trim() || null;
    if (rule.reasonRequired && !why) {
      throw ValidationFailedError.field('reason', 'is required to reject or revoke（请填写理由）');
    }
    return this.transactions.run(async (manager) => {
      const row = await this.store.lock(manager, certificationId);
      if (!row) throw certificationNotFound();
      if ((await this.access.roleIn(caller, row.organisationId)) !== undefined) {
        throw new ForbiddenError(
          'OWN_ORGANISATION',
          "Nobody verifies their own organisation's certifications",
        );
      }
      if (!rule.from.includes(row.status)) {
        throw new ConflictError(
          'CERTIFICATION_STATE',
          `A ${row.status} certification cannot be ${ACTION_OF[decision]}`,
        );
      }
      await this.store.setStatus(manager, row.id, {
        status: rule.to,
        reason: why,
        actorUserId: caller.id,
      });
      const decisionId = await this.store.insertEvent(manager, {
        certificationId: row.id,
        organisationId: row.organisationId,
        action: ACTION_OF[decision],
        fromStatus: row.status,
        toStatus: rule.to,
        actorUserId: caller.id,
        reason: why,
      });
      await this.decisions.announce(manager, 'certification', row.id, decisionId);
      if (COUNTING_STATUSES.includes(row.status) !== COUNTING_STATUSES.includes(rule.to)) {
        await this.tierChanged(manager, row.organisationId);
      }
      const updated = await this.store.lock(manager, row.id);
      return toCertificationView(updated as CertificationRow, this.clock.today());
    });
  }

  /**
   * Daily: certificates that counted and whose window has ended get a `lapsed` history entry,
   * and their organisations are re-indexed (the `minTier` filter reads the index).
   */
  async recordLapses(batchSize: number): Promise<number> {
    const today = this.clock.today();
    let total = 0;
    for (;;) {
      const count = await this.transactions.run(async (manager) => {
        const rows = await this.store.lapsed(manager, today, COUNTING_STATUSES, batchSize);
        if (rows.length === 0) return 0;
        for (const row of rows) {
          await this.store.insertEvent(manager, {
            certificationId: row.id,
            organisationId: row.organisationId,
            action: 'lapsed',
            fromStatus: row.status,
            toStatus: row.status,
            actorUserId: null,
            reason: `有效期至 ${row.validUntil}`,
          });
        }
        await this.store.markLapsed(
          manager,
          rows.map((row) => row.id),
        );
        for (const organisationId of new Set(rows.map((row) => row.organisationId))) {
          await this.tierChanged(manager, organisationId);
        }
        return rows.length;
      });
      total += count;
      if (count < batchSize) return total;
    }
  }

  /** What counts for the organisation changed: bump its version and tell the indexer. */
  async tierChanged(manager: EntityManager, organisationId: string): Promise<void> {
    const version = await this.store.bumpOrganisationVersion(manager, organisationId);
    await this.outbox.append(manager, {
      type: 'organisation.updated',
      entityType: 'organisation',
      entityId: organisationId,
      version,
      payload: { organisationId },
    });
  }

  assertReviewer(caller: AuthenticatedUser): void {
    if (!caller.platformRoles.includes('admin') && !caller.platformRoles.includes('organiser')) {
      throw new ForbiddenError(
        'REVIEWER_ONLY',
        'Only organisers and platform admins review certifications',
      );
    }
  }

  private async assertOwner(caller: AuthenticatedUser, organisationId: string): Promise<void> {
    if (this.access.isAdmin(caller)) return;
    const role = await this.access.roleIn(caller, organisationId);
    if (role === undefined) throw organisationNotFound();
    if (role !== 'owner') {
      throw new ForbiddenError(
        'OWNER_ONLY',
        'Only owners of the organisation may submit certifications',
      );
    }
  }
}
