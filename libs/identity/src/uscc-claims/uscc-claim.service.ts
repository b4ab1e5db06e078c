import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  ValidationFailedError,
} from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import type { SubmitUsccClaimDto, UsccClaimQueueQuery } from '../dto/uscc-claim.dto';
import type { UsccClaimKind, UsccClaimStatus } from '../entities/uscc-claim.entity';
import type { AuthenticatedUser } from '../services/access-token.service';
import { OrganisationAccess } from '../services/organisation-access';
import { UsccPolicy } from '../services/uscc-policy';
import { TrustDecisions } from '../trust/trust-decisions.store';
import { NewUsccClaim, UsccClaimStore } from './uscc-claim.store';
import { toUsccClaimView, UsccClaimView } from './uscc-claim-views';

export type UsccClaimDecision = 'approve' | 'reject' | 'revoke';

const DECISIONS: Record<
  UsccClaimDecision,
  { from: UsccClaimStatus; to: UsccClaimStatus; action: string; reasonRequired: boolean }
> = {
  approve: { from: 'pending', to: 'verified', action: 'verified', reasonRequired: false },
  reject: { from: 'pending', to: 'rejected', action: 'rejected', reasonRequired: true },
  revoke: { from: 'verified', to: 'rejected', action: 'revoked', reasonRequired: true },
};

const claimNotFound = () => new NotFoundError('USCC_CLAIM_NOT_FOUND', 'No such USCC claim');

export const usccAlreadyVerified = (field = 'uscc') =>
  new ConflictError(
    'USCC_ALREADY_VERIFIED',
    '该统一社会信用代码已由平台核验归属；如有异议，请联系平台管理员 (this USCC is verified for its organisation already)',
    [{ field, messages: ['is verified for another account already'] }],
  );

/**
 * 统一社会信用代码 claims. A USCC typed at sign-up is a pending `registration` claim; someone else
 * who represents the company files a `dispute` instead of meeting a dead end. Organisers and
 * admins verify or reject registration claims, admins alone decide disputes (verifying one hands
 * the organisation over); nobody decides a claim on their own organisation. Every step is in
 * audit_log.
 */
@Injectable()
export class UsccClaimService {
  constructor(
    private readonly store: UsccClaimStore,
    private readonly access: OrganisationAccess,
    private readonly uscc: UsccPolicy,
    private readonly transactions: TransactionRunner,
    private readonly decisions: TrustDecisions,
  ) {}

  /** Records a claim inside the caller's transaction (sign-up), with its audit entry. */
  async record(manager: EntityManager, claim: NewUsccClaim): Promise<string> {
    let id: string;
    try {
      id = await this.store.insert(manager, claim);
    } catch (error) {
      if (uniqueViolation(error) === 'uq_uscc_claim_pending_claimant') {
        throw new ConflictError(
          'USCC_CLAIM_PENDING',
          '您对该统一社会信用代码的认领申请正在审核中 (your claim on this USCC is under review already)',
        );
      }
      throw error;
    }
    await this.store.audit(manager, {
      claimId: id,
      actorUserId: claim.claimantUserId,
      action: 'uscc_claim.submitted',
      details: { kind: claim.kind, uscc: claim.uscc, fromStatus: null, toStatus: 'pending' },
    });
    return id;
  }

  /**
   * POST /uscc-claims: the owner of the organisation registered with the USCC claims it again
   * (after a rejection), anyone else disputes it. 409 when no organisation holds the code
   * (register instead), when a claim on it is verified already, or when one of the caller's is
   * pending.
   */
  async submit(caller: AuthenticatedUser, input: SubmitUsccClaimDto): Promise<UsccClaimView> {
    const uscc = await this.uscc.normalise('uscc', input.uscc);
    const id = await this.transactions.run(async (manager) => {
      const holder = await this.store.holderOf(manager, uscc);
      if (!holder) {
        throw new ConflictError(
          'USCC_NOT_REGISTERED',
          '该统一社会信用代码尚未在平台注册，请直接注册机构 (no organisation holds this USCC: register it instead)',
          [{ field: 'uscc', messages: ['is not registered: register the organisation instead'] }],
        );
      }
      if (await this.store.verifiedExists(manager, uscc)) throw usccAlreadyVerified();
      const role = await this.access.roleIn(caller, holder.id);
      if (role === 'member') {
        throw new ForbiddenError('OWNER_ONLY', "Only the organisation's owners claim its USCC");
      }
      const kind: UsccClaimKind = role === 'owner' ? 'registration' : 'dispute';
      return this.record(manager, {
        uscc,
        organisationId: holder.id,
        claimantUserId: caller.id,
        kind,
        claimedName: input.claimedName?.trim() || holder.name,
        evidence: input.evidence.trim(),
      });
    });
    return this.view(id);
  }

  /** The claims the caller made, newest first. */
  async mine(caller: AuthenticatedUser): Promise<UsccClaimView[]> {
    const rows = await this.store.byClaimant(caller.id);
    const history = await this.store.history(rows.map((row) => row.id));
    return rows.map((row) => toUsccClaimView(row, history));
  }

  /** One claim with its history: its claimant and reviewers (others 404). */
  async get(caller: AuthenticatedUser, id: string): Promise<UsccClaimView> {
    const row = await this.store.get(id);
    if (!row || (row.claimantUserId !== caller.id && !isReviewer(caller))) throw claimNotFound();
    return this.view(id);
  }

  /**
   * Claims in a status (pending by default) the caller may decide, oldest first: organisers and
   * admins (disputes admins only).
   */
  async queue(caller: AuthenticatedUser, query: UsccClaimQueueQuery): Promise<Page<UsccClaimView>> {
    assertReviewer(caller);
    const { rows, total } = await this.store.queue(
      query.status,
      query.kind,
      { id: caller.id, admin: caller.platformRoles.includes('admin') },
      query.limit,
      (query.page - 1) * query.limit,
    );
    const history = await this.store.history(rows.map((row) => row.id));
    return {
      items: rows.map((row) => toUsccClaimView(row, history)),
      page: query.page,
      limit: query.limit,
      total,
    };
  }

  /** The claimant takes a pending claim back (others 404; a decided claim 409). */
  async withdraw(caller: AuthenticatedUser, id: string): Promise<UsccClaimView> {
    await this.transactions.run(async (manager) => {
      const claim = await this.store.lockUscc(manager, id);
      if (!claim || claim.claimantUserId !== caller.id) throw claimNotFound();
      if (claim.status !== 'pending') {
        throw new ConflictError(
          'USCC_CLAIM_STATE',
          `只能撤回审核中的认领申请 (a ${claim.status} claim cannot be withdrawn)`,
        );
      }
      await this.store.setStatus(manager, claim.id, {
        status: 'withdrawn',
        reason: null,
        actorUserId: caller.id,
      });
      await this.store.audit(manager, {
        claimId: claim.id,
        actorUserId: caller.id,
        action: 'uscc_claim.withdrawn',
        details: { uscc: claim.uscc, fromStatus: 'pending', toStatus: 'withdrawn', reason: null },
      });
    });
    return this.view(id);
  }

  /**
   * Approve, reject or revoke with a reason. Approving one claim rejects the other pending
   * claims on the same USCC; approving a dispute makes the claimant the organisation's owner
   * and removes its other members.
   */
  async decide(
    caller: AuthenticatedUser,
    id: string,
    decision: UsccClaimDecision,
    reason: string | undefined,
  ): Promise<UsccClaimView> {
    assertReviewer(caller);
    const rule = DECISIONS[decision];
    const why = reason?.trim() || null;
    if (rule.reasonRequired && !why) {
      throw ValidationFailedError.field('reason', 'is required to reject or revoke（请填写理由）');
    }
    await this.transactions.run(async (manager) => {
      const claim = await this.store.lockUscc(manager, id);
      if (!claim) throw claimNotFound();
      if (claim.kind === 'dispute' && !caller.platformRoles.includes('admin')) {
        throw new ForbiddenError('ADMIN_ONLY', 'Only platform admins decide USCC disputes');
      }
      if (
        claim.claimantUserId === caller.id ||
        (await this.access.roleIn(caller, claim.organisationId)) !== undefined
      ) {
        throw new ForbiddenError(
          'OWN_ORGANISATION',
          "Nobody decides a claim on their own organisation's USCC",
        );
      }
      if (claim.status !== rule.from) {
        throw new ConflictError(
          'USCC_CLAIM_STATE',
          `A ${claim.status} claim cannot be ${rule.action}`,
        );
      }
      if (decision === 'approve' && claim.kind === 'dispute' && !claim.claimantEmailVerified) {
        throw new ConflictError(
          'USCC_CLAIMANT_UNVERIFIED',
          '申请人尚未验证邮箱，暂不能核验 (the claimant has not verified their email address)',
        );
      }
      await this.store.setStatus(manager, claim.id, {
        status: rule.to,
        reason: why,
        actorUserId: caller.id,
      });
      const decisionId = await this.store.audit(manager, {
        claimId: claim.id,
        actorUserId: caller.id,
        action: `uscc_claim.${rule.action}`,
        details: { uscc: claim.uscc, fromStatus: claim.status, toStatus: rule.to, reason: why },
      });
      await this.decisions.announce(manager, 'uscc_claim', claim.id, decisionId);
      if (decision !== 'approve') return;
      for (const other of await this.store.otherPending(manager, claim.uscc, claim.id)) {
        const superseded =
          '该统一社会信用代码已核验为其他申请 (another claim on this USCC was verified)';
        await this.store.setStatus(manager, other, {
          status: 'rejected',
          reason: superseded,
          actorUserId: caller.id,
        });
        const supersededId = await this.store.audit(manager, {
          claimId: other,
          actorUserId: caller.id,
          action: 'uscc_claim.superseded',
          details: { fromStatus: 'pending', toStatus: 'rejected', reason: superseded },
        });
        await this.decisions.announce(manager, 'uscc_claim', other, supersededId);
      }
      if (claim.kind === 'dispute') {
        const removed = await this.store.handOver(
          manager,
          claim.organisationId,
          claim.claimantUserId,
        );
        await this.store.audit(manager, {
          claimId: claim.id,
          actorUserId: caller.id,
          action: 'uscc_claim.ownership_transferred',
          details: {
            organisationId: claim.organisationId,
            newOwnerUserId: claim.claimantUserId,
            removedUserIds: removed,
          },
        });
      }
    });
    return this.view(id);
  }

  private async view(id: string): Promise<UsccClaimView> {
    const row = await this.store.get(id);
    if (!row) throw claimNotFound();
    return toUsccClaimView(row, await this.store.history([id]));
  }
}

function isReviewer(caller: AuthenticatedUser): boolean {
  return caller.platformRoles.includes('admin') || caller.platformRoles.includes('organiser');
}

function assertReviewer(caller: AuthenticatedUser): void {
  if (!isReviewer(caller)) {
    throw new ForbiddenError(
      'REVIEWER_ONLY',
      'Only organisers and platform admins review USCC claims',
    );
  }
}
