import { ListingProfile, listingText } from './match-profiles';
import { MatchConfig } from './match-weights';
import { TextFeatures, textFeatures } from './text-similarity';

/**
 * Text features of listings by kind, id and row version, the least recently used dropped first.
 * A recompute chunk loads the same popular achievements (or needs) again for listing after
 * listing, each time as a new object, and vectorising one costs about as much as scoring it.
 *
 * Keyed by the row version because every write to a listing bumps it (TypeORM's version column;
 * the search documents and index freshness rely on the same number), so a key always stands for
 * one title, keyword list and body. Bounded because a chunk can meet thousands of listings
 * (about 10 KiB of features each).
 */
export class ListingFeatureCache {
  private readonly entries = new Map<string, TextFeatures>();

  constructor(
    private readonly config: MatchConfig['text'],
    private readonly capacity: number,
  ) {}

  featuresOf(listing: ListingProfile): TextFeatures {
    // Extracted keywords change without a new version when the word statistics are refreshed.
    const extracted = listing.extractedKeywords?.join('、') ?? '';
    const key = `${listing.kind}:${listing.id}:${listing.version}:${extracted}`;
    const cached = this.entries.get(key);
    if (cached) {
      // Re-inserting moves the entry to the end: Map order is the recency order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const features = textFeatures(listingText(listing), this.config);
    this.entries.set(key, features);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return features;
  }
}
