import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  Type,
} from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
import { ListingPageSchema, ListingSchema } from './listing.responses';
import {
  expectedVersion,
  ListingDrafts,
  ListingKind,
  ListingLifecycle,
  ListingQueries,
  ListingView,
  TransitionDto,
} from '@rongtong/catalog';
import { Page } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser, OptionalAuth } from '../auth/auth.decorators';
import { OrganisationId } from '../identity/organisations.controller';
import { ApiIfMatch, ListingPageQueryDto, listingId, withETag } from './listing-params';

export interface ListingRouteServices {
  drafts: ListingDrafts;
  lifecycle: ListingLifecycle;
  queries: ListingQueries;
}

/**
 * The routes every listing kind shares (view, delete, transitions, own listings, review queue),
 * mounted under `path`. Each kind's controller extends this and adds its typed create/update.
 */
export function ListingRoutes(
  kind: ListingKind,
  path: string,
): Type<object> & (new (services: ListingRouteServices) => object) {
  const Id = listingId(kind);

  @ApiBearerAuth()
  @Controller()
  class Routes {
    constructor(protected readonly services: ListingRouteServices) {}

    /** Published listings are public (no contact details); others only for owners and reviewers. */
    @OptionalAuth()
    @Get(`${path}/:id`)
    @ApiOperation({
      summary: `One ${kind}: published ones to anyone (no contacts), others to owners and reviewers`,
    })
    @ApiErrors(404)
    @ApiOkResponse({ type: ListingSchema })
    async view(
      @Param('id', Id) id: string,
      @Res({ passthrough: true }) response: Response,
      @CurrentUser(false) user?: AuthenticatedUser,
    ): Promise<ListingView> {
      return withETag(response, await this.services.drafts.view(kind, user, id));
    }

    /** Drafts only. */
    @Delete(`${path}/:id`)
    @HttpCode(204)
    @ApiOperation({ summary: `Delete a draft ${kind} (members)` })
    @ApiErrors(403, 404, 409)
    async remove(
      @Param('id', Id) id: string,
      @CurrentUser() user: AuthenticatedUser,
    ): Promise<void> {
      await this.services.drafts.delete(kind, user, id);
    }

    /** submit, withdraw, close, renew (owners); approve, reject (organisers and admins). */
    @Post(`${path}/:id/transitions`)
    @HttpCode(200)
    @ApiOperation({
      summary: `Submit, withdraw, close or renew a ${kind} (members); approve or reject (reviewers)`,
    })
    @ApiErrors(403, 404, 409)
    @ApiIfMatch()
    @ApiOkResponse({ type: ListingSchema })
    async transition(
      @Param('id', Id) id: string,
      @Body() body: TransitionDto,
      @Headers('if-match') ifMatch: string | undefined,
      @CurrentUser() user: AuthenticatedUser,
      @Res({ passthrough: true }) response: Response,
    ): Promise<ListingView> {
      const version = expectedVersion(ifMatch, body.version);
      const view = await this.services.lifecycle.transition(kind, user, id, { ...body, version });
      return withETag(response, view);
    }

    /** The organisation's own listings in every state (members only). */
    @Get(`organisations/:organisationId/${path}`)
    @ApiOperation({ summary: `The organisation's own ${kind} listings in every state (members)` })
    @ApiErrors(403, 404)
    @ApiOkResponse({ type: ListingPageSchema })
    ofOrganisation(
      @Param('organisationId', OrganisationId) organisationId: string,
      @Query() query: ListingPageQueryDto,
      @CurrentUser() user: AuthenticatedUser,
    ): Promise<Page<ListingView>> {
      return this.services.queries.ofOrganisation(kind, user, organisationId, query);
    }

    /** Listings awaiting review, oldest first (organisers and admins). */
    @Get(`review-queue/${path}`)
    @ApiOperation({
      summary: `${kind} listings awaiting review, oldest first (organisers and admins)`,
    })
    @ApiErrors(403)
    @ApiOkResponse({ type: ListingPageSchema })
    reviewQueue(
      @Query() query: ListingPageQueryDto,
      @CurrentUser() user: AuthenticatedUser,
    ): Promise<Page<ListingView>> {
      return this.services.queries.reviewQueue(kind, user, query);
    }
  }
  return Routes;
}
