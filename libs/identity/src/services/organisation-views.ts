import { Membership } from '../entities/membership.entity';
import {
  Organisation,
  OrganisationContact,
  OrganisationType,
} from '../entities/organisation.entity';
import { SmeTier } from '../entities/sme-certification.entity';
import { User } from '../entities/user.entity';
import type { UsccClaim } from '../entities/uscc-claim.entity';
import type { PendingNameView } from '../name-changes/name-change-views';
import { CertificationView, toCertificationView } from '../certifications/certification-views';
import { declaredTierOf, verifiedTierOf } from '../tiers/tier-rules';

/** What anyone may see of an organisation: no contact details. */
export interface PublicOrganisationView {
  id: string;
  type: OrganisationType;
  name: string;
  uscc: string;
  regionCode: string;
  industryCode: string;
  profile: string;
  website: string | null;
  /** The verified tier today (已核验): the only tier that counts anywhere. */
  currentTier: SmeTier | null;
  /** The highest tier claimed but not yet verified (自主申报, 待核验); counts for nothing. */
  declaredTier: SmeTier | null;
  /**
   * 统一社会信用代码 ownership: `verified` once a reviewer verified a claim, `pending` while the
   * sign-up's claim waits, `unverified` otherwise (self-declared; stricter limits apply).
   */
  usccStatus: UsccStatus;
  /** Verified and pending certificates (members also see rejected and revoked ones). */
  certifications: CertificationView[];
  createdAt: string;
}

/** What members (and admins) see: adds private contact details. */
export interface MemberOrganisationView extends PublicOrganisationView {
  contact: OrganisationContact;
  version: number;
  /** A new name an owner asked for, waiting for review; `name` stays public until then. */
  pendingName: PendingNameView | null;
}

const PUBLIC_STATUSES = new Set(['pending', 'verified', 'under_review']);

export const USCC_STATUSES = ['verified', 'pending', 'unverified'] as const;
export type UsccStatus = (typeof USCC_STATUSES)[number];

/** An organisation as the views read it, with its claims' kind and status at least. */
export type OrganisationForView = Omit<Organisation, 'usccClaims'> & {
  usccClaims?: Pick<UsccClaim, 'kind' | 'status'>[];
};

/** Only a verified claim makes the USCC verified; a pending dispute does not show. */
export function usccStatusOf(claims: readonly Pick<UsccClaim, 'kind' | 'status'>[]): UsccStatus {
  if (claims.some((claim) => claim.status === 'verified')) return 'verified';
  if (claims.some((claim) => claim.kind === 'registration' && claim.status === 'pending'))
    return 'pending';
  return 'unverified';
}

/** `today` is a China calendar day (YYYY-MM-DD). */
export function toPublicOrganisation(
  organisation: OrganisationForView,
  today: string,
  includeClosedCertificates = false,
): PublicOrganisationView {
  const certifications = organisation.certifications ?? [];
  const shown = certifications.filter(
    (certificate) => includeClosedCertificates || PUBLIC_STATUSES.has(certificate.status),
  );
  return {
    id: organisation.id,
    type: organisation.type,
    name: organisation.name,
    uscc: organisation.uscc,
    regionCode: organisation.regionCode,
    industryCode: organisation.industryCode,
    profile: organisation.profile,
    website: organisation.website,
    usccStatus: usccStatusOf(organisation.usccClaims ?? []),
    currentTier: verifiedTierOf(certifications, today),
    declaredTier: declaredTierOf(certifications, today),
    certifications: shown
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((certificate) => toCertificationView(certificate, today)),
    createdAt: organisation.createdAt.toISOString(),
  };
}

export function toMemberOrganisation(
  organisation: OrganisationForView,
  today: string,
  pendingName: PendingNameView | null = null,
): MemberOrganisationView {
  return {
    ...toPublicOrganisation(organisation, today, true),
    contact: organisation.contact,
    version: organisation.version,
    pendingName,
  };
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  mobile: string | null;
  locale: string;
  platformRoles: string[];
  /** Publishing and interest wait until the address is verified. */
  emailVerified: boolean;
  createdAt: string;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    mobile: user.mobile,
    locale: user.locale,
    platformRoles: user.platformRoles,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export interface MembershipView {
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  role: string;
}

export function toMembershipView(
  membership: Membership & { organisation: Organisation },
): MembershipView {
  return {
    organisationId: membership.organisationId,
    organisationName: membership.organisation.name,
    organisationType: membership.organisation.type,
    role: membership.role,
  };
}
