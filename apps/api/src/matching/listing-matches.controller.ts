import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { MatchPageSchema, MatchSchema } from './match.responses';
import { ApiErrors } from '../openapi/api-errors';
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
  @ApiOperation({ summary: 'Achievements and capable organisations found for a need' })
  @ApiErrors(404)
  @ApiOkResponse({ type: MatchPageSchema })
  needMatches(
    @Param('id', NeedId) id: string,
    @Query() query: MatchPageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MatchView>> {
    return this.queries.forListing(user, 'need', id, toMatchPageQuery(query));
  }

  /** Needs and SMEs found for an achievement. */
  @Get('achievements/:id/matches')
  @ApiOperation({ summary: 'Needs and SMEs found for an achievement' })
  @ApiErrors(404)
  @ApiOkResponse({ type: MatchPageSchema })
  achievementMatches(
    @Param('id', AchievementId) id: string,
    @Query() query: MatchPageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MatchView>> {
    return this.queries.forListing(user, 'achievement', id, toMatchPageQuery(query));
  }

  /** Eligible organisations found for a challenge. */
  @Get('challenges/:id/candidates')
  @ApiOperation({ summary: 'Eligible organisations found for a challenge' })
  @ApiErrors(404)
  @ApiOkResponse({ type: MatchPageSchema })
  challengeCandidates(
    @Param('id', ChallengeId) id: string,
    @Query() query: MatchPageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MatchView>> {
    return this.queries.forListing(user, 'challenge', id, toMatchPageQuery(query));
  }

  @Post('needs/:id/rematch')
  @HttpCode(200)
  @ApiOperation({ summary: 'Recompute the matches of a need now (owners)' })
  @ApiErrors(403, 404)
  rematchNeed(
    @Param('id', NeedId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RematchResult> {
    return this.actions.rematch(user, 'need', id);
  }

  @Post('achievements/:id/rematch')
  @HttpCode(200)
  @ApiOperation({ summary: 'Recompute the matches of an achievement now (owners)' })
  @ApiErrors(403, 404)
  rematchAchievement(
    @Param('id', AchievementId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RematchResult> {
    return this.actions.rematch(user, 'achievement', id);
  }

  @Post('challenges/:id/rematch')
  @HttpCode(200)
  @ApiOperation({ summary: 'Recompute the candidates of a challenge now (owners)' })
  @ApiErrors(403, 404)
  rematchChallenge(
    @Param('id', ChallengeId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RematchResult> {
    return this.actions.rematch(user, 'challenge', id);
  }

  /** Interest in someone else's need: from one of your achievements, or as your organisation. */
  @Post('needs/:id/interest')
  @HttpCode(200)
  @ApiOperation({ summary: "Show interest in someone else's need" })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: MatchSchema })
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
  @ApiOperation({ summary: "Show interest in someone else's achievement" })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: MatchSchema })
  interestInAchievement(
    @Param('id', AchievementId) id: string,
    @Body() body: DirectInterestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.actions.expressInterest(user, 'achievement', id, body);
  }
}
