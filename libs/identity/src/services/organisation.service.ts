import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock, ValidationFailedError } from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import { AddCertificationDto, UpdateOrganisationDto } from '../dto/organisation.dto';
import { Membership } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { SmeCertification } from '../entities/sme-certification.entity';
import { User } from '../entities/user.entity';
import { AuthenticatedUser } from './access-token.service';
import { organisationNotFound } from './identity-errors';
import { OrganisationAccess } from './organisation-access';
import {
  CertificationView,
  MemberOrganisationView,
  PublicOrganisationView,
  toCertificationView,
  toMemberOrganisation,
  toPublicOrganisation,
} from './organisation-views';
import { ReferenceValidator } from './reference-validator';

export interface MemberView {
  userId: string;
  displayName: string;
  email: string;
  role: string;
  since: string;
}

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly access: OrganisationAccess,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly reference: ReferenceValidator,
    private readonly clock: Clock,
  ) {}

  /** Loads an organisation with its certifications, or throws ORGANISATION_NOT_FOUND. */
  async load(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOne({
      where: { id },
      relations: { certifications: true },
    });
    if (!organisation) throw organisationNotFound();
    return organisation;
  }

  /** Public profile for anyone; members and admins also get contact details. */
  async view(
    id: string,
    caller?: AuthenticatedUser,
  ): Promise<PublicOrganisationView | MemberOrganisationView> {
    const organisation = await this.load(id);
    return (await this.access.canSeePrivate(caller, id))
      ? toMemberOrganisation(organisation, this.clock.now())
      : toPublicOrganisation(organisation, this.clock.now());
  }

  async update(
    caller: AuthenticatedUser,
    id: string,
    changes: UpdateOrganisationDto,
  ): Promise<MemberOrganisationView> {
    await this.access.assert(caller, id, 'member');
    const problems = [
      changes.regionCode === undefined
        ? undefined
        : this.reference.regionProblem('regionCode', changes.regionCode),
      changes.industryCode === undefined
        ? undefined
        : this.reference.industryProblem('industryCode', changes.industryCode),
    ].filter((problem) => problem !== undefined);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    await this.transactions.run(async (manager) => {
      const organisation = await manager.findOne(Organisation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw organisationNotFound();
      if (changes.name !== undefined) organisation.name = changes.name.trim();
      if (changes.regionCode !== undefined) organisation.regionCode = changes.regionCode;
      if (changes.industryCode !== undefined) {
        organisation.industryCode =
          this.reference.industries.normalise(changes.industryCode) ?? changes.industryCode;
      }
      if (changes.profile !== undefined) organisation.profile = changes.profile;
      if (changes.website !== undefined) organisation.website = changes.website;
      if (changes.contact !== undefined) organisation.contact = { ...changes.contact };
      const saved = await manager.save(organisation);
      await this.outbox.append(manager, {
        type: 'organisation.updated',
        entityType: 'organisation',
        entityId: id,
        version: saved.version,
        payload: { organisationId: id },
      });
    });
    return toMemberOrganisation(await this.load(id), this.clock.now());
  }

  async addCertification(
    caller: AuthenticatedUser,
    id: string,
    input: AddCertificationDto,
  ): Promise<CertificationView> {
    await this.access.assert(caller, id, 'member');
    if (input.validUntil <= input.issuedOn) {
      throw ValidationFailedError.field('validUntil', 'must be after issuedOn');
    }
    return this.transactions.run(async (manager) => {
      const organisation = await manager.findOne(Organisation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw organisationNotFound();
      if (organisation.type !== 'sme') {
        throw ValidationFailedError.field(
          'tier',
          'only SMEs hold 梯度培育 certifications',
          'CERTIFICATION_NOT_SME',
        );
      }
      const certification = await manager.save(
        manager.create(SmeCertification, {
          organisationId: id,
          tier: input.tier,
          level: input.level,
          issuedOn: input.issuedOn,
          validUntil: input.validUntil,
          status: input.status ?? 'valid',
        }),
      );
      // The tier is part of the public profile: bump the version and tell the indexer.
      organisation.updatedAt = this.clock.now();
      const saved = await manager.save(organisation);
      await this.outbox.append(manager, {
        type: 'organisation.updated',
        entityType: 'organisation',
        entityId: id,
        version: saved.version,
        payload: { organisationId: id },
      });
      return toCertificationView(certification);
    });
  }

  async members(caller: AuthenticatedUser, id: string): Promise<MemberView[]> {
    await this.access.assert(caller, id, 'member');
    const rows = await this.memberships.find({
      where: { organisationId: id },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => {
      const user = row.user as User;
      return {
        userId: row.userId,
        displayName: user.displayName,
        email: user.email,
        role: row.role,
        since: row.createdAt.toISOString(),
      };
    });
  }
}
