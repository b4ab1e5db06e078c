import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Clock, ValidationFailedError } from '@rongtong/common';
import { OutboxWriter, TransactionRunner } from '@rongtong/database';
import { UpdateOrganisationDto } from '../dto/organisation.dto';
import { Membership } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { User } from '../entities/user.entity';
import { AuthenticatedUser } from './access-token.service';
import { organisationNotFound } from './identity-errors';
import { OrganisationAccess } from './organisation-access';
import {
  MemberOrganisationView,
  PublicOrganisationView,
  toMemberOrganisation,
  toPublicOrganisation,
} from './organisation-views';
import { ReferenceValidator } from './reference-validator';
import { NameChangeService } from '../name-changes/name-change.service';
import { NameChangeStore } from '../name-changes/name-change.store';
import { toPendingName } from '../name-changes/name-change-views';

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
    private readonly nameChanges: NameChangeService,
    private readonly nameChangeStore: NameChangeStore,
  ) {}

  /** Loads an organisation with its certifications, or throws ORGANISATION_NOT_FOUND. */
  async load(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findOne({
      where: { id },
      relations: { certifications: true, usccClaims: true },
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
      ? this.memberView(organisation)
      : toPublicOrganisation(organisation, this.clock.today());
  }

  private async memberView(organisation: Organisation): Promise<MemberOrganisationView> {
    const pending = await this.nameChangeStore.pendingOf([organisation.id]);
    return toMemberOrganisation(
      organisation,
      this.clock.today(),
      toPendingName(pending.get(organisation.id)),
    );
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
      // A new name is a request for review (owners only); the public name stays until then.
      if (changes.name !== undefined) {
        await this.nameChanges.request(manager, caller, organisation, changes.name);
      }
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
    return this.memberView(await this.load(id));
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
