import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StorageModule } from '@rongtong/storage';
import { IDENTITY_ENTITIES } from './entities';
import { ProvisioningStore } from './provisioning/provisioning.store';
import { AccessTokenService } from './services/access-token.service';
import { AccountService } from './services/account.service';
import { AuthService } from './services/auth.service';
import { InvitationService } from './services/invitation.service';
import { InvitationStore } from './services/invitation.store';
import { OrganisationAccess } from './services/organisation-access';
import { OrganisationService } from './services/organisation.service';
import { PasswordHasher } from './services/password-hasher';
import { ReferenceValidator } from './services/reference-validator';
import { RefreshTokenService } from './services/refresh-token.service';
import { RegistrationService } from './services/registration.service';
import { DeskOrganisationStore } from './services/desk-organisation.store';
import { DeskOrganisations } from './services/desk-organisations';
import { InvitedAccounts } from './services/invited-accounts';
import { UsccExceptionService } from './services/uscc-exception.service';
import { UsccPolicy } from './services/uscc-policy';
import { AccountStore } from './read/account.store';
import { Memberships } from './read/memberships.store';
import { Organisations } from './read/organisations.store';
import { Users } from './read/users.store';
import { CallerRoles } from './roles/caller-roles';
import { CertificationLapseJob } from './certifications/certification-lapse.job';
import { CertificationService } from './certifications/certification.service';
import { CertificationEvidenceService } from './certifications/certification-evidence.service';
import { EvidenceShelf } from './evidence/evidence-shelf';
import { TrustDecisions } from './trust/trust-decisions.store';
import { CertificationImportService } from './certifications/certification-import.service';
import { CertificationStore } from './certifications/certification.store';
import { OrganisationTiers } from './tiers/organisation-tiers.store';
import { UsccClaimService } from './uscc-claims/uscc-claim.service';
import { NameChangeService } from './name-changes/name-change.service';
import { NameChangeStore } from './name-changes/name-change.store';
import { UsccClaimStore } from './uscc-claims/uscc-claim.store';
import { UsccClaimEvidenceService } from './uscc-claims/uscc-claim-evidence.service';
import { PlatformRoleService } from './roles/platform-role.service';
import { PlatformRolesStore } from './roles/platform-roles.store';

import { RefreshTokenRetention } from './retention/refresh-token-retention';
import { RefreshTokenRetentionStore } from './retention/refresh-token-retention.store';
const SERVICES = [
  AccessTokenService,
  AccountService,
  AuthService,
  InvitationService,
  InvitationStore,
  OrganisationAccess,
  OrganisationService,
  PasswordHasher,
  ReferenceValidator,
  RefreshTokenService,
  RegistrationService,
  DeskOrganisations,
  DeskOrganisationStore,
  InvitedAccounts,
  UsccExceptionService,
  UsccPolicy,
  ProvisioningStore,
  Memberships,
  AccountStore,
  Organisations,
  Users,
  CallerRoles,
  PlatformRoleService,
  PlatformRolesStore,
  RefreshTokenRetention,
  RefreshTokenRetentionStore,
  CertificationService,
  CertificationEvidenceService,
  EvidenceShelf,
  CertificationStore,
  CertificationImportService,
  CertificationLapseJob,
  OrganisationTiers,
  UsccClaimService,
  UsccClaimStore,
  UsccClaimEvidenceService,
  NameChangeService,
  NameChangeStore,
  TrustDecisions,
];

/** Organisations, users, memberships and auth; used by the api and the worker alike. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), JwtModule.register({}), StorageModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class IdentityModule {}
