import { OrganisationProfile, organisationText } from './match-profiles';
import { MatchConfig } from './match-weights';
import { TextFeatures, textFeatures } from './text-similarity';

/**
 * Text features of organisations' capability texts (profile, achievement titles and keywords),
 * keyed by that text itself, the least recently used dropped first. Every new need is scored
 * against up to a few hundred organisations, and vectorising their texts again for each was
 * about a fifth of findCandidates' CPU at 200k listings.
 *
 * Keyed by content rather than by id: no single version number covers a profile and its
 * achievements (see MatchScope), but the same text always has the same features, so an entry
 * never goes stale; the profile itself (tier, type, region) is still read fresh by every run.
 */
export class OrganisationFeatureCache {
  private readonly entries = new Map<string, TextFeatures>();

  constructor(
    private readonly config: MatchConfig['text'],
    private readonly capacity: number,
  ) {}

  featuresOf(organisation: OrganisationProfile): TextFeatures {
    const source = organisationText(organisation);
    // U+0000 and U+0001 occur in none of the parts, so distinct texts get distinct keys.
    const key = `${source.title}\u0000${source.keywords.join('\u0001')}\u0000${source.body}`;
    const cached = this.entries.get(key);
    if (cached) {
      // Re-inserting moves the entry to the end: Map order is the recency order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const features = textFeatures(source, this.config);
    this.entries.set(key, features);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return features;
  }
}
