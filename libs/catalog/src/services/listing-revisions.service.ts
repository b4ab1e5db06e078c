import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ConflictError, NotFoundError, Page, ValidationFailedError } from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser, Memberships, Organisations } from '@rongtong/identity';
import { assertVersion } from '../dto/listing-version';
import { LISTING_KINDS, ListingKind } from '../entities/listing-base';
import { ListingRevision } from '../entities/listing-revision.entity';
import { ListingStateChange } from '../entities/listing-transition.entity';
import { changedFields, contentOf, FieldChange, isMinorEdit } from '../vocabulary/revision-fields';
import { ListingPolicy } from './listing-policy';
import { LISTING_ENTITY, ListingOf, ListingRepositories } from './listing-registry';
import { ListingRevisionStore } from './listing-revision.store';
import { ListingWriter } from './listing-writer';

/** A pending edit as its owner sees it beside the published listing. */
export interface PendingRevisionView {
  id: string;
  version: number;
  changes: FieldChange[];
  submittedAt: string;
  updatedAt: string;
}

/** A revision in the review queue: the field-level diff against the published listing. */
export interface RevisionView extends PendingRevisionView {
  kind: ListingKind;
  listingId: string;
  listingVersion: number;
  /** The published title (what the public sees until approval). */
  title: string;
  organisation: { id: string; name: string };
  status: string;
  reason: string | null;
}

export interface RevisionQueueQuery {
  page: number;
  limit: number;
  kind?: ListingKind;
}

export interface RevisionDecision {
  version: number;
  reason?: string;
}

function revisionNotFound(): NotFoundError {
  return new NotFoundError('REVISION_NOT_FOUND', 'Revision not found');
}

/**
 * Edits of published listings under review: the published text stays live until a reviewer
 * approves; only the minor edits of `isMinorEdit` apply at once. Approval writes the listing
 * (version bump, re-index and re-match through the outbox); rejection tells the owner why.
 */
@Injectable()
export class ListingRevisions {
  constructor(
    private readonly store: ListingRevisionStore,
    private readonly repositories: ListingRepositories,
    private readonly policy: ListingPolicy,
    private readonly transactions: TransactionRunner,
    private readonly writer: ListingWriter,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly memberships: Memberships,
    private readonly organisations: Organisations,
  ) {}

  /**
   * Applies an owner's edit of a published, locked listing: `apply` runs (with its validation)
   * on a copy holding the pending proposal; minor changes are saved on the listing, the rest
   * become (or update) the pending revision. Undoing every reviewed change discards it.
   */
  async propose<K extends ListingKind>(
    manager: EntityManager,
    kind: K,
    caller: AuthenticatedUser,
    listing: ListingOf[K],
    apply: (listing: ListingOf[K]) => void,
  ): Promise<void> {
    const published = contentOf(kind, listing);
    const pending = await this.store.pendingForUpdate(manager, kind, listing.id);
    const working = Object.assign(
      Object.create(Object.getPrototypeOf(listing) as object) as ListingOf[K],
      listing,
      contentOf(kind, listing),
      structuredClone(pending?.changes ?? {}),
    );
    apply(working);
    const today = this.clock.today();
    const changes = changedFields(kind, published, contentOf(kind, working));
    const minor = changes.filter((c) => isMinorEdit(kind, c.field, c.old, c.new, today));
    const reviewed = changes.filter((c) => !minor.includes(c));
    if (minor.length > 0) {
      Object.assign(listing, valuesOf(minor));
      await this.writer.save(manager, kind, listing);
    }
    if (reviewed.length > 0) {
      await this.store.save(manager, {
        ...(pending ?? {
          listingKind: kind,
          listingId: listing.id,
          organisationId: listing.organisationId,
          status: 'pending' as const,
        }),
        changes: valuesOf(reviewed),
        baseVersion: listing.version,
        submittedByUserId: caller.id,
      });
    } else if (pending) {
      await this.store.save(manager, { ...pending, status: 'discarded', decidedAt: new Date() });
    }
  }

  /** The pending edit of a listing, diffed against its published content; owners and reviewers. */
  async pendingView(kind: ListingKind, listing: object & { id: string }) {
    const revision = await this.store.pendingOf(kind, listing.id);
    return revision ? this.pendingRevisionView(kind, revision, listing) : null;
  }

  /** Pending revisions of other organisations' listings, oldest first (organisers, admins). */
  async queue(caller: AuthenticatedUser, query: RevisionQueueQuery): Promise<Page<RevisionView>> {
    this.policy.assertReviewer(caller);
    const own = await this.memberships.organisationIdsOf(caller.id);
    const { rows, total } = await this.store.pendingPage(
      query.kind ? [query.kind] : LISTING_KINDS,
      own,
      (query.page - 1) * query.limit,
      query.limit,
    );
    const items: RevisionView[] = [];
    for (const row of rows) items.push(await this.view(row));
    return { items, page: query.page, limit: query.limit, total };
  }

  async one(caller: AuthenticatedUser, id: string): Promise<RevisionView> {
    this.policy.assertReviewer(caller);
    const revision = await this.store.byId(id);
    if (!revision) throw revisionNotFound();
    return this.view(revision);
  }

  async approve(caller: AuthenticatedUser, id: string, decision: RevisionDecision) {
    return this.decide(caller, id, decision, 'approve');
  }

  async reject(caller: AuthenticatedUser, id: string, decision: RevisionDecision) {
    if (!decision.reason?.trim()) {
      throw ValidationFailedError.field('reason', 'is required to reject a revision');
    }
    return this.decide(caller, id, decision, 'reject');
  }

  private async decide(
    caller: AuthenticatedUser,
    id: string,
    decision: RevisionDecision,
    action: 'approve' | 'reject',
  ): Promise<RevisionView> {
    this.policy.assertReviewer(caller);
    const found = await this.store.byId(id);
    if (!found) throw revisionNotFound();
    await this.policy.assertMayReview(caller, found.organisationId);
    const kind = found.listingKind as ListingKind;
    await this.transactions.run(async (manager) => {
      const revision = await this.store.lock(manager, id);
      if (!revision) throw revisionNotFound();
      if (revision.status !== 'pending') {
        throw new ConflictError('REVISION_NOT_PENDING', `This revision was ${revision.status}`);
      }
      assertVersion('revision', revision.version, decision.version);
      const listing = (await manager.findOne(LISTING_ENTITY[kind], {
        where: { id: revision.listingId },
        lock: { mode: 'pessimistic_write' },
      })) as ListingOf[ListingKind] | null;
      if (!listing || listing.status !== 'published') {
        throw new ConflictError('LISTING_NOT_PUBLISHED', 'The listing is no longer published');
      }
      if (action === 'approve') {
        Object.assign(listing, structuredClone(revision.changes));
        await this.writer.save(manager, kind, listing);
      }
      await this.store.save(manager, {
        ...revision,
        status: action === 'approve' ? 'approved' : 'rejected',
        reason: action === 'reject' ? (decision.reason?.trim() ?? null) : null,
        reviewedByUserId: caller.id,
        decidedAt: this.clock.now(),
      });
      await this.recordDecision(manager, kind, listing, action, caller.id, decision.reason);
    });
    const decided = await this.store.byId(id);
    if (!decided) throw revisionNotFound();
    return this.view(decided);
  }

  /** History row and the `listing.reviewed` event, which tells the owner (with the reason). */
  private async recordDecision(
    manager: EntityManager,
    kind: ListingKind,
    listing: ListingOf[ListingKind],
    action: 'approve' | 'reject',
    actorUserId: string,
    reason: string | undefined,
  ): Promise<void> {
    const change = await manager.insert(ListingStateChange, {
      listingKind: kind,
      listingId: listing.id,
      action: `revision_${action}`,
      fromState: listing.status,
      toState: listing.status,
      actorUserId,
      reason: action === 'reject' ? (reason?.trim() ?? null) : null,
    });
    const transitionId = String((change.identifiers[0] as { id: string | number }).id);
    await this.outbox.append(manager, {
      type: 'listing.reviewed',
      entityType: kind,
      entityId: listing.id,
      version: listing.version,
      payload: { kind, listingId: listing.id, transitionId },
    });
  }

  private async view(revision: ListingRevision): Promise<RevisionView> {
    const kind = revision.listingKind as ListingKind;
    const listing = await this.repositories.load(kind, revision.listingId);
    const organisation = (await this.organisations.summaries([revision.organisationId])).get(
      revision.organisationId,
    );
    return {
      ...this.pendingRevisionView(kind, revision, listing),
      kind,
      listingId: revision.listingId,
      listingVersion: listing.version,
      title: listing.title,
      organisation: { id: revision.organisationId, name: organisation?.name ?? '' },
      status: revision.status,
      reason: revision.reason,
    };
  }

  private pendingRevisionView(
    kind: ListingKind,
    revision: ListingRevision,
    listing: object,
  ): PendingRevisionView {
    const published = contentOf(kind, listing);
    const proposed = { ...published, ...revision.changes };
    return {
      id: revision.id,
      version: revision.version,
      changes: changedFields(kind, published, proposed),
      submittedAt: revision.createdAt.toISOString(),
      updatedAt: revision.updatedAt.toISOString(),
    };
  }
}

function valuesOf(changes: FieldChange[]): Record<string, unknown> {
  return Object.fromEntries(changes.map((change) => [change.field, change.new]));
}
