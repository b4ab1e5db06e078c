import type { StoredTermStatistics, TermStatisticsStore } from './term-statistics.store';

/** How long a process trusts its copy before asking whether a newer refresh exists. */
const RECHECK_MS = 5 * 60_000;

/**
 * Statistics the nightly refresh stores in PostgreSQL (BM25's term statistics, the word IDF of
 * keyword extraction), held in memory by each process: asked again at most every five minutes
 * whether a newer refresh exists, and read again only then; one read at a time.
 */
export class StoredStatistics<T> {
  private cached: { value: T; refreshedAt?: Date; checkedAt: number } | undefined;
  private loading: Promise<T> | undefined;

  /** `build` turns what is stored (nothing before the first refresh) into what callers use. */
  constructor(
    private readonly store: TermStatisticsStore,
    private readonly kind: string,
    private readonly build: (stored: StoredTermStatistics | undefined) => T,
  ) {}

  async current(): Promise<T> {
    const now = Date.now();
    if (this.cached && now - this.cached.checkedAt < RECHECK_MS) return this.cached.value;
    this.loading ??= this.reload(now).finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** Drops the copy (after this process refreshed the statistics itself). */
  forget(): void {
    this.cached = undefined;
  }

  private async reload(now: number): Promise<T> {
    const refreshedAt = await this.store.refreshedAt(this.kind);
    if (this.cached && refreshedAt?.getTime() === this.cached.refreshedAt?.getTime()) {
      this.cached.checkedAt = now;
      return this.cached.value;
    }
    const stored = await this.store.load(this.kind);
    const value = this.build(stored);
    this.cached = { value, refreshedAt: stored?.refreshedAt, checkedAt: now };
    return value;
  }
}
