import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Invitation } from '../entities/invitation.entity';
import { Membership } from '../entities/membership.entity';
import { User } from '../entities/user.entity';

/** The reads behind invitations: who is a member by address, an invitation by its token hash. */
@Injectable()
export class InvitationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether someone registered with this address (any letter case) is a member already. */
  hasMemberWithEmail(organisationId: string, email: string): Promise<boolean> {
    return this.dataSource.manager
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.user_id')
      .where('m.organisation_id = :organisationId AND lower(u.email) = lower(:email)', {
        organisationId,
        email,
      })
      .getExists();
  }

  /** The invitation with this token hash, locked for the rest of the caller's transaction. */
  lockByTokenHash(manager: EntityManager, tokenHash: string): Promise<Invitation | null> {
    return manager
      .createQueryBuilder(Invitation, 'i')
      .where('i.token_hash = :hash', { hash: tokenHash })
      .setLock('pessimistic_write')
      .getOne();
  }
}
