// Module
export { IdentityModule } from './identity.module';

// Entities and their vocabularies
export { IDENTITY_ENTITIES } from './entities';
export { Membership, MEMBERSHIP_ROLES, type MembershipRole } from './entities/membership.entity';
export {
  NAME_CHANGE_STATUSES,
  type NameChangeStatus,
} from './entities/organisation-name-change.entity';
export {
  Organisation,
  ORGANISATION_TYPES,
  type OrganisationContact,
  type OrganisationType,
} from './entities/organisation.entity';
export {
  CERTIFICATION_ACTIONS,
  type CertificationAction,
} from './entities/sme-certification-event.entity';
export {
  CERTIFICATION_LEVELS,
  CERTIFICATION_SOURCES,
  CERTIFICATION_STATUSES,
  type CertificationLevel,
  type CertificationSource,
  type CertificationStatus,
  SME_TIERS,
  type SmeTier,
} from './entities/sme-certification.entity';
export {
  USCC_CLAIM_KINDS,
  USCC_CLAIM_STATUSES,
  type UsccClaimKind,
  type UsccClaimStatus,
} from './entities/uscc-claim.entity';
export {
  type Locale,
  LOCALES,
  PLATFORM_ROLES,
  type PlatformRole,
  User,
} from './entities/user.entity';

// Services
export { CertificationEvidenceService } from './certifications/certification-evidence.service';
export {
  CertificationImportService,
  type ImportOutcome,
  type ImportReport,
  type ImportRowReport,
} from './certifications/certification-import.service';
export { CertificationService } from './certifications/certification.service';
export { NameChangeService } from './name-changes/name-change.service';
export { PlatformRoleService } from './roles/platform-role.service';
export { AccessTokenService, type AuthenticatedUser } from './services/access-token.service';
export { signAccountToken, verificationState } from './services/account-tokens';
export { AccountService } from './services/account.service';
export { AuthService, type MeView, type TokenPair } from './services/auth.service';
export { organisationNotFound } from './services/identity-errors';
export {
  type CreatedInvitation,
  InvitationService,
  type InvitationView,
} from './services/invitation.service';
export { InvitedAccounts } from './services/invited-accounts';
export { OrganisationAccess } from './services/organisation-access';
export {
  type MemberOrganisationView,
  type MembershipView,
  type PublicOrganisationView,
  USCC_STATUSES,
  type UsccStatus,
  type UserView,
} from './services/organisation-views';
export { type MemberView, OrganisationService } from './services/organisation.service';
export { PasswordHasher } from './services/password-hasher';
export { ReferenceValidator } from './services/reference-validator';
export {
  type RegistrationResult,
  RegistrationService,
  type SignUpAnswer,
} from './services/registration.service';
export { DeskOrganisations, type OrganisationCandidate } from './services/desk-organisations';
export { UsccExceptionService } from './services/uscc-exception.service';
export { UsccClaimEvidenceService } from './uscc-claims/uscc-claim-evidence.service';
export { UsccClaimService } from './uscc-claims/uscc-claim.service';

// Read interfaces and stores (other contexts read through these)
export { ProvisioningStore } from './provisioning/provisioning.store';
export { Memberships } from './read/memberships.store';
export {
  Organisations,
  type OrganisationStanding,
  type OrganisationSummary,
} from './read/organisations.store';
export { Users } from './read/users.store';
export { OrganisationTiers } from './tiers/organisation-tiers.store';
export { type TrustDecision, TrustDecisions } from './trust/trust-decisions.store';

// Rules and reference data: regions, industries, USCC, tiers
export { DATA_DIR_ENV, resolveDataDir } from './reference/data-dir';
export { IndustryCatalog } from './reference/industry-catalog';
export { type ReferenceEntry, ReferenceLookup } from './reference/reference-lookup';
export { RegionCatalog } from './reference/region-catalog';
export { tierAtLeast, type TierCertificate, verifiedTierOf } from './tiers/tier-rules';
export { makeValidUscc, USCC_ALPHABET, usccCheckCharacter } from './validation/uscc';

// DTOs (request bodies and queries)
export {
  ChangePasswordDto,
  ForgotPasswordDto,
  ResetPasswordDto,
  VerifyEmailDto,
} from './dto/account.dto';
export {
  CertificationDecisionDto,
  CertificationImportDto,
  CertificationQueueQuery,
  SubmitCertificationDto,
} from './dto/certification.dto';
export { NameChangeDecisionDto, NameChangeQueueQuery } from './dto/name-change.dto';
export {
  AcceptInvitationDto,
  InviteMemberDto,
  PlatformRolesDto,
  UpdateOrganisationDto,
  UsccExceptionDto,
} from './dto/organisation.dto';
export { LoginDto, RegisterDto } from './dto/registration.dto';
export {
  SubmitUsccClaimDto,
  UsccClaimDecisionDto,
  UsccClaimQueueQuery,
} from './dto/uscc-claim.dto';

// Views and types
export type {
  CertificationHistoryEntry,
  CertificationQueueItem,
  CertificationView,
  CertificationWithHistory,
} from './certifications/certification-views';
export type { EvidenceFileView } from './evidence/evidence-files';
export type { NameChangeView, PendingNameView } from './name-changes/name-change-views';
export type { UsccClaimHistoryEntry, UsccClaimView } from './uscc-claims/uscc-claim-views';
