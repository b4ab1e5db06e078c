import { Injectable, Logger } from '@nestjs/common';
import { ListingKind } from '@rongtong/catalog';
import { LISTING_INDEX, SearchClient } from '@rongtong/search';

const POLL_MS = 50;
const TIMEOUT_MS = 15_000;

/**
 * Waits until a listing's own document is searchable at its current version before the listing
 * is matched. Meilisearch processes tasks in the order they were enqueued, so once this
 * listing's write is done every listing published before it is searchable too: of two listings
 * published moments apart, the later one's matching then always finds the earlier one (whose
 * own matching ran too early to find the later).
 */
@Injectable()
export class IndexFreshness {
  private readonly logger = new Logger(IndexFreshness.name);

  constructor(private readonly search: SearchClient) {}

  async untilIndexed(kind: ListingKind, id: string, version: number): Promise<boolean> {
    const index = this.search.client.index(this.search.indexName(LISTING_INDEX[kind]));
    const deadline = Date.now() + TIMEOUT_MS;
    while (Date.now() < deadline) {
      try {
        const document = await index.getDocument(id, { fields: ['version'] });
        if (Number(document.version) >= version) return true;
      } catch {
        // Not there yet (or the index is not created yet): poll again.
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    // Matching goes ahead; the nightly recompute finds what this run could not.
    this.logger.warn(`${kind} ${id} v${version} not searchable after ${TIMEOUT_MS} ms`);
    return false;
  }
}
