import { Membership } from '../entities/membership.entity';
import {
  Organisation,
  OrganisationContact,
  OrganisationType,
} from '../entities/organisation.entity';
import { SmeCertification, SmeTier } from '../entities/sme-certification.entity';
import { User } from '../entities/user.entity';
import { currentTier } from './current-tier';

export interface CertificationView {
  id: string;
  tier: SmeTier;
  level: string;
  issuedOn: string;
  validUntil: string;
  status: string;
}

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
  currentTier: SmeTier | null;
  certifications: CertificationView[];
  createdAt: string;
}

/** What members (and admins) see: adds private contact details. */
export interface MemberOrganisationView extends PublicOrganisationView {
  contact: OrganisationContact;
  version: number;
}

export function toPublicOrganisation(
  organisation: Organisation,
  today: Date,
): PublicOrganisationView {
  const certifications = organisation.certifications ?? [];
  return {
    id: organisation.id,
    type: organisation.type,
    name: organisation.name,
    uscc: organisation.uscc,
    regionCode: organisation.regionCode,
    industryCode: organisation.industryCode,
    profile: organisation.profile,
    website: organisation.website,
    currentTier: currentTier(certifications, today),
    certifications: certifications.map(toCertificationView),
    createdAt: organisation.createdAt.toISOString(),
  };
}

export function toMemberOrganisation(
  organisation: Organisation,
  today: Date,
): MemberOrganisationView {
  return {
    ...toPublicOrganisation(organisation, today),
    contact: organisation.contact,
    version: organisation.version,
  };
}

export function toCertificationView(certification: SmeCertification): CertificationView {
  return {
    id: certification.id,
    tier: certification.tier,
    level: certification.level,
    issuedOn: certification.issuedOn,
    validUntil: certification.validUntil,
    status: certification.status,
  };
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  mobile: string | null;
  locale: string;
  platformRoles: string[];
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
