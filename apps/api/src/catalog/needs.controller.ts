import { Body, Controller, Headers, Param, Patch, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListingSchema } from './listing.responses';
import { ApiErrors } from '../openapi/api-errors';
import {
  CreateNeedDto,
  expectedVersion,
  ListingDrafts,
  ListingLifecycle,
  ListingQueries,
  ListingView,
  NeedService,
  UpdateNeedDto,
} from '@rongtong/catalog';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiIfMatch, listingId, withETag } from './listing-params';
import { ListingRoutes } from './listing-routes';

/** 技术需求 (tech needs). */
@ApiTags('needs')
@Controller()
export class NeedsController extends ListingRoutes('need', 'needs') {
  constructor(
    drafts: ListingDrafts,
    lifecycle: ListingLifecycle,
    queries: ListingQueries,
    private readonly needs: NeedService,
  ) {
    super({ drafts, lifecycle, queries });
  }

  /** Creates a draft for an organisation the caller belongs to. */
  @Post('needs')
  @ApiOperation({ summary: 'Create a draft need for an organisation the caller belongs to' })
  @ApiErrors(403)
  @ApiCreatedResponse({ type: ListingSchema })
  create(
    @Body() body: CreateNeedDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.needs.create(user, body);
  }

  @Patch('needs/:id')
  @ApiOperation({ summary: 'Change a need (members; drafts, rejected or published)' })
  @ApiErrors(403, 404, 409)
  @ApiIfMatch()
  @ApiOkResponse({ type: ListingSchema })
  async update(
    @Param('id', listingId('need')) id: string,
    @Body() body: UpdateNeedDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ListingView> {
    const version = expectedVersion(ifMatch, body.version);
    return withETag(response, await this.needs.update(user, id, { ...body, version }));
  }
}
