import { Injectable, Logger } from '@nestjs/common';
import { LISTING_KINDS, ListingKind, ListingRecords, PublicVersion } from '@rongtong/catalog';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { IndexSettingsApplier } from '../index-settings';
import type { Settings } from '../meilisearch';
import { SearchClient } from '../search-client.provider';
import { succeeded } from '../search-tasks';
import { IndexBatcher } from './index-batcher';
import { LISTING_INDEX, listingIndexSettings } from './index-definitions';
import { ListingDocument, toListingDocument } from './listing-document';

/** Coalescing window: long enough to gather a burst, short against a 5 ms search. */
const BATCH_WAIT_MS = 25;
const MAX_BATCH_SIZE = 1_000;
/** Rounds of write-then-verify before a flush gives up and lets BullMQ retry. */
const MAX_VERIFY_ROUNDS = 5;

/** What one flush wrote: added documents and removed ids, and the task count it took. */
export interface FlushReport {
  upserted: number;
  removed: number;
  rounds: number;
}

/**
 * Keeps the three listing indexes in step with PostgreSQL. A job only names a listing; the
 * listing's IndexBatcher gathers ids and every flush sends the CURRENT rows: published ones in
 * one `addDocuments` task, the rest in one `deleteDocuments` task.
 *
 * Other processes (more workers, `npm run reindex`) write the same index, and their flushes can
 * interleave with ours, so after its tasks succeed a flush re-reads the versions it wrote. If
 * any moved on meanwhile, it writes those ids again. The last write applied for an id was
 * therefore verified against PostgreSQL after it was applied: a change after that check has its
 * own job and a later flush, so the index converges across processes too.
 */
@Injectable()
export class ListingIndexer {
  private readonly logger = new Logger(ListingIndexer.name);
  private readonly batchers = new Map<ListingKind, IndexBatcher>();
  private readonly ensured = new Map<ListingKind, Promise<void>>();
  /** Sizes of recent flushes, for tests and the reindex report. */
  readonly recentFlushSizes: number[] = [];

  constructor(
    private readonly search: SearchClient,
    private readonly listings: ListingRecords,
    private readonly settings: IndexSettingsApplier,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
  ) {}

  indexName(kind: ListingKind): string {
    return this.search.indexName(LISTING_INDEX[kind]);
  }

  /** Creates the three indexes and applies their settings (skipped when already in force). */
  async ensureIndexes(): Promise<void> {
    await Promise.all(LISTING_KINDS.map((kind) => this.ensureIndex(kind)));
  }

  /** Once per process and kind; a failure (Meilisearch away) is retried by the next caller. */
  ensureIndex(kind: ListingKind): Promise<void> {
    let ensured = this.ensured.get(kind);
    if (!ensured) {
      ensured = this.settings
        .ensure(this.indexName(kind), listingIndexSettings() as Settings)
        .then(() => undefined);
      ensured.catch(() => this.ensured.delete(kind));
      this.ensured.set(kind, ensured);
    }
    return ensured;
  }

  @JobHandler('search.index-listing')
  async index(payload: JobPayload<'search.index-listing'>): Promise<JobResult> {
    await this.refresh(payload.kind, [payload.listingId]);
    return { status: 'done' };
  }

  /** Brings these listings' documents to their current state; resolves once written. */
  async refresh(kind: ListingKind, ids: string[]): Promise<void> {
    const batcher = this.batcherFor(kind);
    await Promise.all(ids.map((id) => batcher.submit(id)));
  }

  private batcherFor(kind: ListingKind): IndexBatcher {
    let batcher = this.batchers.get(kind);
    if (!batcher) {
      batcher = new IndexBatcher((ids) => this.flush(kind, ids).then(() => undefined), {
        maxWaitMs: BATCH_WAIT_MS,
        maxBatchSize: MAX_BATCH_SIZE,
      });
      this.batchers.set(kind, batcher);
    }
    return batcher;
  }

  /**
   * Writes the current state of `ids`, then re-checks and rewrites those that moved on. Once the
   * index holds them, a `listing.indexed` event per listing (in the outbox) starts what reads the
   * index next: matching and saved-search alerts. A crash before the event is written fails the
   * jobs, whose retry writes and announces again.
   */
  async flush(kind: ListingKind, ids: string[]): Promise<FlushReport> {
    await this.ensureIndex(kind);
    const report: FlushReport = { upserted: 0, removed: 0, rounds: 0 };
    const indexedVersions = new Map<string, number>();
    let todo = ids;
    while (todo.length > 0) {
      if (report.rounds === MAX_VERIFY_ROUNDS) {
        throw new Error(
          `${this.indexName(kind)}: ${todo.length} listings kept changing during ${MAX_VERIFY_ROUNDS} writes`,
        );
      }
      report.rounds += 1;
      const written = await this.write(kind, todo, report, indexedVersions);
      const now = await this.listings.publicVersions(kind, todo);
      todo = todo.filter((id) => now.get(id) !== written.get(id));
    }
    await this.announce(kind, indexedVersions);
    this.recentFlushSizes.push(ids.length);
    if (this.recentFlushSizes.length > 1_000) this.recentFlushSizes.shift();
    return report;
  }

  /** One `listing.indexed` outbox row per listing the flush wrote (deleted rows excepted). */
  private async announce(kind: ListingKind, versions: Map<string, number>): Promise<void> {
    if (versions.size === 0) return;
    await this.transactions.run((manager) =>
      this.outbox.appendMany(
        manager,
        [...versions].map(([listingId, version]) => ({
          type: 'listing.indexed' as const,
          // Not the listing's own entity type: a reindex's change marks must not count these.
          entityType: `index:${kind}`,
          entityId: listingId,
          version,
          payload: { kind, listingId },
        })),
      ),
    );
  }

  private async write(
    kind: ListingKind,
    ids: string[],
    report: FlushReport,
    indexedVersions: Map<string, number>,
  ): Promise<Map<string, PublicVersion>> {
    const loaded = await this.listings.byIds(kind, ids);
    const documents: ListingDocument[] = [];
    const removals: string[] = [];
    const written = new Map<string, PublicVersion>();
    for (const id of ids) {
      const listing = loaded.get(id);
      if (listing?.status === 'published') {
        documents.push(toListingDocument(listing));
        written.set(id, listing.version);
      } else {
        written.set(id, null);
        // A listing that was never published was never indexed: no delete task for drafts.
        if (!listing || listing.publishedAt !== null) removals.push(id);
      }
    }
    const index = this.search.client.index<ListingDocument>(this.indexName(kind));
    const name = this.indexName(kind);
    // The two tasks touch disjoint ids, so they may be enqueued in either order.
    const tasks: Promise<unknown>[] = [];
    if (documents.length > 0)
      tasks.push(
        succeeded(index.addDocuments(documents, { primaryKey: 'id' }), `Indexing into ${name}`),
      );
    if (removals.length > 0)
      tasks.push(succeeded(index.deleteDocuments(removals), `Removing from ${name}`));
    const outcomes = await Promise.allSettled(tasks);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) {
      const reason: unknown = failure.reason;
      this.logger.error(
        `${name}: batch of ${ids.length} not written, jobs will retry: ${reason instanceof Error ? reason.message : String(reason)}`,
      );
      throw reason;
    }
    report.upserted += documents.length;
    report.removed += removals.length;
    for (const [id, listing] of loaded) indexedVersions.set(id, listing.version);
    return written;
  }
}
