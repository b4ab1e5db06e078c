export * from './entities';
export * from './dto';
export * from './reference';
export * from './validation';
export * from './identity.module';
export * from './read/memberships.store';
export * from './read/organisations.store';
export * from './read/users.store';
export { ProvisioningStore } from './provisioning/provisioning.store';
export type { OfficialCertificate, ProvisionedUser } from './provisioning/provisioning.store';
export { PlatformRoleService } from './roles/platform-role.service';
export * from './services/access-token.service';
export * from './services/account.service';
export * from './services/account-tokens';
export * from './services/auth.service';
export * from './tiers/tier-rules';
export { OrganisationTiers } from './tiers/organisation-tiers.store';
export { CertificationService } from './certifications/certification.service';
export { CertificationImportService } from './certifications/certification-import.service';
export type {
  ImportOutcome,
  ImportReport,
  ImportRowReport,
} from './certifications/certification-import.service';
export type { CertificationDecision } from './certifications/certification.service';
export * from './certifications/certification-views';
export * from './services/invitation.service';
export { InvitedAccounts } from './services/invited-accounts';
export type { InvitedPerson } from './services/invited-accounts';
export * from './services/organisation-access';
export { emailNotVerified, organisationNotFound } from './services/identity-errors';
export * from './services/organisation.service';
export * from './services/organisation-views';
export * from './services/password-hasher';
export * from './services/reference-validator';
export * from './services/registration.service';
export * from './services/uscc-exception.service';
export { UsccClaimService } from './uscc-claims/uscc-claim.service';
export { UsccClaimEvidenceService } from './uscc-claims/uscc-claim-evidence.service';
export type { UsccClaimDecision } from './uscc-claims/uscc-claim.service';
export type { UsccClaimView, UsccClaimHistoryEntry } from './uscc-claims/uscc-claim-views';
export { NameChangeService } from './name-changes/name-change.service';
export type { NameChangeDecision } from './name-changes/name-change.service';
export type { NameChangeView, PendingNameView } from './name-changes/name-change-views';
export { CertificationEvidenceService } from './certifications/certification-evidence.service';
export { EVIDENCE_KINDS, EVIDENCE_LIMITS } from './evidence/evidence-files';
export type { EvidenceFileView } from './evidence/evidence-files';
export { TrustDecisions } from './trust/trust-decisions.store';
export type { TrustDecision } from './trust/trust-decisions.store';
