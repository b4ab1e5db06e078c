import { Achievement, Challenge, ListingBase, ListingKind, TechNeed } from '@rongtong/catalog';
import { IndustryCatalog, Organisation, RegionCatalog } from '@rongtong/identity';
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

export function toListingDocument(
  kind: ListingKind,
  listing: ListingBase,
  organisation: Organisation | undefined,
): ListingDocument {
  const regions = RegionCatalog.shared();
  const industries = IndustryCatalog.shared();
  const industry = industries.find(listing.industryCode);
  const region = regions.find(listing.regionCode);
  const province = regions.provinceOf(listing.regionCode);
  const { anonymous, body, ...kindFields } = kindFieldsOf(kind, listing);
  return {
    id: listing.id,
    kind,
    version: listing.version,
    title: listing.title,
    keywords: listing.keywords,
    body,
    subwords: chineseSubwords(
      [listing.title, listing.keywords.join(' '), body].join(' '),
      LISTING_SUBWORD_OPTIONS,
    ),
    organisationId: anonymous ? null : listing.organisationId,
    organisationName: anonymous ? '' : (organisation?.name ?? ''),
    organisationType: organisation?.type ?? null,
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
    ...kindFields,
    publishedAt: Math.floor((listing.publishedAt ?? listing.updatedAt).getTime() / 1000),
    validUntil: unixDay(listing.validUntil),
  };
}

type KindFields = Pick<
  ListingDocument,
  | 'body'
  | 'modes'
  | 'trl'
  | 'amountMinWan'
  | 'amountMaxWan'
  | 'negotiable'
  | 'minTier'
  | 'eligibleOrganisationTypes'
> & { anonymous: boolean };

/** What each kind contributes to the common document shape, in one place per kind. */
function kindFieldsOf(kind: ListingKind, listing: ListingBase): KindFields {
  const none = { minTier: null, eligibleOrganisationTypes: [], anonymous: false };
  if (kind === 'need') {
    const need = listing as TechNeed;
    return {
      ...none,
      body: need.description,
      modes: need.cooperationModes,
      trl: need.desiredTrl,
      amountMinWan: need.budgetMinWan,
      amountMaxWan: need.budgetMaxWan,
      negotiable: need.budgetNegotiable,
      anonymous: need.anonymous,
    };
  }
  if (kind === 'achievement') {
    const achievement = listing as Achievement;
    return {
      ...none,
      body: achievement.abstract,
      modes: achievement.transferModes,
      trl: achievement.trl,
      amountMinWan: achievement.priceWan,
      amountMaxWan: achievement.priceWan,
      negotiable: achievement.priceNegotiable,
    };
  }
  const challenge = listing as Challenge;
  return {
    ...none,
    body: challenge.problem,
    modes: [],
    trl: null,
    amountMinWan: challenge.rewardWan,
    amountMaxWan: challenge.rewardWan,
    negotiable: false,
    minTier: challenge.minTier,
    eligibleOrganisationTypes: challenge.eligibleOrganisationTypes,
  };
}
