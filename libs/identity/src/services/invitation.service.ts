import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { Invitation } from '../entities/invitation.entity';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { User } from '../entities/user.entity';
import { AuthenticatedUser } from './access-token.service';
import { InvitationStore } from './invitation.store';
import { OrganisationAccess } from './organisation-access';

export interface InvitationView {
  id: string;
  organisationId: string;
  email: string;
  role: MembershipRole;
  expiresAt: string;
}

/** The token is shown once, to the inviting owner, to pass on (mail delivery comes with notify). */
export interface CreatedInvitation extends InvitationView {
  token: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const invitationNotFound = () =>
  new NotFoundError(
    'INVITATION_NOT_FOUND',
    'The invitation does not exist, expired or was used already',
  );

@Injectable()
export class InvitationService {
  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly store: InvitationStore,
    private readonly access: OrganisationAccess,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(
    caller: AuthenticatedUser,
    organisationId: string,
    email: string,
    role: MembershipRole = 'member',
  ): Promise<CreatedInvitation> {
    await this.access.assert(caller, organisationId, 'owner');
    if (await this.store.hasMemberWithEmail(organisationId, email))
      throw new ConflictError('ALREADY_MEMBER', 'This person is a member already');
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.invitations.save(
      this.invitations.create({
        organisationId,
        email: email.trim(),
        role,
        tokenHash: hashToken(token),
        invitedByUserId: caller.id,
        expiresAt: new Date(
          this.clock.now().getTime() + this.config.auth.invitationTtlDays * 86_400_000,
        ),
      }),
    );
    return { ...this.toView(invitation), token };
  }

  async pending(caller: AuthenticatedUser, organisationId: string): Promise<InvitationView[]> {
    await this.access.assert(caller, organisationId, 'owner');
    const rows = await this.invitations.find({
      where: { organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return rows.filter((row) => row.expiresAt > this.clock.now()).map((row) => this.toView(row));
  }

  /** The invited person, signed in with the invited email, accepts and becomes a member. */
  async accept(
    caller: AuthenticatedUser,
    token: string,
  ): Promise<{ organisationId: string; role: MembershipRole }> {
    return this.transactions.run(async (manager) => {
      const user = await manager.findOneBy(User, { id: caller.id });
      if (!user) throw invitationNotFound();
      return this.acceptWithin(manager, user, token);
    });
  }

  /** Accepts inside the caller's transaction (also used by sign-up with an invitation). */
  async acceptWithin(
    manager: EntityManager,
    user: User,
    token: string,
  ): Promise<{ organisationId: string; role: MembershipRole }> {
    {
      const invitation = await this.store.lockByTokenHash(manager, hashToken(token));
      if (
        !invitation ||
        invitation.acceptedAt ||
        invitation.revokedAt ||
        invitation.expiresAt <= this.clock.now()
      ) {
        throw invitationNotFound();
      }
      if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
        throw new ForbiddenError(
          'INVITATION_EMAIL_MISMATCH',
          'This invitation was sent to another email address',
        );
      }
      try {
        await manager.save(
          manager.create(Membership, {
            userId: user.id,
            organisationId: invitation.organisationId,
            role: invitation.role,
          }),
        );
      } catch (error) {
        if (uniqueViolation(error))
          throw new ConflictError('ALREADY_MEMBER', 'You are a member already');
        throw error;
      }
      invitation.acceptedAt = this.clock.now();
      invitation.acceptedByUserId = user.id;
      await manager.save(invitation);
      return { organisationId: invitation.organisationId, role: invitation.role };
    }
  }

  private toView(invitation: Invitation): InvitationView {
    return {
      id: invitation.id,
      organisationId: invitation.organisationId,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }
}
