import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTIFICATION_LEVELS,
  CERTIFICATION_STATUSES,
  CertificationView,
  MemberOrganisationView,
  MembershipView,
  MeView,
  ORGANISATION_TYPES,
  OrganisationType,
  PLATFORM_ROLES,
  PublicOrganisationView,
  RegistrationResult,
  SME_TIERS,
  SmeTier,
  UserView,
} from '@rongtong/identity';

// Response schemas for the OpenAPI document. Each `implements` the view the service returns,
// so a field added there without a schema here fails the type check.

export class CertificationSchema implements CertificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SME_TIERS }) tier!: SmeTier;
  @ApiProperty({ enum: CERTIFICATION_LEVELS }) level!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'date' }) validUntil!: string;
  @ApiProperty({ enum: CERTIFICATION_STATUSES }) status!: string;
}

export class PublicOrganisationSchema implements PublicOrganisationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type!: OrganisationType;
  @ApiProperty() name!: string;
  @ApiProperty({ description: '统一社会信用代码' }) uscc!: string;
  @ApiProperty({ example: '210211' }) regionCode!: string;
  @ApiProperty({ example: '3421' }) industryCode!: string;
  @ApiProperty() profile!: string;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ enum: SME_TIERS, nullable: true }) currentTier!: SmeTier | null;
  @ApiProperty({ type: [CertificationSchema] }) certifications!: CertificationView[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ContactSchema {
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() address?: string;
}

export class MemberOrganisationSchema
  extends PublicOrganisationSchema
  implements MemberOrganisationView
{
  @ApiProperty({ type: ContactSchema, description: 'Members and admins only' })
  contact!: ContactSchema;
  @ApiProperty() version!: number;
}

/** GET /organisations/:id answers the public view, or the member view to its members. */
export class OrganisationSchema extends PublicOrganisationSchema {
  @ApiPropertyOptional({ type: ContactSchema, description: 'Members and admins only' })
  contact?: ContactSchema;
  @ApiPropertyOptional({ description: 'Members and admins only' }) version?: number;
}

export class UserSchema implements UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) mobile!: string | null;
  @ApiProperty({ example: 'zh-CN' }) locale!: string;
  @ApiProperty({ enum: PLATFORM_ROLES, isArray: true }) platformRoles!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MembershipSchema implements MembershipView {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) organisationType!: OrganisationType;
  @ApiProperty({ example: 'owner' }) role!: string;
}

export class MeSchema extends UserSchema implements MeView {
  @ApiProperty({ type: [MembershipSchema] }) memberships!: MembershipView[];
}

export class RegistrationSchema implements RegistrationResult {
  @ApiProperty({ type: UserSchema }) user!: UserView;
  @ApiProperty({ type: MemberOrganisationSchema }) organisation!: MemberOrganisationView;
}

export class TokenSchema {
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty() accessToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiPropertyOptional({
    description: 'Absent with X-Auth-Transport: cookie (then in the rt_refresh HttpOnly cookie)',
  })
  refreshToken?: string;
}
