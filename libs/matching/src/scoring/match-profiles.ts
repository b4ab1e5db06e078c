import type { ListingKind } from '@rongtong/catalog';
import type { OrganisationType, SmeTier, TierCertificate } from '@rongtong/identity';

/**
 * What the scorer knows of a listing: the public, structured fields of any kind, read from
 * PostgreSQL. Kind-specific fields are null where they do not apply.
 */
export interface ListingProfile {
  kind: ListingKind;
  id: string;
  /** The row version; search documents carry the same number. */
  version: number;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  /** A need whose owner's name stays hidden until a match is mutual. */
  anonymous: boolean;
  status: string;
  /** Last open day (China calendar, YYYY-MM-DD); a challenge's deadline. */
  validUntil: string;
  title: string;
  /** The owner's keywords. */
  keywords: string[];
  /**
   * Keywords the matcher extracted from the title and body (needs and achievements; see
   * text/keyword-extraction.ts); absent when never extracted.
   */
  extractedKeywords?: string[];
  /** description / abstract / problem */
  body: string;
  industryCode: string;
  regionCode: string;
  /** Cooperation modes wanted (need) or transfer modes offered (achievement). */
  modes: string[];
  /** Achievement: its TRL. Need: the lowest TRL it can work with. */
  trl: number | null;
  /** 万元: a need's budget range; an achievement's price in both; a challenge's reward. */
  amountMinWan: number | null;
  amountMaxWan: number | null;
  /** 面议 */
  negotiable: boolean;
  publishedAt: Date | null;
  minTier: SmeTier | null;
  eligibleOrganisationTypes: string[];
  eligibleRegionCodes: string[];
}

/** What the scorer knows of an organisation as a counterpart: its capability profile. */
export interface OrganisationProfile {
  id: string;
  name: string;
  type: OrganisationType;
  profile: string;
  industryCode: string;
  regionCode: string;
  /** Titles and keywords of its published achievements: what it can do, in its own words. */
  achievementTitles: string[];
  achievementKeywords: string[];
  /** Verified certificates only (identity's OrganisationTiers): self-declared ones never count. */
  verifiedCertificates: TierCertificate[];
}

/** Text the similarity reads from either kind of profile. */
export interface TextSource {
  title: string;
  /** The owner's keywords. */
  keywords: string[];
  /** Keywords extracted from the text, read where the owner gave none. */
  extractedKeywords?: readonly string[];
  body: string;
}

export function listingText(listing: ListingProfile): TextSource {
  return {
    title: listing.title,
    keywords: listing.keywords,
    extractedKeywords: listing.extractedKeywords,
    body: listing.body,
  };
}

/** An organisation "reads" as its achievement titles (its title) and profile (its body). */
export function organisationText(organisation: OrganisationProfile): TextSource {
  return {
    title: organisation.achievementTitles.join('；'),
    keywords: organisation.achievementKeywords,
    body: organisation.profile,
  };
}
