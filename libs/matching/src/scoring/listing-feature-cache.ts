import { ListingProfile, listingText, type TextSource } from './match-profiles';
import { TextFeatureCache } from './text-feature-cache';

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
export class ListingFeatureCache extends TextFeatureCache<ListingProfile> {
  protected keyOf(listing: ListingProfile): string {
    // Extracted keywords change without a new version when the word statistics are refreshed.
    const extracted = listing.extractedKeywords?.join('、') ?? '';
    return `${listing.kind}:${listing.id}:${listing.version}:${extracted}`;
  }

  protected textOf(listing: ListingProfile): TextSource {
    return listingText(listing);
  }
}
