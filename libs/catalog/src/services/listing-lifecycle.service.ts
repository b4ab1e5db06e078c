import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  ConflictError,
  ValidationFailedError,
} from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { assertVersion } from '../dto/listing-version';
import { TransitionDto } from '../dto/transition.dto';
import { LISTING_KINDS, ListingKind } from '../entities/listing-base';
import { ListingStateChange } from '../entities/listing-transition.entity';
import {
  ACTION_ACTORS,
  ListingAction,
  nextState,
  transitionsFrom,
} from '../vocabulary/listing-states';
import { ListingPolicy } from './listing-policy';
import { ListingExpiryStore } from './listing-expiry.store';
import { ListingRevisionStore } from './listing-revision.store';
import { LISTING_ENTITY, ListingOf, ListingRepositories } from './listing-registry';
import { ListingView, toListingView } from './listing-views';
import { ListingWriter } from './listing-writer';

/**
 * The listing state machine in use: who may take which action, what each action needs, and the
 * history row every change leaves. Expiry runs here too, as a repeatable job.
 */
@Injectable()
export class ListingLifecycle {
  private readonly logger = new Logger(ListingLifecycle.name);

  constructor(
    private readonly repositories: ListingRepositories,
    private readonly policy: ListingPolicy,
    private readonly transactions: TransactionRunner,
    private readonly writer: ListingWriter,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly expiry: ListingExpiryStore,
    private readonly revisionStore: ListingRevisionStore,
  ) {}

  get reviewRequired(): boolean {
    return this.config.catalog.reviewRequired;
  }

  async transition(
    kind: ListingKind,
    caller: AuthenticatedUser,
    id: string,
    input: TransitionDto,
  ): Promise<ListingView> {
    const current = await this.repositories.load(kind, id);
    if (ACTION_ACTORS[input.action] === 'reviewer') {
      await this.policy.assertReadable(kind, caller, current);
      await this.policy.assertMayReview(caller, current.organisationId);
    } else {
      await this.policy.assertOwner(kind, caller, current);
      await this.policy.assertMayPublish(caller, input.action);
    }
    if ((input.action === 'approve' || input.action === 'reject') && input.version === undefined) {
      throw ValidationFailedError.field(
        'version',
        `is required to ${input.action}: the listing version you reviewed`,
      );
    }
    if (input.action === 'reject' && !input.reason) {
      throw ValidationFailedError.field('reason', 'is required to reject a listing');
    }
    const today = this.clock.today();
    if (input.action === 'renew' && (!input.validUntil || input.validUntil <= today)) {
      throw ValidationFailedError.field(
        'validUntil',
        `a renewal needs a new last day after today (${today})`,
      );
    }
    await this.transactions.run(async (manager) => {
      const listing = (await manager.findOne(LISTING_ENTITY[kind], {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      })) as ListingOf[typeof kind] | null;
      if (!listing) throw new ConflictError('LISTING_GONE', 'The listing was deleted meanwhile');
      assertVersion(kind, listing.version, input.version);
      await this.apply(manager, kind, listing, input.action, caller.id, input);
    });
    return toListingView(kind, await this.repositories.load(kind, id), true);
  }

  /** The listing row, locked for this transaction; 409 when it was deleted meanwhile. */
  private async lockedForChange<K extends ListingKind>(
    manager: EntityManager,
    kind: K,
    id: string,
  ): Promise<ListingOf[K]> {
    const listing = (await manager.findOne(LISTING_ENTITY[kind], {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    })) as ListingOf[K] | null;
    if (!listing) throw new ConflictError('LISTING_GONE', 'The listing was deleted meanwhile');
    return listing;
  }

  /**
   * Closes a published listing inside the caller's transaction, as its owner's side (a
   * challenge once awarded); a listing already closed stays so.
   */
  async closeWithin(
    manager: EntityManager,
    kind: ListingKind,
    id: string,
    actorUserId: string,
    reason: string,
  ): Promise<void> {
    const listing = await this.lockedForChange(manager, kind, id);
    if (listing.status === 'closed') return;
    await this.apply(manager, kind, listing, 'close', actorUserId, { reason });
  }

  /**
   * Sets a published listing's last day inside the caller's transaction, as its owner's side (a
   * challenge whose application deadline moved): the expiry job, search and matching follow
   * through the outbox. 409 when the listing is no longer published.
   */
  async moveLastDayWithin(
    manager: EntityManager,
    kind: ListingKind,
    id: string,
    validUntil: string,
  ): Promise<void> {
    const listing = await this.lockedForChange(manager, kind, id);
    if (listing.status !== 'published') {
      throw new ConflictError(
        'LISTING_NOT_PUBLISHED',
        `Only a published listing's last day can move; this one is ${listing.status}`,
      );
    }
    if (listing.validUntil === validUntil) return;
    listing.validUntil = validUntil;
    await this.writer.save(manager, kind, listing);
  }

  private async apply(
    manager: EntityManager,
    kind: ListingKind,
    listing: ListingOf[ListingKind],
    action: ListingAction,
    actorUserId: string | null,
    input: { reason?: string; validUntil?: string },
  ): Promise<void> {
    const from = listing.status;
    const to = nextState(from, action, { reviewRequired: this.reviewRequired });
    if (!to) {
      const allowed = transitionsFrom(from, { reviewRequired: this.reviewRequired }).map(
        (t) => t.action,
      );
      throw new ConflictError(
        'INVALID_TRANSITION',
        `Cannot ${action} a ${from} listing; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`,
      );
    }
    listing.status = to;
    if (from === 'published' && to !== 'published') {
      await this.revisionStore.discardPending(manager, kind, listing.id);
    }
    if (action === 'reject') listing.rejectionReason = input.reason ?? null;
    if (action === 'submit' || action === 'approve' || action === 'renew')
      listing.rejectionReason = null;
    if (action === 'renew' && input.validUntil) listing.validUntil = input.validUntil;
    if (to === 'published') listing.publishedAt = this.clock.now();
    await this.writer.save(manager, kind, listing);
    const change = await manager.insert(ListingStateChange, {
      listingKind: kind,
      listingId: listing.id,
      action,
      fromState: from,
      toState: to,
      actorUserId,
      reason: input.reason ?? null,
    });
    if (action === 'approve' || action === 'reject') {
      const transitionId = String((change.identifiers[0] as { id: string | number }).id);
      await this.outbox.append(manager, {
        type: 'listing.reviewed',
        entityType: kind,
        entityId: listing.id,
        version: listing.version,
        payload: { kind, listingId: listing.id, transitionId },
      });
    }
  }

  /** Published listings whose last day has passed become expired (and leave the index). */
  @JobHandler('catalog.expire-listings')
  async expireDue(payload: JobPayload<'catalog.expire-listings'>): Promise<JobResult> {
    const today = this.clock.today();
    let expired = 0;
    for (const kind of LISTING_KINDS) {
      for (;;) {
        const count = await this.transactions.run(async (manager) => {
          const ids = await this.expiry.claimDue(manager, kind, today, payload.batchSize);
          for (const id of ids) {
            const listing = (await manager.findOneByOrFail(LISTING_ENTITY[kind], {
              id,
            })) as ListingOf[ListingKind];
            await this.apply(manager, kind, listing, 'expire', null, {});
          }
          return ids.length;
        });
        expired += count;
        if (count < payload.batchSize) break;
      }
    }
    if (expired > 0) this.logger.log(`Expired ${expired} listings past their last day`);
    return { status: 'done', detail: `${expired} expired` };
  }
}
