import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ConflictError } from '@rongtong/common';
import { AuthenticatedUser, OrganisationAccess } from '@rongtong/identity';
import { TransactionRunner } from '@rongtong/database';
import { assertVersion } from '../dto/listing-version';
import { ListingKind, ListingState } from '../entities/listing-base';
import { ListingPolicy } from './listing-policy';
import { ListingRevisions } from './listing-revisions.service';
import { LISTING_ENTITY, ListingOf, ListingRepositories } from './listing-registry';
import { toListingView, ListingView } from './listing-views';
import { ListingWriter } from './listing-writer';

/** States in which the owner may still edit the content. Closed and expired need renewal first. */
const EDITABLE: readonly ListingState[] = ['draft', 'rejected', 'pending_review', 'published'];

/**
 * The create / edit / view / delete steps shared by all kinds; each kind's service supplies
 * its own validation and field mapping.
 */
@Injectable()
export class ListingDrafts {
  constructor(
    private readonly repositories: ListingRepositories,
    private readonly policy: ListingPolicy,
    private readonly access: OrganisationAccess,
    private readonly transactions: TransactionRunner,
    private readonly writer: ListingWriter,
    private readonly revisions: ListingRevisions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create<K extends ListingKind>(
    kind: K,
    caller: AuthenticatedUser,
    organisationId: string,
    fields: Partial<ListingOf[K]>,
  ): Promise<ListingView> {
    await this.access.assert(caller, organisationId, 'member');
    const id = await this.transactions.run(async (manager) => {
      const listing = manager.create(LISTING_ENTITY[kind], {
        ...fields,
        organisationId,
        createdByUserId: caller.id,
        status: 'draft',
      } as never) as ListingOf[K];
      return (await this.writer.save(manager, kind, listing)).id;
    });
    return toListingView(kind, await this.repositories.load(kind, id), true);
  }

  /**
   * Applies `apply` to the locked current row; the caller's validation runs inside it.
   * `expectedVersion` (when given) must still be the row's version, else 409 VERSION_CONFLICT.
   */
  async update<K extends ListingKind>(
    kind: K,
    caller: AuthenticatedUser,
    id: string,
    expectedVersion: number | undefined,
    apply: (listing: ListingOf[K]) => void,
  ): Promise<ListingView> {
    const current = await this.repositories.load(kind, id);
    await this.policy.assertOwner(kind, caller, current);
    await this.transactions.run(async (manager) => {
      const listing = (await manager.findOne(LISTING_ENTITY[kind], {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      })) as ListingOf[K] | null;
      if (!listing) throw new ConflictError('LISTING_GONE', 'The listing was deleted meanwhile');
      assertVersion(kind, listing.version, expectedVersion);
      if (!EDITABLE.includes(listing.status)) {
        throw new ConflictError(
          'LISTING_NOT_EDITABLE',
          `A ${listing.status} listing cannot be edited; renew it first`,
        );
      }
      if (listing.status === 'published' && this.config.catalog.reviewRequired) {
        // The published text stays live; the edit waits for review (minor edits aside). A
        // platform that publishes without review (LISTING_REVIEW_REQUIRED=false) edits directly.
        await this.revisions.propose(manager, kind, caller, listing, apply);
        return;
      }
      apply(listing);
      await this.writer.save(manager, kind, listing);
    });
    return this.privilegedView(kind, await this.repositories.load(kind, id));
  }

  private async privilegedView(kind: ListingKind, listing: ListingOf[ListingKind]) {
    const pending =
      listing.status === 'published' ? await this.revisions.pendingView(kind, listing) : null;
    return toListingView(kind, listing, true, pending);
  }

  async view(
    kind: ListingKind,
    caller: AuthenticatedUser | undefined,
    id: string,
  ): Promise<ListingView> {
    const listing = await this.repositories.load(kind, id);
    await this.policy.assertReadable(kind, caller, listing);
    const privileged =
      this.policy.isReviewer(caller) || (await this.policy.isOwner(caller, listing));
    return privileged ? this.privilegedView(kind, listing) : toListingView(kind, listing, false);
  }

  /** Only drafts are deleted; anything once submitted is closed instead, to keep its history. */
  async delete(kind: ListingKind, caller: AuthenticatedUser, id: string): Promise<void> {
    const listing = await this.repositories.load(kind, id);
    await this.policy.assertOwner(kind, caller, listing);
    if (listing.status !== 'draft') {
      throw new ConflictError(
        'LISTING_NOT_DELETABLE',
        'Only drafts can be deleted; close the listing instead',
      );
    }
    await this.transactions.run((manager) => this.writer.delete(manager, kind, listing));
  }
}
