import { Injectable } from '@nestjs/common';
import { FindOptionsWhere, In, Not } from 'typeorm';
import { Page } from '@rongtong/common';
import { AuthenticatedUser, Memberships, OrganisationAccess } from '@rongtong/identity';
import { ListingBase, ListingKind, ListingState } from '../entities/listing-base';
import { ListingPolicy } from './listing-policy';
import { ListingRepositories } from './listing-registry';
import { ListingView, toListingView } from './listing-views';

export interface ListingPageQuery {
  page: number;
  limit: number;
  status?: ListingState;
}

@Injectable()
export class ListingQueries {
  constructor(
    private readonly repositories: ListingRepositories,
    private readonly access: OrganisationAccess,
    private readonly policy: ListingPolicy,
    private readonly memberships: Memberships,
  ) {}

  /** An organisation's own listings in every state, newest change first (members only). */
  async ofOrganisation(
    kind: ListingKind,
    caller: AuthenticatedUser,
    organisationId: string,
    query: ListingPageQuery,
  ): Promise<Page<ListingView>> {
    await this.access.assert(caller, organisationId, 'member');
    const where: FindOptionsWhere<ListingBase> = {
      organisationId,
      ...(query.status ? { status: query.status } : {}),
    };
    return this.page(kind, where, query, 'updatedAt');
  }

  /**
   * Listings awaiting review, oldest first (organisers and admins), without the reviewer's own
   * organisations' ones: nobody decides those, so neither the page nor its total holds them.
   */
  async reviewQueue(
    kind: ListingKind,
    caller: AuthenticatedUser,
    query: ListingPageQuery,
  ): Promise<Page<ListingView>> {
    this.policy.assertReviewer(caller);
    const own = await this.memberships.organisationIdsOf(caller.id);
    const where: FindOptionsWhere<ListingBase> = {
      status: 'pending_review',
      ...(own.length > 0 ? { organisationId: Not(In(own)) } : {}),
    };
    return this.page(kind, where, query, 'updatedAt', 'ASC');
  }

  private async page(
    kind: ListingKind,
    where: FindOptionsWhere<ListingBase>,
    query: ListingPageQuery,
    orderBy: 'updatedAt',
    direction: 'ASC' | 'DESC' = 'DESC',
  ): Promise<Page<ListingView>> {
    const [rows, total] = await this.repositories.of(kind).findAndCount({
      where: where as never,
      relations: { organisation: true } as never,
      order: { [orderBy]: direction, id: 'ASC' } as never,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return {
      items: (rows as ListingBase[]).map((row) => toListingView(kind, row, true)),
      page: query.page,
      limit: query.limit,
      total,
    };
  }
}
