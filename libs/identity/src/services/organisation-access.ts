import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Membership, MembershipRole } from '../entities/membership.entity';
import { AuthenticatedUser } from './access-token.service';
import { organisationNotFound } from './identity-errors';

/**
 * Tenant checks: a user acts only on organisations where they hold a membership (admins
 * everywhere). A denial is the same 404 a missing organisation gives, so it reveals nothing.
 */
@Injectable()
export class OrganisationAccess {
  constructor(@InjectRepository(Membership) private readonly memberships: Repository<Membership>) {}

  isAdmin(user: AuthenticatedUser): boolean {
    return user.platformRoles.includes('admin');
  }

  async roleIn(
    user: AuthenticatedUser,
    organisationId: string,
  ): Promise<MembershipRole | undefined> {
    const membership = await this.memberships.findOneBy({ userId: user.id, organisationId });
    return membership?.role;
  }

  /** Throws ORGANISATION_NOT_FOUND unless the user may act on the organisation with that role. */
  async assert(
    user: AuthenticatedUser,
    organisationId: string,
    required: MembershipRole = 'member',
  ): Promise<void> {
    if (this.isAdmin(user)) return;
    const role = await this.roleIn(user, organisationId);
    if (!role || (required === 'owner' && role !== 'owner')) throw organisationNotFound();
  }

  async canSeePrivate(
    user: AuthenticatedUser | undefined,
    organisationId: string,
  ): Promise<boolean> {
    if (!user) return false;
    return this.isAdmin(user) || (await this.roleIn(user, organisationId)) !== undefined;
  }
}
