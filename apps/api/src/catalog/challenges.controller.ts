import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
import {
  CreateChallengeDto,
  ListingDrafts,
  ListingLifecycle,
  ListingQueries,
  ListingView,
  ChallengeService,
  UpdateChallengeDto,
} from '@rongtong/catalog';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { listingId } from './listing-params';
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
  create(
    @Body() body: CreateChallengeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.challenges.create(user, body);
  }

  @Patch('challenges/:id')
  @ApiOperation({ summary: 'Change a challenge (members; drafts, rejected or published)' })
  @ApiErrors(403, 404, 409)
  update(
    @Param('id', listingId('challenge')) id: string,
    @Body() body: UpdateChallengeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.challenges.update(user, id, body);
  }
}
