import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Page } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import {
  DirectInterestDto,
  ListingMatchActions,
  MatchPageQueryDto,
  MatchQueries,
  MatchView,
  RematchResult,
  toMatchPageQuery,
} from '@rongtong/matching';
import { CurrentUser } from '../auth/auth.decorators';
import { listingId } from '../catalog/listing-params';

const NeedId = listingId('need');
const AchievementId = listingId('achievement');
const ChallengeId = listingId('challenge');

/**
 * A listing's matches (owners' members and reviewers), rematch now (owners), and interest shown
 * in someone else's listing while browsing.
 */
@ApiTags('matches')
@ApiBearerAuth()
@Controller()
export class ListingMatchesController {
  constructor(
    private readonly queries: MatchQueries,
    private readonly actions: ListingMatchActions,
  ) {}

  /** Achievements and capable organisations found for a need. */
  @Get('needs/:id/matches')
  needMatches(
    @Param('id', NeedId) id: string,
    @Query() query: MatchPageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MatchView>> {
    return this.queries.forListing(user, 'need', id, toMatchPageQuery(query));
  }

  /** Needs and SMEs found for an achievement. */
  @Get('achievements/:id/matches')
  achievementMatches(
    @Param('id', AchievementId) id: string,
    @Query() query: MatchPageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MatchView>> {
    return this.queries.forListing(user, 'achievement', id, toMatchPageQuery(query));
  }

  /** Eligible organisations found for a challenge. */
  @Get('challenges/:id/candidates')
  challengeCandidates(
    @Param('id', ChallengeId) id: string,
    @Query() query: MatchPageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MatchView>> {
    return this.queries.forListing(user, 'challenge', id, toMatchPageQuery(query));
  }

  @Post('needs/:id/rematch')
  @HttpCode(200)
  rematchNeed(
    @Param('id', NeedId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RematchResult> {
    return this.actions.rematch(user, 'need', id);
  }

  @Post('achievements/:id/rematch')
  @HttpCode(200)
  rematchAchievement(
    @Param('id', AchievementId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RematchResult> {
    return this.actions.rematch(user, 'achievement', id);
  }

  @Post('challenges/:id/rematch')
  @HttpCode(200)
  rematchChallenge(
    @Param('id', ChallengeId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RematchResult> {
    return this.actions.rematch(user, 'challenge', id);
  }

  /** Interest in someone else's need: from one of your achievements, or as your organisation. */
  @Post('needs/:id/interest')
  @HttpCode(200)
  interestInNeed(
    @Param('id', NeedId) id: string,
    @Body() body: DirectInterestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.actions.expressInterest(user, 'need', id, body);
  }

  /** Interest in someone else's achievement: from one of your needs (or as an SME). */
  @Post('achievements/:id/interest')
  @HttpCode(200)
  interestInAchievement(
    @Param('id', AchievementId) id: string,
    @Body() body: DirectInterestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.actions.expressInterest(user, 'achievement', id, body);
  }
}
