import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTIFICATION_ACTIONS,
  ImportOutcome,
  ImportReport,
  ImportRowReport,
  CERTIFICATION_LEVELS,
  CERTIFICATION_SOURCES,
  CERTIFICATION_STATUSES,
  CertificationAction,
  CertificationHistoryEntry,
  CertificationLevel,
  CertificationQueueItem,
  CertificationSource,
  CertificationStatus,
  CertificationView,
  CreatedInvitation,
  InvitationView,
  MEMBERSHIP_ROLES,
  MemberView,
  MembershipRole,
  CertificationWithHistory,
  MemberOrganisationView,
  MembershipView,
  MeView,
  ORGANISATION_TYPES,
  OrganisationType,
  PLATFORM_ROLES,
  PublicOrganisationView,
  RegistrationResult,
  SignUpAnswer,
  SME_TIERS,
  SmeTier,
  USCC_CLAIM_KINDS,
  USCC_CLAIM_STATUSES,
  USCC_STATUSES,
  UsccClaimHistoryEntry,
  UsccClaimKind,
  UsccClaimStatus,
  UsccClaimView,
  UsccStatus,
  NAME_CHANGE_STATUSES,
  NameChangeStatus,
  NameChangeView,
  PendingNameView,
  EvidenceFileView,
  UserView,
} from '@rongtong/identity';

// Response schemas for the OpenAPI document. Each `implements` the view the service returns,
// so a field added there without a schema here fails the type check.

export class CertificationSchema implements CertificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SME_TIERS }) tier!: SmeTier;
  @ApiProperty({ enum: CERTIFICATION_LEVELS }) level!: CertificationLevel;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'date' }) validUntil!: string;
  @ApiProperty({
    enum: CERTIFICATION_STATUSES,
    description:
      'pending 待核验 · verified 已核验 · under_review 复核中 · rejected 已驳回 · revoked 已撤销',
  })
  status!: CertificationStatus;
  @ApiProperty({ enum: CERTIFICATION_SOURCES }) source!: CertificationSource;
  @ApiProperty({ type: String, nullable: true }) certificateNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuingAuthority!: string | null;
  @ApiProperty({ type: Number, nullable: true }) listYear!: number | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Verified and valid today: counts for eligibility, ranking, search' })
  counts!: boolean;
}

export class CertificationHistorySchema implements CertificationHistoryEntry {
  @ApiProperty({ enum: CERTIFICATION_ACTIONS }) action!: CertificationAction;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty() toStatus!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null: the system' })
  actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CertificationWithHistorySchema
  extends CertificationSchema
  implements CertificationWithHistory
{
  @ApiProperty({ type: [CertificationHistorySchema] }) history!: CertificationHistoryEntry[];
}

export class CertificationQueueItemSchema
  extends CertificationSchema
  implements CertificationQueueItem
{
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ description: '统一社会信用代码' }) organisationUscc!: string;
}

export class CertificationQueuePageSchema {
  @ApiProperty({ type: [CertificationQueueItemSchema] }) items!: CertificationQueueItem[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
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
  @ApiProperty({
    enum: USCC_STATUSES,
    description:
      '统一社会信用代码归属: verified 已核验 · pending 待核验 (sign-up claim under review) · unverified 未核验 (self-declared)',
  })
  usccStatus!: UsccStatus;
  @ApiProperty({
    enum: SME_TIERS,
    nullable: true,
    description: 'Verified tier valid today (已核验): the only one that counts',
  })
  currentTier!: SmeTier | null;
  @ApiProperty({
    enum: SME_TIERS,
    nullable: true,
    description: 'Highest tier claimed but not verified (自主申报，待核验); counts for nothing',
  })
  declaredTier!: SmeTier | null;
  @ApiProperty({ type: [CertificationSchema] }) certifications!: CertificationView[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ContactSchema {
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() address?: string;
}

export class PendingNameSchema implements PendingNameView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The name asked for (待审核)' }) name!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
}

export class MemberOrganisationSchema
  extends PublicOrganisationSchema
  implements MemberOrganisationView
{
  @ApiProperty({ type: ContactSchema, description: 'Members and admins only' })
  contact!: ContactSchema;
  @ApiProperty() version!: number;
  @ApiProperty({
    type: PendingNameSchema,
    nullable: true,
    description:
      'A new name an owner asked for, waiting for review; `name` stays public until then',
  })
  pendingName!: PendingNameView | null;
}

/** GET /organisations/:id answers the public view, or the member view to its members. */
export class OrganisationSchema extends PublicOrganisationSchema {
  @ApiPropertyOptional({ type: ContactSchema, description: 'Members and admins only' })
  contact?: ContactSchema;
  @ApiPropertyOptional({ description: 'Members and admins only' }) version?: number;
  @ApiPropertyOptional({
    type: PendingNameSchema,
    nullable: true,
    description: 'Members and admins only: a new name waiting for review',
  })
  pendingName?: PendingNameView | null;
}

export class UserSchema implements UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) mobile!: string | null;
  @ApiProperty({ example: 'zh-CN' }) locale!: string;
  @ApiProperty({ enum: PLATFORM_ROLES, isArray: true }) platformRoles!: string[];
  @ApiProperty({ description: 'Publishing and interest wait until the address is verified' })
  emailVerified!: boolean;
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

export class SignUpAnswerSchema implements SignUpAnswer {
  @ApiProperty({
    enum: ['verification-sent', 'uscc-claim-submitted'],
    description:
      'uscc-claim-submitted: the USCC was registered by another account and organisation.usccClaimEvidence was given; the account exists without an organisation until an admin approves the claim',
  })
  status!: 'verification-sent' | 'uscc-claim-submitted';
  @ApiProperty({ example: '请查收邮件：我们已向该邮箱发送验证链接…' }) message!: string;
}

export class AcceptedSchema {
  @ApiProperty({ enum: ['accepted'] }) status!: 'accepted';
  @ApiProperty() message!: string;
}

export class EmailVerifiedSchema {
  @ApiProperty({ enum: [true] }) emailVerified!: true;
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

export class MemberSchema implements MemberView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
}

export class InvitationSchema implements InvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class CreatedInvitationSchema extends InvitationSchema implements CreatedInvitation {
  @ApiProperty({ description: 'Shown once, to pass to the invitee' }) token!: string;
}

export class AcceptedInvitationSchema {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: MembershipRole;
}

export class ImportRowSchema implements ImportRowReport {
  @ApiProperty({ description: 'Row number in the file (the header is row 1)' }) row!: number;
  @ApiProperty() name!: string;
  @ApiProperty() uscc!: string;
  @ApiProperty() tier!: string;
  @ApiProperty() year!: string;
  @ApiProperty() authority!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId!: string | null;
  @ApiProperty({ enum: ['error', 'verify_pending', 'create_verified', 'already_verified'] })
  outcome!: ImportOutcome;
  @ApiProperty({ type: [String], description: 'Row-level problems, in Chinese' }) errors!: string[];
}

export class ImportSummarySchema {
  @ApiProperty() total!: number;
  @ApiProperty() errors!: number;
  @ApiProperty() verified!: number;
  @ApiProperty() created!: number;
  @ApiProperty() unchanged!: number;
}

export class ImportReportSchema implements ImportReport {
  @ApiProperty() committed!: boolean;
  @ApiProperty({ type: [ImportRowSchema] }) rows!: ImportRowReport[];
  @ApiProperty({ type: ImportSummarySchema }) summary!: ImportSummarySchema;
}

export class UsccClaimantSchema {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty() emailVerified!: boolean;
}

export class UsccClaimHistorySchema implements UsccClaimHistoryEntry {
  @ApiProperty({
    description:
      'submitted · verified · rejected · revoked · superseded (another claim was verified) · ownership_transferred',
  })
  action!: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class UsccClaimSchema implements UsccClaimView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '统一社会信用代码' }) uscc!: string;
  @ApiProperty({
    enum: USCC_CLAIM_KINDS,
    description:
      'registration 注册认领 (the owner of the organisation registered with it) · dispute 争议认领 (someone else; approved, they become its owner)',
  })
  kind!: UsccClaimKind;
  @ApiProperty({
    enum: USCC_CLAIM_STATUSES,
    description: 'pending 待审核 · verified 已核验 · rejected 已驳回',
  })
  status!: UsccClaimStatus;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ description: 'The name the organisation is registered under' })
  organisationName!: string;
  @ApiProperty({ description: 'The company name the claimant gave' }) claimedName!: string;
  @ApiProperty({ description: '证明材料说明' }) evidence!: string;
  @ApiProperty({ type: UsccClaimantSchema }) claimant!: UsccClaimantSchema;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [UsccClaimHistorySchema] }) history!: UsccClaimHistoryEntry[];
}

export class UsccClaimPageSchema {
  @ApiProperty({ type: [UsccClaimSchema] }) items!: UsccClaimView[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class NameChangeSchema implements NameChangeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ description: 'The public name now' }) currentName!: string;
  @ApiProperty({ description: '统一社会信用代码' }) organisationUscc!: string;
  @ApiProperty() fromName!: string;
  @ApiProperty() toName!: string;
  @ApiProperty({
    enum: NAME_CHANGE_STATUSES,
    description:
      'pending 待审核 · approved 已通过 · rejected 已驳回 · withdrawn 已撤回 (replaced by a newer request)',
  })
  status!: NameChangeStatus;
  @ApiProperty({ type: String, nullable: true }) requestedByName!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedByName!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NameChangePageSchema {
  @ApiProperty({ type: [NameChangeSchema] }) items!: NameChangeView[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class EvidenceFileSchema implements EvidenceFileView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() filename!: string;
  @ApiProperty({ enum: ['pdf', 'png', 'jpeg', 'webp'], description: 'Detected from the bytes' })
  kind!: EvidenceFileView['kind'];
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class EvidenceLinkSchema {
  @ApiProperty({ description: 'Relative to the site; valid for a few minutes' }) url!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
