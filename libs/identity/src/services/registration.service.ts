import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ValidationFailedError } from '@rongtong/common';
import { OutboxWriter, TransactionRunner, uniqueViolation } from '@rongtong/database';
import { RegisterDto } from '../dto/registration.dto';
import { Membership } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { User } from '../entities/user.entity';
import { checkPassword } from '../validation/password-policy';
import { normaliseCnMobile } from '../validation/mobile';
import { InvitationService } from './invitation.service';
import { emailTaken, usccTaken, weakPassword } from './identity-errors';
import {
  MemberOrganisationView,
  toMemberOrganisation,
  toUserView,
  UserView,
} from './organisation-views';
import { PasswordHasher } from './password-hasher';
import { ReferenceValidator } from './reference-validator';
import { UsccPolicy } from './uscc-policy';

export interface RegistrationResult {
  user: UserView;
  /** The organisation created, or joined by invitation. */
  organisation: MemberOrganisationView;
}

/** Sign-up: a user, their organisation and the owner membership, in one transaction. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly hasher: PasswordHasher,
    private readonly uscc: UsccPolicy,
    private readonly reference: ReferenceValidator,
    private readonly clock: Clock,
    private readonly invitations: InvitationService,
  ) {}

  async register(input: RegisterDto): Promise<RegistrationResult> {
    const email = input.email.trim();
    if (input.organisation && input.invitationToken) {
      throw ValidationFailedError.field(
        'invitationToken',
        'give either organisation or invitationToken, not both',
      );
    }
    const problems = input.organisation
      ? [
          this.reference.regionProblem('organisation.regionCode', input.organisation.regionCode),
          this.reference.industryProblem(
            'organisation.industryCode',
            input.organisation.industryCode,
          ),
        ].filter((problem) => problem !== undefined)
      : [];
    let mobile: string | null = null;
    if (input.mobile !== undefined) {
      mobile = normaliseCnMobile(input.mobile);
      if (!mobile)
        problems.push({ field: 'mobile', messages: ['is not a mainland China mobile number'] });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const password = checkPassword(input.password, { email, displayName: input.displayName });
    if (!password.ok) throw weakPassword(password.problems);
    const organisationInput = input.organisation;
    const uscc = organisationInput
      ? await this.uscc.normalise('organisation.uscc', organisationInput.uscc)
      : '';
    const passwordHash = await this.hasher.hash(input.password);

    try {
      return await this.transactions.run(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email,
            mobile,
            displayName: input.displayName.trim(),
            locale: input.locale ?? 'zh-CN',
            passwordHash,
            platformRoles: [],
          }),
        );
        if (!organisationInput) {
          const joined = await this.invitations.acceptWithin(
            manager,
            user,
            input.invitationToken ?? '',
          );
          const organisation = await manager.findOneOrFail(Organisation, {
            where: { id: joined.organisationId },
            relations: { certifications: true },
          });
          return {
            user: toUserView(user),
            organisation: toMemberOrganisation(organisation, this.clock.now()),
          };
        }
        const organisation = await this.createOrganisation(manager, {
          type: organisationInput.type,
          name: organisationInput.name.trim(),
          uscc,
          regionCode: organisationInput.regionCode,
          industryCode:
            this.reference.industries.normalise(organisationInput.industryCode) ??
            organisationInput.industryCode,
          profile: organisationInput.profile ?? '',
          website: organisationInput.website ?? null,
          contact: { ...organisationInput.contact },
        });
        await manager.save(
          manager.create(Membership, {
            userId: user.id,
            organisationId: organisation.id,
            role: 'owner',
          }),
        );
        return {
          user: toUserView(user),
          organisation: toMemberOrganisation(
            { ...organisation, certifications: [] },
            this.clock.now(),
          ),
        };
      });
    } catch (error) {
      const constraint = uniqueViolation(error);
      if (constraint === 'uq_app_user_email_lower') throw emailTaken();
      if (constraint?.startsWith('uq_organisation_uscc')) throw usccTaken();
      throw error;
    }
  }

  /** Inserts an organisation and its `organisation.created` event in the caller's transaction. */
  async createOrganisation(
    manager: EntityManager,
    fields: Pick<
      Organisation,
      'type' | 'name' | 'uscc' | 'regionCode' | 'industryCode' | 'profile' | 'website' | 'contact'
    >,
  ): Promise<Organisation> {
    const organisation = await manager.save(manager.create(Organisation, fields));
    await this.outbox.append(manager, {
      type: 'organisation.created',
      entityType: 'organisation',
      entityId: organisation.id,
      version: organisation.version,
      payload: { organisationId: organisation.id },
    });
    return organisation;
  }
}
