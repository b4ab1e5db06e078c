import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
import {
  CreateAchievementDto,
  ListingDrafts,
  ListingLifecycle,
  ListingQueries,
  ListingView,
  AchievementService,
  UpdateAchievementDto,
} from '@rongtong/catalog';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { listingId } from './listing-params';
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
  create(
    @Body() body: CreateAchievementDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.achievements.create(user, body);
  }

  @Patch('achievements/:id')
  @ApiOperation({ summary: 'Change an achievement (members; drafts, rejected or published)' })
  @ApiErrors(403, 404, 409)
  update(
    @Param('id', listingId('achievement')) id: string,
    @Body() body: UpdateAchievementDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.achievements.update(user, id, body);
  }
}
