import { OrganisationProfile, organisationText, type TextSource } from './match-profiles';
import { TextFeatureCache } from './text-feature-cache';

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
export class OrganisationFeatureCache extends TextFeatureCache<OrganisationProfile> {
  protected keyOf(organisation: OrganisationProfile): string {
    const source = organisationText(organisation);
    // U+0000 and U+0001 occur in none of the parts, so distinct texts get distinct keys.
    return `${source.title}\u0000${source.keywords.join('\u0001')}\u0000${source.body}`;
  }

  protected textOf(organisation: OrganisationProfile): TextSource {
    return organisationText(organisation);
  }
}
