import { Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobResult } from '@rongtong/jobs';
import { ListingIndexer } from '../listings/listing-indexer';
import { OrganisationIndexer } from '../organisations/organisation-indexer';
import { REINDEX_TARGETS, ReindexTarget } from './reindex.service';
import { SearchDriftCheck } from './search-drift-check';

export interface DriftRepair {
  target: ReindexTarget;
  /** Ids found missing, extra or stale and written again from PostgreSQL. */
  repaired: number;
}

/**
 * The drift check turned into a repair (reconciliation, repeatable): every id that differs
 * between PostgreSQL and an index is written again from its current row, the way an index job
 * would (a listing's rewrite announces `listing.indexed`, so its matching and alerts follow).
 * A difference that is only a write in flight is rewritten harmlessly.
 */
@Injectable()
export class SearchDriftRepair {
  private readonly logger = new Logger(SearchDriftRepair.name);

  constructor(
    private readonly drift: SearchDriftCheck,
    private readonly listings: ListingIndexer,
    private readonly organisations: OrganisationIndexer,
  ) {}

  @JobHandler('search.repair-drift')
  async run(): Promise<JobResult> {
    const repairs = await this.repairAll();
    const total = repairs.reduce((sum, repair) => sum + repair.repaired, 0);
    if (total > 0) {
      this.logger.warn(
        `Search drift repaired: ${repairs.map((r) => `${r.target} ${r.repaired}`).join(', ')}`,
      );
    }
    return { status: 'done', detail: `${total} documents rewritten` };
  }

  async repairAll(): Promise<DriftRepair[]> {
    const repairs: DriftRepair[] = [];
    for (const target of REINDEX_TARGETS) repairs.push(await this.repair(target));
    return repairs;
  }

  async repair(target: ReindexTarget): Promise<DriftRepair> {
    const { missing, extra, stale } = await this.drift.compare(target);
    const ids = [...missing, ...extra, ...stale];
    if (target === 'organisation') {
      for (const organisationId of ids) {
        await this.organisations.index({ organisationId, version: 0 });
      }
    } else if (ids.length > 0) {
      await this.listings.refresh(target, ids);
    }
    return { target, repaired: ids.length };
  }
}
