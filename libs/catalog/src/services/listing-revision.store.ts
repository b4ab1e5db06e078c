import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ListingKind } from '../entities/listing-base';
import { ListingRevision } from '../entities/listing-revision.entity';

/** Revisions of published listings (table `listing_revision`). */
@Injectable()
export class ListingRevisionStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The listing's pending revision, locked in the caller's transaction. */
  pendingForUpdate(
    manager: EntityManager,
    kind: ListingKind,
    listingId: string,
  ): Promise<ListingRevision | null> {
    return manager.findOne(ListingRevision, {
      where: { listingKind: kind, listingId, status: 'pending' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** One revision, locked in the caller's transaction. */
  lock(manager: EntityManager, id: string): Promise<ListingRevision | null> {
    return manager.findOne(ListingRevision, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  byId(id: string): Promise<ListingRevision | null> {
    return this.dataSource.manager.findOneBy(ListingRevision, { id });
  }

  pendingOf(kind: ListingKind, listingId: string): Promise<ListingRevision | null> {
    return this.dataSource.manager.findOneBy(ListingRevision, {
      listingKind: kind,
      listingId,
      status: 'pending',
    });
  }

  save(manager: EntityManager, revision: Partial<ListingRevision>): Promise<ListingRevision> {
    return manager.save(ListingRevision, revision);
  }

  /** Pending revisions, oldest change first, leaving out the given organisations' listings. */
  async pendingPage(
    kinds: readonly ListingKind[],
    excludedOrganisationIds: readonly string[],
    offset: number,
    limit: number,
  ): Promise<{ rows: ListingRevision[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(ListingRevision, 'revision')
      .where(`revision.status = 'pending'`)
      .andWhere('revision.listingKind IN (:...kinds)', { kinds })
      .orderBy('revision.updatedAt', 'ASC')
      .addOrderBy('revision.id', 'ASC')
      .skip(offset)
      .take(limit);
    if (excludedOrganisationIds.length > 0) {
      query.andWhere('revision.organisationId NOT IN (:...excluded)', {
        excluded: excludedOrganisationIds,
      });
    }
    const [rows, total] = await query.getManyAndCount();
    return { rows, total };
  }

  /** A listing that leaves `published` takes its pending revision with it. */
  async discardPending(
    manager: EntityManager,
    kind: ListingKind,
    listingId: string,
  ): Promise<void> {
    await manager.update(
      ListingRevision,
      { listingKind: kind, listingId, status: 'pending' },
      { status: 'discarded', decidedAt: new Date() },
    );
  }
}
