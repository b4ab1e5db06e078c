import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@rongtong/database';
import { ListingBase, ListingKind } from '../entities/listing-base';
import { LISTING_ENTITY, ListingOf } from './listing-registry';

/** Saves a listing and its outbox event in the caller's transaction: the indexer follows. */
@Injectable()
export class ListingWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  async save<K extends ListingKind>(
    manager: EntityManager,
    kind: K,
    listing: ListingOf[K],
  ): Promise<ListingOf[K]> {
    const saved = (await manager.save(
      LISTING_ENTITY[kind],
      listing as ListingBase,
    )) as ListingOf[K];
    await this.outbox.append(manager, {
      type: 'listing.changed',
      entityType: kind,
      entityId: saved.id,
      version: saved.version,
      payload: { kind, listingId: saved.id, organisationId: saved.organisationId },
    });
    return saved;
  }

  async delete(
    manager: EntityManager,
    kind: ListingKind,
    listing: { id: string; version: number; organisationId: string },
  ): Promise<void> {
    await manager.delete(LISTING_ENTITY[kind], { id: listing.id });
    await this.outbox.append(manager, {
      type: 'listing.deleted',
      entityType: kind,
      entityId: listing.id,
      version: listing.version + 1,
      payload: { kind, listingId: listing.id, organisationId: listing.organisationId },
    });
  }
}
