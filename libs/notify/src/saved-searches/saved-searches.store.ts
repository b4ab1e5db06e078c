import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { ListingKind } from '@rongtong/common';
import { SavedSearch } from '../entities/saved-search.entity';

/** Saved searches as the alert job reads them. */
@Injectable()
export class SavedSearchStore {
  constructor(
    @InjectRepository(SavedSearch) private readonly savedSearches: Repository<SavedSearch>,
  ) {}

  /** Enabled saved searches that may match a listing of `kind`, in id order after `after`. */
  enabledFor(kind: ListingKind, after: string, limit: number): Promise<SavedSearch[]> {
    return this.savedSearches
      .createQueryBuilder('saved')
      .where('saved.enabled')
      .andWhere("coalesce(saved.query ->> 'type', 'all') IN ('all', :kind)", { kind })
      .andWhere('saved.id > :after', { after })
      .orderBy('saved.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  async markAlerted(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(SavedSearch).update({ id }, { lastAlertAt: at });
  }
}
