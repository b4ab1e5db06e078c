import { ProfileLoader } from './retrieval/profile-loader';
import { OrganisationProfile } from './scoring/match-profiles';
import { ListingFeatureCache } from './scoring/listing-feature-cache';
import { OrganisationFeatureCache } from './scoring/organisation-feature-cache';
import { MatchScorer } from './scoring/match-scorer';
import { MATCH_CONFIG } from './scoring/match-weights';

/**
 * Listings whose text features a scope keeps: about 10 KiB each, so ~20 MiB per chunk and four
 * chunks run at once; a chunk's listings share most of their candidates within this window.
 */
const LISTING_FEATURES_KEPT = 2_000;

/**
 * What one matching run reuses across the listings it matches: organisation capability profiles
 * (each read with the titles and keywords of up to 20 achievements) and the text features of
 * the profiles it scored (listings by id and version, see ListingFeatureCache). A nightly chunk
 * of 200 listings meets the same organisations and popular listings again and again; without
 * this each listing reloaded and re-vectorised them all.
 *
 * Lives for one job (a recompute chunk) and never longer: an organisation's profile, its
 * achievements and its tier certificates can change between runs, and no single version number
 * covers all three, so a process-wide cache could serve stale capability text or tiers. Within a
 * chunk the profiles are as fresh as the first listing that needed them (a chunk takes minutes).
 */
export class MatchScope {
  readonly scorer: MatchScorer;
  /** null: asked for and not found, so it is not asked for again. */
  private readonly organisationsById = new Map<string, OrganisationProfile | null>();

  /**
   * `listingFeatures` and `organisationFeatures`: text features to share beyond this scope
   * (keyed by row version and by the text itself, so they never go stale); default: the
   * scope's own listing features, and organisations' per profile object.
   */
  constructor(
    private readonly loader: ProfileLoader,
    listingFeatures = new ListingFeatureCache(MATCH_CONFIG.text, LISTING_FEATURES_KEPT),
    organisationFeatures?: OrganisationFeatureCache,
  ) {
    this.scorer = new MatchScorer(MATCH_CONFIG, listingFeatures, organisationFeatures);
  }

  /** Organisations by id in the order of `ids`, reading only those this scope has not seen. */
  async organisations(ids: readonly string[]): Promise<OrganisationProfile[]> {
    const missing = [...new Set(ids.filter((id) => !this.organisationsById.has(id)))];
    if (missing.length > 0) {
      const loaded = await this.loader.organisations(missing);
      for (const id of missing) this.organisationsById.set(id, null);
      for (const profile of loaded) this.organisationsById.set(profile.id, profile);
    }
    return ids.flatMap((id) => this.organisationsById.get(id) ?? []);
  }
}
