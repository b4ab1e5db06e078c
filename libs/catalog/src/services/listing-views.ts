import { IndustryCatalog, Organisation, RegionCatalog } from '@rongtong/identity';
import { Achievement } from '../entities/achievement.entity';
import { Challenge } from '../entities/challenge.entity';
import { ListingBase, ListingKind } from '../entities/listing-base';
import { TechNeed } from '../entities/tech-need.entity';
import type { PendingRevisionView } from './listing-revisions.service';

export interface ListingOwnerRef {
  id: string | null;
  name: string;
  type: string | null;
  anonymous: boolean;
}

/** What anyone sees of a listing; never contact details. */
export interface ListingView {
  kind: ListingKind;
  id: string;
  status: string;
  title: string;
  keywords: string[];
  industryCode: string;
  industryName: string;
  regionCode: string;
  regionName: string;
  validUntil: string;
  publishedAt: string | null;
  updatedAt: string;
  version: number;
  organisation: ListingOwnerRef;
  /** Owners and reviewers only. */
  rejectionReason?: string | null;
  /**
   * Owners and reviewers only: an edit of this published listing waiting for review (the
   * fields above stay the published ones until it is approved), or null.
   */
  pendingRevision?: PendingRevisionView | null;
  details: Record<string, unknown>;
}

const ANONYMOUS_OWNER = { id: null, name: '匿名企业 (anonymous)', type: null, anonymous: true };

function ownerRef(
  organisation: Organisation | undefined,
  anonymous: boolean,
  privileged: boolean,
): ListingOwnerRef {
  if (!organisation) return { ...ANONYMOUS_OWNER };
  if (anonymous && !privileged) return { ...ANONYMOUS_OWNER, type: organisation.type };
  return { id: organisation.id, name: organisation.name, type: organisation.type, anonymous };
}

function detailsOf(kind: ListingKind, listing: ListingBase): Record<string, unknown> {
  if (kind === 'need') {
    const need = listing as TechNeed;
    return {
      description: need.description,
      cooperationModes: need.cooperationModes,
      budgetMinWan: need.budgetMinWan,
      budgetMaxWan: need.budgetMaxWan,
      budgetNegotiable: need.budgetNegotiable,
      desiredTrl: need.desiredTrl,
    };
  }
  if (kind === 'achievement') {
    const achievement = listing as Achievement;
    return {
      abstract: achievement.abstract,
      technologyField: achievement.technologyField,
      patents: achievement.patents,
      trl: achievement.trl,
      transferModes: achievement.transferModes,
      licenceKinds: achievement.licenceKinds,
      openLicenceTerms: achievement.openLicenceTerms,
      priceWan: achievement.priceWan,
      priceNegotiable: achievement.priceNegotiable,
      team: achievement.team,
      institution: achievement.institution,
      applicationScenarios: achievement.applicationScenarios,
    };
  }
  const challenge = listing as Challenge;
  return {
    problem: challenge.problem,
    technicalIndicators: challenge.technicalIndicators,
    rewardWan: challenge.rewardWan,
    deadline: challenge.validUntil,
    minTier: challenge.minTier,
    eligibleOrganisationTypes: challenge.eligibleOrganisationTypes,
    eligibleRegionCodes: challenge.eligibleRegionCodes,
    evaluationCriteria: challenge.evaluationCriteria,
  };
}

/** Builds the response for a listing; `privileged` = the owner's members or a reviewer. */
export function toListingView(
  kind: ListingKind,
  listing: ListingBase,
  privileged: boolean,
  pendingRevision: PendingRevisionView | null = null,
): ListingView {
  const anonymous = kind === 'need' && (listing as TechNeed).anonymous;
  return {
    kind,
    id: listing.id,
    status: listing.status,
    title: listing.title,
    keywords: listing.keywords,
    industryCode: listing.industryCode,
    industryName: IndustryCatalog.shared().find(listing.industryCode)?.name ?? '',
    regionCode: listing.regionCode,
    regionName: RegionCatalog.shared().find(listing.regionCode)?.fullName ?? '',
    validUntil: listing.validUntil,
    publishedAt: listing.publishedAt?.toISOString() ?? null,
    updatedAt: listing.updatedAt.toISOString(),
    version: listing.version,
    organisation: ownerRef(listing.organisation, anonymous, privileged),
    ...(privileged ? { rejectionReason: listing.rejectionReason, pendingRevision } : {}),
    details: detailsOf(kind, listing),
  };
}
