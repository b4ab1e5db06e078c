import type { OrganisationSummary, OrganisationType, SmeTier } from '@rongtong/identity';
import type { Achievement } from '../entities/achievement.entity';
import type { Challenge } from '../entities/challenge.entity';
import type { ListingBase, ListingKind, ListingState } from '../entities/listing-base';
import type { TechNeed } from '../entities/tech-need.entity';

/**
 * A listing in the one shape other contexts read: search builds its documents from it, matching
 * its profiles. Each kind's own columns are mapped onto the common fields here and nowhere else.
 */
export interface ListingRecord {
  kind: ListingKind;
  id: string;
  version: number;
  organisationId: string;
  status: ListingState;
  title: string;
  keywords: string[];
  /** description (need) / abstract (achievement) / problem (challenge) */
  body: string;
  industryCode: string;
  regionCode: string;
  /** Last open day, YYYY-MM-DD (China calendar). */
  validUntil: string;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Cooperation modes wanted (need) or transfer modes offered (achievement). */
  modes: string[];
  /** Desired TRL (need) or the achievement's TRL. */
  trl: number | null;
  /** 万元: budget range of a need, price of an achievement, reward of a challenge. */
  amountMinWan: number | null;
  amountMaxWan: number | null;
  negotiable: boolean;
  /** An anonymous need hides its owner from the public. */
  anonymous: boolean;
  minTier: SmeTier | null;
  eligibleOrganisationTypes: OrganisationType[];
  eligibleRegionCodes: string[];
  /** The owning organisation's name and type; undefined if it is gone. */
  owner: OrganisationSummary | undefined;
}

/** The first lines of a listing: enough to name it and its owner. */
export interface ListingHead {
  kind: ListingKind;
  id: string;
  title: string;
  status: ListingState;
  organisationId: string;
  industryCode: string;
  regionCode: string;
  validUntil: string;
  anonymous: boolean;
}

/** Maps a loaded listing of any kind onto the common record (the one per-kind mapping). */
export function toListingRecord(
  kind: ListingKind,
  listing: ListingBase,
  owner: OrganisationSummary | undefined,
): ListingRecord {
  return {
    kind,
    id: listing.id,
    version: listing.version,
    organisationId: listing.organisationId,
    status: listing.status,
    title: listing.title,
    keywords: listing.keywords,
    industryCode: listing.industryCode.trim(),
    regionCode: listing.regionCode.trim(),
    validUntil: listing.validUntil,
    publishedAt: listing.publishedAt,
    updatedAt: listing.updatedAt,
    ...kindFields(kind, listing),
    owner,
  };
}

type KindFields = Pick<
  ListingRecord,
  | 'body'
  | 'modes'
  | 'trl'
  | 'amountMinWan'
  | 'amountMaxWan'
  | 'negotiable'
  | 'anonymous'
  | 'minTier'
  | 'eligibleOrganisationTypes'
  | 'eligibleRegionCodes'
>;

function kindFields(kind: ListingKind, listing: ListingBase): KindFields {
  const none = {
    anonymous: false,
    minTier: null,
    eligibleOrganisationTypes: [],
    eligibleRegionCodes: [],
  };
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
    minTier: challenge.minTier as SmeTier | null,
    eligibleOrganisationTypes: challenge.eligibleOrganisationTypes as OrganisationType[],
    eligibleRegionCodes: challenge.eligibleRegionCodes,
  };
}
