import { Injectable, Logger } from '@nestjs/common';
import { AchievementSummaries, LISTING_KINDS, ListingRecords } from '@rongtong/catalog';
import { Clock } from '@rongtong/common';
import { ChangeMarks } from '@rongtong/database';
import { Organisations, OrganisationTiers } from '@rongtong/identity';
import { IndexSettingsApplier } from '../index-settings';
import type { EnqueuedTaskPromise, RecordAny, Settings } from '../meilisearch';
import { LISTING_INDEX, listingIndexSettings } from '../listings/index-definitions';
import { toListingDocument } from '../listings/listing-document';
import { ListingIndexer } from '../listings/listing-indexer';
import { toOrganisationDocument } from '../organisations/organisation-document';
import {
  ORGANISATIONS_INDEX,
  OrganisationIndexer,
  organisationIndexSettings,
} from '../organisations/organisation-indexer';
import { SearchClient } from '../search-client.provider';
import { isApiError, SearchTaskFailedError, succeeded } from '../search-tasks';

export const REINDEX_TARGETS = [...LISTING_KINDS, 'organisation'] as const;
export type ReindexTarget = (typeof REINDEX_TARGETS)[number];

export interface ReindexOptions {
  /** Rows per PostgreSQL statement. */
  readBatchSize?: number;
  /** Documents per Meilisearch addDocuments task. */
  sendBatchSize?: number;
  /** Called after each import task is enqueued (for progress output). */
  onProgress?: (progress: { target: ReindexTarget; documents: number }) => void;
}

export interface ReindexReport {
  target: ReindexTarget;
  index: string;
  documents: number;
  /** Listings or organisations written again after the swap, because they changed meanwhile. */
  replayed: number;
  importSeconds: number;
  totalSeconds: number;
  documentsPerSecond: number;
}

/** In-flight import tasks: enough to keep Meilisearch busy while the next batch is read. */
const MAX_TASKS_IN_FLIGHT = 2;
/**
 * Meilisearch refuses payloads over 100 MB, and the sub-word field makes a Chinese listing
 * document ~5 KB of JSON, so batches are capped by size as well as by count.
 */
const MAX_PAYLOAD_BYTES = 40 * 1024 * 1024;

/**
 * Rebuilds an index from PostgreSQL without a gap: a fresh `<index>_rebuild_<time>` index gets
 * the settings first, then every public record in large batches, and is swapped atomically with
 * the live one, which keeps answering throughout. Writes made during the rebuild went to the
 * old index; their outbox rows say which records to write again after the swap.
 */
@Injectable()
export class ReindexService {
  private readonly logger = new Logger(ReindexService.name);

  constructor(
    private readonly search: SearchClient,
    private readonly settings: IndexSettingsApplier,
    private readonly listings: ListingRecords,
    private readonly listingIndexer: ListingIndexer,
    private readonly organisationIndexer: OrganisationIndexer,
    private readonly marks: ChangeMarks,
    private readonly clock: Clock,
    private readonly organisations: Organisations,
    private readonly achievementSummaries: AchievementSummaries,
    private readonly tiers: OrganisationTiers,
  ) {}

  async reindex(target: ReindexTarget, options: ReindexOptions = {}): Promise<ReindexReport> {
    const started = performance.now();
    const mark = await this.marks.take();
    const live = this.liveIndex(target);
    const rebuild = `${live}_rebuild_${Date.now()}`;
    let documents = 0;
    let importSeconds = 0;
    try {
      await this.settings.ensure(rebuild, this.settingsFor(target));
      const importStarted = performance.now();
      documents = await this.importInto(rebuild, target, options);
      importSeconds = (performance.now() - importStarted) / 1000;
      await this.swapIn(live, rebuild, target);
    } catch (error) {
      await this.dropQuietly(rebuild);
      throw error;
    }
    // After the swap `rebuild` names the old index.
    await this.drop(rebuild);
    const replayed = await this.replay(target, mark);
    const totalSeconds = (performance.now() - started) / 1000;
    return {
      target,
      index: live,
      documents,
      replayed,
      importSeconds,
      totalSeconds,
      documentsPerSecond: importSeconds > 0 ? Math.round(documents / importSeconds) : documents,
    };
  }

  private liveIndex(target: ReindexTarget): string {
    return target === 'organisation'
      ? this.search.indexName(ORGANISATIONS_INDEX)
      : this.search.indexName(LISTING_INDEX[target]);
  }

  private settingsFor(target: ReindexTarget): Settings {
    return target === 'organisation'
      ? organisationIndexSettings()
      : (listingIndexSettings() as Settings);
  }

  private async importInto(
    uid: string,
    target: ReindexTarget,
    options: ReindexOptions,
  ): Promise<number> {
    const sendBatchSize = options.sendBatchSize ?? 20_000;
    const readBatchSize = options.readBatchSize ?? 5_000;
    const index = this.search.client.index(uid);
    const inFlight: Promise<unknown>[] = [];
    let buffer: RecordAny[] = [];
    let bufferBytes = 0;
    let documents = 0;
    const send = async (): Promise<void> => {
      if (buffer.length === 0) return;
      const batch = buffer;
      buffer = [];
      bufferBytes = 0;
      documents += batch.length;
      const task: EnqueuedTaskPromise = index.addDocuments(batch, { primaryKey: 'id' });
      await task; // enqueued: the payload is Meilisearch's now
      inFlight.push(succeeded(task, `Importing into ${uid}`));
      options.onProgress?.({ target, documents });
      if (inFlight.length > MAX_TASKS_IN_FLIGHT) await inFlight.shift();
    };
    for await (const batch of this.documentBatches(target, readBatchSize)) {
      for (const document of batch) {
        const bytes = Buffer.byteLength(JSON.stringify(document));
        if (bufferBytes + bytes > MAX_PAYLOAD_BYTES) await send();
        buffer.push(document);
        bufferBytes += bytes;
        if (buffer.length >= sendBatchSize) await send();
      }
    }
    await send();
    await Promise.all(inFlight);
    return documents;
  }

  private async *documentBatches(
    target: ReindexTarget,
    readBatchSize: number,
  ): AsyncGenerator<RecordAny[]> {
    if (target !== 'organisation') {
      for await (const listings of this.listings.published(target, readBatchSize)) {
        yield listings.map((listing) => ({ ...toListingDocument(listing) }));
      }
      return;
    }
    // Organisations are far fewer than listings: TypeORM is fine.
    let after = '00000000-0000-0000-0000-000000000000';
    const pageSize = Math.min(readBatchSize, 1_000);
    for (;;) {
      const page = await this.organisations.page(after, pageSize);
      if (page.length === 0) return;
      const ids = page.map((organisation) => organisation.id);
      const [achievements, tiers] = await Promise.all([
        this.achievementSummaries.of(ids),
        this.tiers.verifiedTiers(ids, this.clock.today()),
      ]);
      yield page.map((organisation) => ({
        ...toOrganisationDocument(
          organisation,
          tiers.get(organisation.id) ?? null,
          achievements.get(organisation.id),
        ),
      }));
      after = page[page.length - 1].id;
      if (page.length < pageSize) return;
    }
  }

  /**
   * Swaps the rebuilt index in. The live index is created first if missing, so the swap is
   * always a plain two-way swap and search never sees a missing index.
   */
  private async swapIn(live: string, rebuild: string, target: ReindexTarget): Promise<void> {
    if (target === 'organisation') await this.organisationIndexer.ensureIndex();
    else await this.listingIndexer.ensureIndex(target);
    await succeeded(
      this.search.client.swapIndexes([{ indexes: [live, rebuild], rename: false }]),
      `Swapping ${rebuild} into ${live}`,
    );
  }

  /**
   * Deletes the old index and waits for it. Meilisearch 1.21 can drop task records of a swapped
   * index when it is deleted, so a missing task is checked against the index itself.
   */
  private async drop(uid: string): Promise<void> {
    try {
      await succeeded(this.search.client.deleteIndex(uid), `Deleting ${uid}`);
    } catch (error) {
      const gone =
        error instanceof SearchTaskFailedError && error.task.error?.code === 'index_not_found';
      if (gone) return;
      if (!isApiError(error, 'task_not_found') || (await this.settings.exists(uid))) throw error;
    }
  }

  private async dropQuietly(uid: string): Promise<void> {
    try {
      await this.drop(uid);
    } catch (error) {
      this.logger.warn(`Could not delete ${uid}: ${(error as Error).message}`);
    }
  }

  /** Writes again, through the normal indexers, every record with an outbox row since `mark`. */
  private async replay(target: ReindexTarget, mark: Date): Promise<number> {
    const ids = await this.marks.changedSince(mark, target);
    if (target === 'organisation') {
      for (const organisationId of ids) {
        const result = await this.organisationIndexer.index({ organisationId, version: 0 });
        if (result.status === 'failed-permanently') {
          throw new Error(`Replaying organisation ${organisationId}: ${result.reason}`);
        }
      }
    } else {
      await this.listingIndexer.refresh(target, ids);
    }
    return ids.length;
  }
}
