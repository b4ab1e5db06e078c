import { ListingKind } from '@rongtong/common';
import { Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Clock } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { FoundCandidate, MatchFinder } from './match-finder';
import { MatchScope } from './match-scope';
import { matchFoundIntents } from './notifications/match-intents';
import { ExistingPair, MatchStore, pairKey, StoredPair } from './persistence/match-store';
import { OrientedPair, orientPair } from './persistence/pair-orientation';
import { ProfileLoader } from './retrieval/profile-loader';
import { TermStatisticsService } from './text/term-statistics.service';
import { MATCH_CONFIG } from './scoring/match-weights';
import { qualifiesAsMatch } from './scoring/pair-qualification';
import { ListingProfile } from './scoring/match-profiles';

export interface MatchListingResult {
  /**
   * matched: the listing's pairs were recomputed; retired: it is not open, its pairs went
   * inactive; superseded: a later version is on its way through the index, nothing was done.
   */
  outcome: 'matched' | 'retired' | 'superseded';
  /** Pairs stored active by this run. */
  active: number;
  deactivated: number;
  notified: number;
}

/** PostgreSQL errors worth one more try of the whole transaction (deadlock, serialization). */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * Recomputes and stores a listing's matches. Pairs are upserted in place (one row per pair
 * whichever side computed it), pairs that no longer qualify go inactive (never deleted), and
 * new or clearly better pairs are notified in the same transaction.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private readonly settings = MATCH_CONFIG.persistence;

  constructor(
    private readonly finder: MatchFinder,
    private readonly profiles: ProfileLoader,
    private readonly store: MatchStore,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly clock: Clock,
    private readonly termStatistics: TermStatisticsService,
  ) {}

  /**
   * Idempotent: the same listing state gives the same rows and no second notification.
   * After a change the job runs from `listing.indexed`, once the listing itself is searchable,
   * so whichever of two listings published together is matched last finds the other.
   * `indexedVersion`: the version the index announced; a listing that moved on since is left to
   * the later version's own event ('superseded').
   */
  async matchListing(
    kind: ListingKind,
    id: string,
    options: { indexedVersion?: number; scope?: MatchScope } = {},
  ): Promise<MatchListingResult> {
    const source = await this.profiles.listing(kind, id);
    if (!source || !this.isOpen(source)) {
      if (kind !== 'challenge') await this.termStatistics.unindex(kind, id);
      return this.retire(kind, id);
    }
    if (options.indexedVersion !== undefined && source.version > options.indexedVersion) {
      return { outcome: 'superseded', active: 0, deactivated: 0, notified: 0 };
    }
    // An open need or achievement is in the BM25 index the other kind's retrieval ranks, and
    // has keywords extracted from its current text.
    if (kind !== 'challenge')
      source.extractedKeywords = await this.termStatistics.index(kind, source);
    const scope = options.scope ?? this.finder.newScope();
    const candidates = await this.finder.candidatesOf(source, {
      limit: Number.MAX_SAFE_INTEGER,
      scope,
    });
    const kept = this.keep(source.kind, candidates);
    return this.withRetry(() =>
      this.transactions.run(async (manager) => {
        await this.store.lockListing(manager, kind, id);
        const existing = await this.store.lockPairsOf(manager, kind, id);
        const pairs = new Map<string, OrientedPair>();
        for (const candidate of kept) {
          const pair = orientPair(source, candidate);
          pairs.set(pairKey(pair.row), pair);
        }
        // Pairs shared with listings of the other kind that retrieval did not bring back this
        // time are rescored, not dropped: the other side may keep them in its own top list.
        for (const candidate of await this.rescoreShared(source, existing, pairs, scope)) {
          const pair = orientPair(source, candidate);
          pairs.set(pairKey(pair.row), pair);
        }
        const now = this.clock.now();
        await this.store.recordRun(manager, kind, id, source.version, now);
        const stored = await this.store.upsert(
          manager,
          [...pairs.values()].map((pair) => pair.row),
          now,
        );
        const storedKeys = new Set(stored.map((row) => row.key));
        const stale = existing.filter((row) => row.active && !storedKeys.has(row.key));
        const deactivated = await this.store.deactivate(
          manager,
          stale.map((row) => row.id),
        );
        const intents: NotificationIntent[] = [];
        for (const row of stored) {
          const pair = pairs.get(row.key);
          if (!pair || !this.worthNotifying(row)) continue;
          intents.push(
            ...matchFoundIntents(
              { matchId: row.id, ...pair.parties },
              row.score,
              row.notifiedScore,
              pair.row.reasons,
            ),
          );
          await this.store.markNotified(manager, row.id, row.score);
        }
        if (intents.length > 0) await this.recorder.record(manager, intents);
        const notified = new Set(intents.map((intent) => intent.subject?.id)).size;
        return { outcome: 'matched' as const, active: stored.length, deactivated, notified };
      }),
    );
  }

  /**
   * Recomputes listings of one kind in turn (a nightly chunk), sharing one MatchScope so the
   * organisations and candidate listings they have in common are read or vectorised once.
   * Returns the active pairs.
   */
  async matchListings(kind: ListingKind, ids: readonly string[]): Promise<number> {
    const scope = this.finder.newScope();
    let active = 0;
    for (const id of ids) active += (await this.matchListing(kind, id, { scope })).active;
    return active;
  }

  /** Every pair of a listing that is not open (unpublished, closed, expired, deleted) goes inactive. */
  async retire(kind: ListingKind, id: string): Promise<MatchListingResult> {
    return this.withRetry(() =>
      this.transactions.run(async (manager) => {
        await this.store.lockListing(manager, kind, id);
        const existing = await this.store.lockPairsOf(manager, kind, id);
        const deactivated = await this.store.deactivate(
          manager,
          existing.filter((row) => row.active).map((row) => row.id),
        );
        return { outcome: 'retired' as const, active: 0, deactivated, notified: 0 };
      }),
    );
  }

  isOpen(listing: ListingProfile): boolean {
    return listing.status === 'published' && listing.validUntil >= this.clock.today();
  }

  /**
   * At least the minimum score, about the same subject (`qualifiesAsMatch`), and the best N per
   * counterpart kind (candidates are ranked).
   */
  private keep(kind: ListingKind, candidates: FoundCandidate[]): FoundCandidate[] {
    const perKind = new Map<string, number>();
    return candidates.filter((candidate) => {
      if (!qualifiesAsMatch(kind, candidate)) return false;
      const count = perKind.get(candidate.counterpartKind) ?? 0;
      if (count >= this.settings.topPerDirection) return false;
      perKind.set(candidate.counterpartKind, count + 1);
      return true;
    });
  }

  private async rescoreShared(
    source: ListingProfile,
    existing: ExistingPair[],
    pairs: Map<string, OrientedPair>,
    scope: MatchScope,
  ): Promise<FoundCandidate[]> {
    if (source.kind === 'challenge') return [];
    const other = source.kind === 'need' ? 'achievement' : 'need';
    const ids = existing
      .filter(
        (row) =>
          row.active &&
          !pairs.has(row.key) &&
          row.subjectKind === 'need' &&
          row.counterpartKind === 'achievement',
      )
      .map((row) => (other === 'achievement' ? row.counterpartId : row.subjectId));
    if (ids.length === 0) return [];
    const rescored = await this.finder.rescore(source, other, ids, scope);
    return rescored.filter((candidate) => qualifiesAsMatch(source.kind, candidate));
  }

  /** New or clearly better, above the threshold, and not declined. */
  private worthNotifying(row: StoredPair): boolean {
    if (row.state === 'declined' || row.score < this.settings.notifyThreshold) return false;
    return row.notifiedScore === null || row.score >= row.notifiedScore + this.settings.notifyDelta;
  }

  private async withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
          ?.code;
        if (
          attempt >= ATTEMPTS ||
          !(error instanceof QueryFailedError) ||
          !RETRYABLE.has(code ?? '')
        ) {
          throw error;
        }
        this.logger.warn(`Retrying a match recompute after ${code} (attempt ${attempt})`);
      }
    }
  }
}
