import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ConflictError, ValidationFailedError } from '@rongtong/common';
import { OutboxWriter, TransactionRunner, uniqueViolation } from '@rongtong/database';
import { RegisterDto } from '../dto/registration.dto';
import { Membership } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { User } from '../entities/user.entity';
import { checkPassword } from '../validation/password-policy';
import { normaliseCnMobile } from '../validation/mobile';
import { AccountStore } from '../read/account.store';
import { AccountService } from './account.service';
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
import { usccAlreadyVerified, UsccClaimService } from '../uscc-claims/uscc-claim.service';
import { UsccClaimStore } from '../uscc-claims/uscc-claim.store';

/** What a sign-up answers, the same whether the address was new or registered already. */
export interface SignUpAnswer {
  /** `uscc-claim-submitted`: the USCC was registered by another account; a claim is under review. */
  status: 'verification-sent' | 'uscc-claim-submitted';
  message: string;
}

const SIGN_UP_ANSWER: SignUpAnswer = {
  status: 'verification-sent',
  message:
    '请查收邮件：我们已向该邮箱发送验证链接，验证后即可发布信息和表达合作意向 (check your mail: we sent a link to verify this address)',
};

const CLAIM_ANSWER: SignUpAnswer = {
  status: 'uscc-claim-submitted',
  message:
    '该统一社会信用代码已有账号注册。我们已为您提交认领申请，平台管理员核实后您将成为该机构的管理员；请先查收邮件验证邮箱 (the code is registered already: your claim goes to a platform admin for review; check your mail to verify the address)',
};

/** A sign-up's input, checked and normalised, ready to insert. */
interface PreparedSignUp {
  email: string;
  mobile: string | null;
  uscc: string;
  passwordHash: string;
}

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
    private readonly accounts: AccountService,
    private readonly accountStore: AccountStore,
    private readonly claims: UsccClaimService,
    private readonly claimStore: UsccClaimStore,
  ) {}

  /**
   * Sign-up as the API offers it: the same 202 answer for a new and a registered address (no
   * enumeration). A new account gets the verification link; the owner of a registered address
   * gets a "someone tried to register with your address" mail instead.
   */
  async signUp(input: RegisterDto): Promise<SignUpAnswer> {
    try {
      await this.register(input);
    } catch (error) {
      if (
        error instanceof ConflictError &&
        error.code === 'USCC_TAKEN' &&
        input.organisation?.usccClaimEvidence
      ) {
        return this.signUpDisputing(input, input.organisation.usccClaimEvidence);
      }
      if (!(error instanceof ConflictError) || error.code !== 'EMAIL_TAKEN') throw error;
      const existing = await this.transactions.run(async (manager) => {
        const user = await this.accountStore.byEmail(input.email, manager);
        if (user) await this.accounts.requestMail(manager, user.id, 'registration-attempt');
        return user;
      });
      if (!existing) throw error;
    }
    return SIGN_UP_ANSWER;
  }

  /**
   * The USCC belongs to an organisation another account registered: the account is created
   * without an organisation, with a `dispute` claim for an admin to review (unless a claim on
   * the code is verified already: 409). A registered address gets the "someone tried" mail and
   * the same answer.
   */
  private async signUpDisputing(input: RegisterDto, evidence: string): Promise<SignUpAnswer> {
    const prepared = await this.prepare(input);
    const organisationInput = input.organisation as NonNullable<RegisterDto['organisation']>;
    await this.transactions.run(async (manager) => {
      const holder = await this.claimStore.holderOf(manager, prepared.uscc);
      if (!holder) throw usccTaken();
      if (await this.claimStore.verifiedExists(manager, prepared.uscc)) {
        throw usccAlreadyVerified('organisation.uscc');
      }
      const existing = await this.accountStore.byEmail(prepared.email, manager);
      if (existing) {
        await this.accounts.requestMail(manager, existing.id, 'registration-attempt');
        return;
      }
      const user = await this.insertUser(manager, input, prepared);
      await this.claims.record(manager, {
        uscc: prepared.uscc,
        organisationId: holder.id,
        claimantUserId: user.id,
        kind: 'dispute',
        claimedName: organisationInput.name.trim(),
        evidence: evidence.trim(),
      });
    });
    return CLAIM_ANSWER;
  }

  /** Field checks, the USCC rules and the password hash, before anything is written. */
  private async prepare(input: RegisterDto): Promise<PreparedSignUp> {
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
    const uscc = input.organisation
      ? await this.uscc.normalise('organisation.uscc', input.organisation.uscc)
      : '';
    const passwordHash = await this.hasher.hash(input.password);
    return { email, mobile, uscc, passwordHash };
  }

  /** The user row, with the verification mail requested. */
  private async insertUser(
    manager: EntityManager,
    input: RegisterDto,
    prepared: PreparedSignUp,
  ): Promise<User> {
    const user = await manager.save(
      manager.create(User, {
        email: prepared.email,
        mobile: prepared.mobile,
        displayName: input.displayName.trim(),
        locale: input.locale ?? 'zh-CN',
        passwordHash: prepared.passwordHash,
        platformRoles: [],
      }),
    );
    await this.accounts.requestMail(manager, user.id, 'verify-email');
    return user;
  }

  async register(input: RegisterDto): Promise<RegistrationResult> {
    const { email, uscc, ...prepared } = await this.prepare(input);
    const organisationInput = input.organisation;

    try {
      return await this.transactions.run(async (manager) => {
        // Checked before the user is created, so "USCC taken" is answered alike for a new and a
        // registered address (the order of the unique constraints would tell them apart).
        if (uscc && (await manager.exists(Organisation, { where: { uscc } }))) throw usccTaken();
        if (await this.accountStore.byEmail(email, manager)) throw emailTaken();
        const user = await this.insertUser(manager, input, { email, uscc, ...prepared });
        if (!organisationInput) {
          const joined = await this.invitations.acceptWithin(
            manager,
            user,
            input.invitationToken ?? '',
          );
          const organisation = await manager.findOneOrFail(Organisation, {
            where: { id: joined.organisationId },
            relations: { certifications: true, usccClaims: true },
          });
          return {
            user: toUserView(user),
            organisation: toMemberOrganisation(organisation, this.clock.today()),
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
        // The USCC typed here is self-declared until a reviewer verifies this claim.
        await this.claims.record(manager, {
          uscc,
          organisationId: organisation.id,
          claimantUserId: user.id,
          kind: 'registration',
          claimedName: organisation.name,
          evidence: '',
        });
        return {
          user: toUserView(user),
          organisation: toMemberOrganisation(
            {
              ...organisation,
              certifications: [],
              usccClaims: [{ kind: 'registration', status: 'pending' }],
            },
            this.clock.today(),
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
