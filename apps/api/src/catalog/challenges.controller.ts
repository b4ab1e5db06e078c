import { Body, Controller, Headers, Param, Patch, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListingSchema } from './listing.responses';
import { ApiErrors } from '../openapi/api-errors';
import {
  CreateChallengeDto,
  expectedVersion,
  ListingDrafts,
  ListingLifecycle,
  ListingQueries,
  ListingView,
  ChallengeService,
  UpdateChallengeDto,
} from '@rongtong/catalog';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiIfMatch, listingId, withETag } from './listing-params';
import { ListingRoutes } from './listing-routes';

/** 榜单 (challenges, 发榜). */
@ApiTags('challenges')
@Controller()
export class ChallengesController extends ListingRoutes('challenge', 'challenges') {
  constructor(
    drafts: ListingDrafts,
    lifecycle: ListingLifecycle,
    queries: ListingQueries,
    private readonly challenges: ChallengeService,
  ) {
    super({ drafts, lifecycle, queries });
  }

  /** Creates a draft for an organisation the caller belongs to. */
  @Post('challenges')
  @ApiOperation({ summary: 'Create a draft challenge for an organisation the caller belongs to' })
  @ApiErrors(403)
  @ApiCreatedResponse({ type: ListingSchema })
  create(
    @Body() body: CreateChallengeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.challenges.create(user, body);
  }

  @Patch('challenges/:id')
  @ApiOperation({ summary: 'Change a challenge (members; drafts, rejected or published)' })
  @ApiErrors(403, 404, 409)
  @ApiIfMatch()
  @ApiOkResponse({ type: ListingSchema })
  async update(
    @Param('id', listingId('challenge')) id: string,
    @Body() body: UpdateChallengeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ListingView> {
    const version = expectedVersion(ifMatch, body.version);
    return withETag(response, await this.challenges.update(user, id, { ...body, version }));
  }
}
