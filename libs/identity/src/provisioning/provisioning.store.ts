import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import {
  CertificationLevel,
  SmeCertification,
  SmeTier,
} from '../entities/sme-certification.entity';
import { PlatformRole, User } from '../entities/user.entity';

/** An account created already verified (its mailbox is known not to need a check). */
export interface ProvisionedUser {
  email: string;
  displayName: string;
  passwordHash: string;
  platformRoles: PlatformRole[];
}

/** A certificate as an official list states it. */
export interface OfficialCertificate {
  organisationId: string;
  tier: SmeTier;
  level: CertificationLevel;
  issuedOn: string;
  validUntil: string;
  issuingAuthority: string;
  listYear: number;
}

/**
 * Idempotent writes for organisations and accounts known in advance (the demo data in
 * libs/demo): each write leaves an existing row as it is, so seeding twice changes nothing.
 */
@Injectable()
export class ProvisioningStore {
  constructor(private readonly dataSource: DataSource) {}

  organisationByUscc(
    uscc: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Organisation | null> {
    return manager.findOneBy(Organisation, { uscc });
  }

  hasVerifiedCertificate(
    manager: EntityManager,
    organisationId: string,
    tier: SmeTier,
  ): Promise<boolean> {
    return manager.existsBy(SmeCertification, { organisationId, tier, status: 'verified' });
  }

  async addVerifiedCertificate(
    manager: EntityManager,
    certificate: OfficialCertificate,
    decidedAt: Date,
  ): Promise<void> {
    await manager.save(
      manager.create(SmeCertification, {
        ...certificate,
        status: 'verified',
        source: 'official_list',
        decidedAt,
      }),
    );
  }

  /** Creates the user unless the address (any letter case) is taken; whether it did. */
  async addUserIfMissing(
    manager: EntityManager,
    user: ProvisionedUser,
    verifiedAt: Date,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({
        email: user.email,
        displayName: user.displayName,
        passwordHash: user.passwordHash,
        platformRoles: user.platformRoles,
        locale: 'zh-CN',
        emailVerifiedAt: verifiedAt,
      })
      .orIgnore()
      .execute();
    return result.identifiers.some(Boolean);
  }

  async userIdByEmail(manager: EntityManager, email: string): Promise<string> {
    const user = await manager
      .createQueryBuilder(User, 'u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOneOrFail();
    return user.id;
  }

  async addMemberIfMissing(
    manager: EntityManager,
    member: { userId: string; organisationId: string; role: MembershipRole },
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values(member)
      .orIgnore()
      .execute();
  }

  /** Records the USCC as verified unless a verified claim on it exists. */
  async verifyUsccIfUnclaimed(
    manager: EntityManager,
    claim: {
      uscc: string;
      organisationId: string;
      claimantUserId: string;
      claimedName: string;
      reason: string;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO uscc_claim (uscc, organisation_id, claimant_user_id, kind, status,
                               claimed_name, decision_reason, decided_at)
       SELECT $1, $2, $3, 'registration', 'verified', $4, $5, now()
        WHERE NOT EXISTS (SELECT 1 FROM uscc_claim WHERE uscc = $1 AND status = 'verified')`,
      [claim.uscc, claim.organisationId, claim.claimantUserId, claim.claimedName, claim.reason],
    );
  }
}
