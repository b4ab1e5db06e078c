import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@rongtong/common';
import { LISTING_KINDS, ListingRecords } from '@rongtong/catalog';
import { JobHandler, JobPayload, JobQueue, JobRequest, JobResult } from '@rongtong/jobs';
import { MatchingService } from './matching.service';
import { MatchStore } from './persistence/match-store';
import { MATCH_CONFIG } from './scoring/match-weights';
import { TermStatisticsService } from './text/term-statistics.service';

/**
 * The matcher's jobs: one listing after every change (from the outbox), and the nightly full
 * recompute split into chunks with deterministic ids (a second run the same day adds nothing).
 */
@Injectable()
export class MatchingJobs {
  private readonly logger = new Logger(MatchingJobs.name);

  constructor(
    private readonly matching: MatchingService,
    private readonly queue: JobQueue,
    private readonly listings: ListingRecords,
    private readonly clock: Clock,
    private readonly store: MatchStore,
    private readonly termStatistics: TermStatisticsService,
  ) {}

  /** Published: recompute; anything else (or deleted): retire its matches. Idempotent. */
  @JobHandler('matching.match-listing')
  async matchListing(payload: JobPayload<'matching.match-listing'>): Promise<JobResult> {
    const result = await this.matching.matchListing(payload.kind, payload.listingId, {
      indexedVersion: payload.version,
    });
    if (result.outcome === 'superseded') {
      return { status: 'skipped', reason: `v${payload.version} superseded by a later version` };
    }
    return {
      status: 'done',
      detail: `${result.outcome}: ${result.active} active, ${result.deactivated} retired, ${result.notified} notified`,
    };
  }

  /**
   * Reconciliation: open listings whose current version was never matched (the job was lost
   * with Redis, or failed for good) are queued again, under ids of that version.
   */
  @JobHandler('matching.reconcile')
  async reconcile(payload: JobPayload<'matching.reconcile'>): Promise<JobResult> {
    const today = this.clock.today();
    let requeued = 0;
    for (const kind of LISTING_KINDS) {
      const open = new Set(await this.listings.openIds(kind, today));
      const versions = new Map(
        [...(await this.listings.publishedVersions(kind))].filter(([id]) => open.has(id)),
      );
      const missing = await this.store.withoutRun(kind, versions);
      for (let start = 0; start < missing.length; start += payload.batchSize) {
        const jobs: JobRequest[] = missing
          .slice(start, start + payload.batchSize)
          .map((listingId) => ({
            name: 'matching.match-listing',
            payload: { kind, listingId, version: versions.get(listingId) ?? 0 },
            jobId: `reconcile-match-${kind}-${listingId}-v${versions.get(listingId) ?? 0}`,
          }));
        await this.queue.enqueueMany(jobs);
      }
      requeued += missing.length;
    }
    if (requeued > 0) this.logger.warn(`Matching reconciliation queued ${requeued} listings`);
    return { status: 'done', detail: `${requeued} listings re-queued` };
  }

  /**
   * Refreshes the term statistics of the matcher's BM25 from the published achievements, then
   * splits every open listing of each kind into recompute chunks (scored with the new ones).
   */
  @JobHandler('matching.recompute-all')
  async recomputeAll(payload: JobPayload<'matching.recompute-all'>): Promise<JobResult> {
    await this.termStatistics.refresh();
    const chunkSize = Math.max(1, payload.chunkSize || MATCH_CONFIG.persistence.chunkSize);
    const today = this.clock.today();
    const jobs: JobRequest[] = [];
    for (const kind of LISTING_KINDS) {
      const ids = await this.listings.openIds(kind, today);
      for (let start = 0, n = 0; start < ids.length; start += chunkSize, n++) {
        jobs.push({
          name: 'matching.recompute-chunk',
          payload: { kind, listingIds: ids.slice(start, start + chunkSize) },
          jobId: `recompute-${today}-${kind}-${n}`,
        });
      }
    }
    await this.queue.enqueueMany(jobs);
    this.logger.log(`Nightly recompute: ${jobs.length} chunks enqueued for ${today}`);
    return { status: 'done', detail: `${jobs.length} chunks` };
  }

  /**
   * Recomputes each listing of the chunk in turn, sharing profiles for the chunk's duration; a
   * failure fails the chunk for a retry (which starts with fresh profiles).
   */
  @JobHandler('matching.recompute-chunk')
  async recomputeChunk(payload: JobPayload<'matching.recompute-chunk'>): Promise<JobResult> {
    const active = await this.matching.matchListings(payload.kind, payload.listingIds);
    return { status: 'done', detail: `${payload.listingIds.length} listings, ${active} pairs` };
  }
}
