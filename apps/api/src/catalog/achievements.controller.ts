import { Body, Controller, Headers, Param, Patch, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListingSchema } from './listing.responses';
import { ApiErrors } from '../openapi/api-errors';
import {
  CreateAchievementDto,
  expectedVersion,
  ListingDrafts,
  ListingLifecycle,
  ListingQueries,
  ListingView,
  AchievementService,
  UpdateAchievementDto,
} from '@rongtong/catalog';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiIfMatch, listingId, withETag } from './listing-params';
import { ListingRoutes } from './listing-routes';

/** 科技成果 (research achievements). */
@ApiTags('achievements')
@Controller()
export class AchievementsController extends ListingRoutes('achievement', 'achievements') {
  constructor(
    drafts: ListingDrafts,
    lifecycle: ListingLifecycle,
    queries: ListingQueries,
    private readonly achievements: AchievementService,
  ) {
    super({ drafts, lifecycle, queries });
  }

  /** Creates a draft for an organisation the caller belongs to. */
  @Post('achievements')
  @ApiOperation({ summary: 'Create a draft achievement for an organisation the caller belongs to' })
  @ApiErrors(403)
  @ApiCreatedResponse({ type: ListingSchema })
  create(
    @Body() body: CreateAchievementDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.achievements.create(user, body);
  }

  @Patch('achievements/:id')
  @ApiOperation({ summary: 'Change an achievement (members; drafts, rejected or published)' })
  @ApiErrors(403, 404, 409)
  @ApiIfMatch()
  @ApiOkResponse({ type: ListingSchema })
  async update(
    @Param('id', listingId('achievement')) id: string,
    @Body() body: UpdateAchievementDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ListingView> {
    const version = expectedVersion(ifMatch, body.version);
    return withETag(response, await this.achievements.update(user, id, { ...body, version }));
  }
}
