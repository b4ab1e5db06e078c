import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ListingKind } from '../entities/listing-base';
import { LISTING_TABLE } from './listing-registry';

/** Published listings past their last day, claimed for the expiry job. */
@Injectable()
export class ListingExpiryStore {
  /** Up to `limit` due ids, locked in the caller's transaction; rows others hold are skipped. */
  async claimDue(
    manager: EntityManager,
    kind: ListingKind,
    today: string,
    limit: number,
  ): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM ${LISTING_TABLE[kind]} WHERE status = 'published' AND valid_until < $1
        ORDER BY valid_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [today, limit],
    );
    return rows.map((row) => row.id);
  }
}
