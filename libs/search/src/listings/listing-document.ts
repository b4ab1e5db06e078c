import type { ListingKind, ListingRecord } from '@rongtong/catalog';
import { IndustryCatalog, RegionCatalog } from '@rongtong/identity';
import { chineseSubwords, LISTING_SUBWORD_OPTIONS } from '../chinese/subword-field';

/**
 * A published listing as Meilisearch holds it. Only public fields: never contact details, and
 * an anonymous need carries no owner name or id. Unpublished listings are never indexed.
 */
export interface ListingDocument {
  id: string;
  kind: ListingKind;
  version: number;
  title: string;
  keywords: string[];
  /** description / abstract / problem */
  body: string;
  /** Lowest-weighted: the Han bigrams of the text, so 电池 finds 锂电池 (see LISTING_SUBWORD_OPTIONS). */
  subwords: string;
  organisationId: string | null;
  organisationName: string;
  organisationType: string | null;
  industryCode: string;
  /** The code and its ancestors (section letter, 2, 3 digits): prefix filters become equality. */
  industryPrefixes: string[];
  industrySection: string;
  industryName: string;
  regionCode: string;
  /** Province, city and county six-digit codes containing the region. */
  regionPrefixes: string[];
  provinceCode: string;
  regionName: string;
  /** Cooperation modes wanted (need) or transfer modes offered (achievement). */
  modes: string[];
  trl: number | null;
  /** 万元: budget range of a need, price of an achievement, reward of a challenge. */
  amountMinWan: number | null;
  amountMaxWan: number | null;
  negotiable: boolean;
  minTier: string | null;
  eligibleOrganisationTypes: string[];
  /** Unix seconds. */
  publishedAt: number;
  validUntil: number;
}

function unixDay(date: string): number {
  return Math.floor(Date.parse(`${date}T23:59:59+08:00`) / 1000);
}

/** The document of a published listing, from the catalog's listing record. */
export function toListingDocument(listing: ListingRecord): ListingDocument {
  const regions = RegionCatalog.shared();
  const industries = IndustryCatalog.shared();
  const industry = industries.find(listing.industryCode);
  const region = regions.find(listing.regionCode);
  const province = regions.provinceOf(listing.regionCode);
  const { anonymous, body, owner } = listing;
  return {
    id: listing.id,
    kind: listing.kind,
    version: listing.version,
    title: listing.title,
    keywords: listing.keywords,
    body,
    subwords: chineseSubwords(
      [listing.title, listing.keywords.join(' '), body].join(' '),
      LISTING_SUBWORD_OPTIONS,
    ),
    organisationId: anonymous ? null : listing.organisationId,
    organisationName: anonymous ? '' : (owner?.name ?? ''),
    organisationType: owner?.type ?? null,
    industryCode: listing.industryCode,
    industryPrefixes: industry
      ? [...new Set([industry.sectionCode, ...industry.path])]
      : [listing.industryCode],
    industrySection: industry?.sectionCode ?? '',
    industryName: industry?.name ?? '',
    regionCode: listing.regionCode,
    regionPrefixes: [
      ...new Set(
        [province, regions.cityOf(listing.regionCode), region]
          .filter((r) => r !== undefined)
          .map((r) => r.code),
      ),
    ],
    provinceCode: province?.code ?? '',
    regionName: region?.fullName ?? '',
    modes: listing.modes,
    trl: listing.trl,
    amountMinWan: listing.amountMinWan,
    amountMaxWan: listing.amountMaxWan,
    negotiable: listing.negotiable,
    minTier: listing.minTier,
    eligibleOrganisationTypes: listing.eligibleOrganisationTypes,
    publishedAt: Math.floor((listing.publishedAt ?? listing.updatedAt).getTime() / 1000),
    validUntil: unixDay(listing.validUntil),
  };
}
