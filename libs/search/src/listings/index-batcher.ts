export interface IndexBatcherOptions {
  /** How long the first id of a batch waits for company. */
  maxWaitMs: number;
  /** A batch this large is flushed at once. */
  maxBatchSize: number;
}

interface PendingBatch {
  ids: Set<string>;
  settled: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
  due: boolean;
}

/**
 * Coalesces ids for one index and hands them to `flush` in batches, ONE flush at a time.
 *
 * Why this keeps the index correct: Meilisearch has no conditional writes, so whichever write is
 * applied last wins. `flush` reads the current rows when it starts, and a submitted id always
 * joins a batch that has not started yet. A job is processed after its change committed, so the
 * flush that serves it reads that change or a later one; and since flushes of an index never
 * overlap, a later flush has read later state and its writes are enqueued after the earlier
 * flush's writes. Within this process the index therefore converges to PostgreSQL.
 */
export class IndexBatcher {
  private pending?: PendingBatch;
  private flushing = false;

  constructor(
    private readonly flush: (ids: string[]) => Promise<void>,
    private readonly options: IndexBatcherOptions,
  ) {}

  /** Resolves once a flush that started after this call has written the id's current state. */
  submit(id: string): Promise<void> {
    const batch = (this.pending ??= this.openBatch());
    batch.ids.add(id);
    if (batch.ids.size >= this.options.maxBatchSize) this.markDue(batch);
    return batch.settled;
  }

  /** Ids waiting for a flush (not counting the one in flight). */
  get waiting(): number {
    return this.pending?.ids.size ?? 0;
  }

  private openBatch(): PendingBatch {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const settled = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Callers may drop their promise (e.g. a timed-out job); never an unhandled rejection.
    settled.catch(() => undefined);
    const batch: PendingBatch = { ids: new Set(), settled, resolve, reject, due: false };
    batch.timer = setTimeout(() => this.markDue(batch), this.options.maxWaitMs);
    return batch;
  }

  private markDue(batch: PendingBatch): void {
    clearTimeout(batch.timer);
    batch.due = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending?.due) {
        const batch = this.pending;
        this.pending = undefined;
        try {
          await this.flush([...batch.ids]);
          batch.resolve();
        } catch (error) {
          batch.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
