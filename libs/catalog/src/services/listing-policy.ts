import { Injectable } from '@nestjs/common';
import { ForbiddenError } from '@rongtong/common';
import { AuthenticatedUser, OrganisationAccess, Users } from '@rongtong/identity';
import { ListingBase, ListingKind } from '../entities/listing-base';
import { listingNotFound } from './listing-registry';

/**
 * Who may see and touch a listing. Published listings are public (without contact details);
 * other states only for the owning organisation's members and reviewers (organisers, admins).
 */
@Injectable()
export class ListingPolicy {
  constructor(
    private readonly access: OrganisationAccess,
    private readonly users: Users,
  ) {}

  /** Publishing (submit, renew) needs a verified address: 403 EMAIL_NOT_VERIFIED otherwise. */
  async assertMayPublish(caller: AuthenticatedUser, action: string): Promise<void> {
    if (action === 'submit' || action === 'renew') await this.users.assertEmailVerified(caller.id);
  }

  isReviewer(caller: AuthenticatedUser | undefined): boolean {
    return (
      !!caller &&
      (caller.platformRoles.includes('admin') || caller.platformRoles.includes('organiser'))
    );
  }

  async isOwner(caller: AuthenticatedUser | undefined, listing: ListingBase): Promise<boolean> {
    if (!caller) return false;
    return (
      this.access.isAdmin(caller) ||
      (await this.access.roleIn(caller, listing.organisationId)) !== undefined
    );
  }

  /** Throws <KIND>_NOT_FOUND when the caller may not see the listing. */
  async assertReadable(
    kind: ListingKind,
    caller: AuthenticatedUser | undefined,
    listing: ListingBase,
  ): Promise<void> {
    if (listing.status === 'published') return;
    if (this.isReviewer(caller) || (await this.isOwner(caller, listing))) return;
    throw listingNotFound(kind);
  }

  /** Owners edit; others get 404 for what they cannot see and 403 for what they can. */
  async assertOwner(
    kind: ListingKind,
    caller: AuthenticatedUser,
    listing: ListingBase,
  ): Promise<void> {
    if (await this.isOwner(caller, listing)) return;
    await this.assertReadable(kind, caller, listing);
    throw new ForbiddenError(
      'LISTING_FORBIDDEN',
      'Only members of the owning organisation may change this listing',
    );
  }

  /**
   * Reviewers (organisers, admins) review other organisations' listings only: a member of the
   * owning organisation never approves or rejects its listings or their revisions.
   */
  async assertMayReview(caller: AuthenticatedUser, organisationId: string): Promise<void> {
    this.assertReviewer(caller);
    if ((await this.access.roleIn(caller, organisationId)) !== undefined) {
      throw new ForbiddenError(
        'OWN_LISTING_REVIEW',
        "Nobody reviews their own organisation's listings; another reviewer must decide",
      );
    }
  }

  assertReviewer(caller: AuthenticatedUser): void {
    if (!this.isReviewer(caller)) {
      throw new ForbiddenError(
        'REVIEWER_ONLY',
        'Only organisers and platform admins review listings',
      );
    }
  }
}
