import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IDENTITY_ENTITIES } from './entities';
import { DemoIdentitySeeder } from './demo/demo-identity.seeder';
import { AccessTokenService } from './services/access-token.service';
import { AuthService } from './services/auth.service';
import { InvitationService } from './services/invitation.service';
import { OrganisationAccess } from './services/organisation-access';
import { OrganisationService } from './services/organisation.service';
import { PasswordHasher } from './services/password-hasher';
import { ReferenceValidator } from './services/reference-validator';
import { RefreshTokenService } from './services/refresh-token.service';
import { RegistrationService } from './services/registration.service';
import { UsccExceptionService } from './services/uscc-exception.service';
import { UsccPolicy } from './services/uscc-policy';
import { Memberships } from './read/memberships.store';
import { Organisations } from './read/organisations.store';
import { Users } from './read/users.store';

const SERVICES = [
  AccessTokenService,
  AuthService,
  InvitationService,
  OrganisationAccess,
  OrganisationService,
  PasswordHasher,
  ReferenceValidator,
  RefreshTokenService,
  RegistrationService,
  UsccExceptionService,
  UsccPolicy,
  DemoIdentitySeeder,
  Memberships,
  Organisations,
  Users,
];

/** Organisations, users, memberships and auth; used by the api and the worker alike. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), JwtModule.register({})],
  providers: SERVICES,
  exports: SERVICES,
})
export class IdentityModule {}
