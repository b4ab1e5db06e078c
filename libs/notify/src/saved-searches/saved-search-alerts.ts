import { Injectable, Logger } from '@nestjs/common';
import { ListingRecords } from '@rongtong/catalog';
import { Clock, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { Memberships } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { SearchCriteria, SearchService } from '@rongtong/search';
import { SavedSearch } from '../entities/saved-search.entity';
import { NotificationRecorder } from '../inbox/notification-recorder';
import { parseStoredQuery } from './saved-search-query';
import { SavedSearchStore } from './saved-searches.store';

/** Saved searches read per round: bounds memory however many users save searches. */
const CHUNK = 1_000;

interface Candidate {
  savedSearch: SavedSearch;
  criteria: SearchCriteria;
}

/**
 * Alerts users whose saved searches match a published listing. "Matches" is Meilisearch's answer
 * to the saved query restricted to the listing, so it means what GET /search would show. Each
 * saved search alerts once per listing (dedup key), through the inbox and the user's digest.
 */
@Injectable()
export class SavedSearchAlerts {
  private readonly logger = new Logger(SavedSearchAlerts.name);

  constructor(
    private readonly savedSearches: SavedSearchStore,
    private readonly listings: ListingRecords,
    private readonly search: SearchService,
    private readonly recorder: NotificationRecorder,
    private readonly transactions: TransactionRunner,
    private readonly memberships: Memberships,
    private readonly clock: Clock,
  ) {}

  @JobHandler('notify.saved-search-alerts')
  async alert(payload: JobPayload<'notify.saved-search-alerts'>): Promise<JobResult> {
    const { kind, listingId } = payload;
    const listing = (await this.listings.byIds(kind, [listingId])).get(listingId);
    if (!listing) return { status: 'skipped', reason: 'listing not found' };
    if (listing.status !== 'published') return { status: 'skipped', reason: 'not published' };
    // The job follows `listing.indexed`: the index holds this version. A listing that moved on
    // since is judged by its later version's own event, never on a document older than it.
    if (listing.version > payload.version) {
      return { status: 'skipped', reason: `v${payload.version} superseded by v${listing.version}` };
    }

    const publishers = new Set(await this.memberships.userIdsOf(listing.organisationId));
    let checked = false;
    let alerts = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const chunk = await this.savedSearches.enabledFor(kind, after, CHUNK);
      if (chunk.length === 0) break;
      after = chunk[chunk.length - 1].id;
      // Members of the publishing organisation do not need telling about their own listing.
      const candidates = this.candidates(chunk.filter((saved) => !publishers.has(saved.userId)));
      if (candidates.length === 0) continue;
      checked = true;
      const matches = await this.search.listingMatches(
        kind,
        listingId,
        candidates.map((candidate) => candidate.criteria),
      );
      const matched = candidates.filter((_, i) => matches[i]).map((c) => c.savedSearch);
      alerts += await this.record(matched, { kind, id: listingId, title: listing.title });
    }
    return checked
      ? { status: 'done', detail: `${alerts} alerts` }
      : { status: 'skipped', reason: 'no saved search could match' };
  }

  private candidates(savedSearches: SavedSearch[]): Candidate[] {
    const candidates: Candidate[] = [];
    for (const savedSearch of savedSearches) {
      try {
        candidates.push({ savedSearch, criteria: parseStoredQuery(savedSearch.query) });
      } catch (error) {
        if (!(error instanceof ValidationFailedError)) throw error;
        // A code withdrawn from a catalogue since it was saved: skip rather than fail the job.
        this.logger.warn(`Saved search ${savedSearch.id} no longer parses: ${error.message}`);
      }
    }
    return candidates;
  }

  /** One alert per matching saved search; returns how many were new. */
  private async record(
    matched: SavedSearch[],
    listing: { kind: JobPayload<'notify.saved-search-alerts'>['kind']; id: string; title: string },
  ): Promise<number> {
    if (matched.length === 0) return 0;
    return this.transactions.run(async (manager) => {
      let recorded = 0;
      for (const savedSearch of matched) {
        const inserted = await this.recorder.record(manager, [
          {
            type: 'saved_search.alert',
            recipients: { userIds: [savedSearch.userId] },
            dedupKey: `saved-search:${savedSearch.id}:${listing.kind}:${listing.id}`,
            params: { savedSearchId: savedSearch.id, savedSearchName: savedSearch.name, listing },
            subject: { kind: listing.kind, id: listing.id },
          },
        ]);
        if (inserted.length === 0) continue;
        recorded += 1;
        await this.savedSearches.markAlerted(manager, savedSearch.id, this.clock.now());
      }
      return recorded;
    });
  }
}
