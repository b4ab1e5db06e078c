import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  Page,
  ValidationFailedError,
} from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import type { NameChangeQueueQuery } from '../dto/name-change.dto';
import { Organisation } from '../entities/organisation.entity';
import type { AuthenticatedUser } from '../services/access-token.service';
import { organisationNotFound } from '../services/identity-errors';
import { OrganisationAccess } from '../services/organisation-access';
import { TrustDecisions } from '../trust/trust-decisions.store';
import { NameChangeStore } from './name-change.store';
import { NameChangeView, toNameChangeView } from './name-change-views';

export type NameChangeDecision = 'approve' | 'reject';

const nameChangeNotFound = () =>
  new NotFoundError('NAME_CHANGE_NOT_FOUND', 'No such organisation name change');

/**
 * Renaming an organisation: owners ask (members 403), the public name stays until an organiser
 * or admin approves (never for their own organisation); each request is kept as the name
 * history, and an approval re-indexes the organisation through the outbox.
 */
@Injectable()
export class NameChangeService {
  constructor(
    private readonly store: NameChangeStore,
    private readonly access: OrganisationAccess,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly decisions: TrustDecisions,
  ) {}

  /**
   * Inside a profile update, with the organisation locked: a name other than the public one (and
   * the one already asked for) becomes the pending request, replacing an older one. Returns
   * whether a request was made.
   */
  async request(
    manager: EntityManager,
    caller: AuthenticatedUser,
    organisation: Organisation,
    name: string,
  ): Promise<boolean> {
    const wanted = name.trim();
    if (wanted === organisation.name) return false;
    const pending = (await this.store.pendingOf([organisation.id])).get(organisation.id);
    if (pending?.toName === wanted) return false;
    if (
      !this.access.isAdmin(caller) &&
      (await this.access.roleIn(caller, organisation.id)) !== 'owner'
    ) {
      throw new ForbiddenError(
        'OWNER_ONLY',
        '只有机构所有者可以修改机构名称 (only owners rename the organisation)',
      );
    }
    await this.store.withdrawPending(manager, organisation.id);
    await this.store.insert(manager, {
      organisationId: organisation.id,
      fromName: organisation.name,
      toName: wanted,
      requestedByUserId: caller.id,
    });
    return true;
  }

  /** An owner takes the pending request back; the public name stays (members 403, decided 409). */
  async withdraw(caller: AuthenticatedUser, id: string): Promise<NameChangeView> {
    await this.transactions.run(async (manager) => {
      const change = await this.store.lock(manager, id);
      if (!change) throw nameChangeNotFound();
      if (!this.access.isAdmin(caller)) {
        const role = await this.access.roleIn(caller, change.organisationId);
        if (role === undefined) throw nameChangeNotFound();
        if (role !== 'owner') {
          throw new ForbiddenError(
            'OWNER_ONLY',
            '只有机构所有者可以撤回名称变更 (only owners withdraw a name change)',
          );
        }
      }
      if (change.status !== 'pending') {
        throw new ConflictError(
          'NAME_CHANGE_STATE',
          `只能撤回审核中的名称变更 (this name change is ${change.status}, not pending)`,
        );
      }
      await this.store.decide(manager, id, {
        status: 'withdrawn',
        reason: null,
        actorUserId: caller.id,
      });
    });
    const row = await this.store.get(id);
    if (!row) throw nameChangeNotFound();
    return toNameChangeView(row);
  }

  /** The organisation's name history, newest first (members and admins). */
  async history(caller: AuthenticatedUser, organisationId: string): Promise<NameChangeView[]> {
    await this.access.assert(caller, organisationId, 'member');
    return (await this.store.of(organisationId)).map(toNameChangeView);
  }

  /** Requests in a status (pending by default), oldest first: organisers and admins. */
  async queue(
    caller: AuthenticatedUser,
    query: NameChangeQueueQuery,
  ): Promise<Page<NameChangeView>> {
    assertReviewer(caller);
    const { rows, total } = await this.store.queue(
      query.status,
      caller.id,
      query.limit,
      (query.page - 1) * query.limit,
    );
    return { items: rows.map(toNameChangeView), page: query.page, limit: query.limit, total };
  }

  async decide(
    caller: AuthenticatedUser,
    id: string,
    decision: NameChangeDecision,
    reason: string | undefined,
  ): Promise<NameChangeView> {
    assertReviewer(caller);
    const why = reason?.trim() || null;
    if (decision === 'reject' && !why) {
      throw ValidationFailedError.field('reason', 'is required to reject（请填写理由）');
    }
    await this.transactions.run(async (manager) => {
      const change = await this.store.lock(manager, id);
      if (!change) throw nameChangeNotFound();
      if ((await this.access.roleIn(caller, change.organisationId)) !== undefined) {
        throw new ForbiddenError(
          'OWN_ORGANISATION',
          "Nobody reviews their own organisation's name",
        );
      }
      if (change.status !== 'pending') {
        throw new ConflictError(
          'NAME_CHANGE_STATE',
          `This name change is ${change.status}, not pending`,
        );
      }
      await this.store.decide(manager, id, {
        status: decision === 'approve' ? 'approved' : 'rejected',
        reason: why,
        actorUserId: caller.id,
      });
      await this.decisions.announce(manager, 'name_change', id, id);
      if (decision === 'reject') return;
      const organisation = await manager.findOne(Organisation, {
        where: { id: change.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw organisationNotFound();
      organisation.name = change.toName;
      const saved = await manager.save(organisation);
      await this.outbox.append(manager, {
        type: 'organisation.updated',
        entityType: 'organisation',
        entityId: organisation.id,
        version: saved.version,
        payload: { organisationId: organisation.id },
      });
    });
    const row = await this.store.get(id);
    if (!row) throw nameChangeNotFound();
    return toNameChangeView(row);
  }
}

function assertReviewer(caller: AuthenticatedUser): void {
  if (!caller.platformRoles.includes('admin') && !caller.platformRoles.includes('organiser')) {
    throw new ForbiddenError(
      'REVIEWER_ONLY',
      'Only organisers and platform admins review organisation names',
    );
  }
}
