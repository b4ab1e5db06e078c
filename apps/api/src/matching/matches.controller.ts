import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { MatchPageSchema, MatchSchema } from './match.responses';
import { ApiErrors } from '../openapi/api-errors';
import { Page } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import {
  DeclineMatchDto,
  MatchLifecycle,
  matchNotFound,
  MatchPageQueryDto,
  MatchQueries,
  MatchView,
  toMatchPageQuery,
} from '@rongtong/matching';
import { CurrentUser } from '../auth/auth.decorators';

/** Malformed ids get the same 404 as missing ones. */
const MatchId = new ParseUUIDPipe({ exceptionFactory: () => matchNotFound() });

/** A match for its parties, and the lifecycle: interest → mutual → negotiating → agreed | declined. */
@ApiTags('matches')
@ApiBearerAuth()
@Controller()
export class MatchesController {
  constructor(
    private readonly queries: MatchQueries,
    private readonly lifecycle: MatchLifecycle,
  ) {}

  /** The matches of the caller's organisations, best first. */
  @Get('matches')
  @ApiOperation({ summary: "The matches of the caller's organisations, best first" })
  @ApiOkResponse({ type: MatchPageSchema })
  mine(
    @Query() query: MatchPageQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<MatchView>> {
    return this.queries.forCaller(user, toMatchPageQuery(query));
  }

  /** Parties only; the other side's contact once mutual. */
  @Get('matches/:id')
  @ApiOperation({ summary: "One match (parties only); the other side's contact once mutual" })
  @ApiErrors(404)
  @ApiOkResponse({ type: MatchSchema })
  one(
    @Param('id', MatchId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.queries.one(user, id);
  }

  @Post('matches/:id/interest')
  @HttpCode(200)
  @ApiOperation({ summary: 'Show interest; both sides interested makes the match mutual' })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: MatchSchema })
  interest(
    @Param('id', MatchId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.lifecycle.act(user, id, 'interest');
  }

  /** A reason from the fixed list is required; a note is optional. */
  @Post('matches/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline with a reason from the list and an optional note' })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: MatchSchema })
  decline(
    @Param('id', MatchId) id: string,
    @Body() body: DeclineMatchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.lifecycle.act(user, id, 'decline', body);
  }

  @Post('matches/:id/negotiate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a mutual match as under negotiation' })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: MatchSchema })
  negotiate(
    @Param('id', MatchId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.lifecycle.act(user, id, 'negotiate');
  }

  @Post('matches/:id/agree')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record an agreement (签约) on a match under negotiation' })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: MatchSchema })
  agree(
    @Param('id', MatchId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MatchView> {
    return this.lifecycle.act(user, id, 'agree');
  }
}
