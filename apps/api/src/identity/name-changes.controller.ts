import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@rongtong/common';
import {
  AuthenticatedUser,
  NameChangeDecisionDto,
  NameChangeQueueQuery,
  NameChangeService,
} from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiErrors } from '../openapi/api-errors';
import { NameChangePageSchema, NameChangeSchema } from './identity.responses';
import { OrganisationId } from './organisations.controller';

const NameChangeId = new ParseUUIDPipe({
  exceptionFactory: () =>
    new NotFoundError('NAME_CHANGE_NOT_FOUND', 'No such organisation name change'),
});

/** Organisation names under review: owners ask (PATCH /organisations/:id), reviewers decide. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller()
export class NameChangesController {
  constructor(private readonly nameChanges: NameChangeService) {}

  @Get('organisations/:organisationId/name-changes')
  @ApiOperation({
    summary: "The organisation's name history: every rename request and its outcome (members)",
  })
  @ApiErrors(404)
  @ApiOkResponse({ type: [NameChangeSchema] })
  history(
    @Param('organisationId', OrganisationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.nameChanges.history(user, id);
  }

  @Get('review-queue/organisation-names')
  @ApiOperation({
    summary:
      'Organisation name changes in a status (pending by default), oldest first (organisers and admins)',
  })
  @ApiErrors(400, 403)
  @ApiOkResponse({ type: NameChangePageSchema })
  queue(@Query() query: NameChangeQueueQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.nameChanges.queue(user, query);
  }

  @Post('organisation-name-changes/:nameChangeId/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Withdraw a pending name change; the public name stays (owners of the organisation; 409 NAME_CHANGE_STATE once decided)',
  })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: NameChangeSchema })
  withdraw(
    @Param('nameChangeId', NameChangeId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.nameChanges.withdraw(user, id);
  }

  @Post('organisation-name-changes/:nameChangeId/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve a pending name: it becomes the public name (organisers and admins, never for their own organisation)',
  })
  @ApiErrors(400, 403, 404, 409)
  @ApiOkResponse({ type: NameChangeSchema })
  approve(
    @Param('nameChangeId', NameChangeId) id: string,
    @Body() body: NameChangeDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.nameChanges.decide(user, id, 'approve', body.reason);
  }

  @Post('organisation-name-changes/:nameChangeId/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject a pending name with a reason; the public name stays (organisers and admins)',
  })
  @ApiErrors(400, 403, 404, 409)
  @ApiOkResponse({ type: NameChangeSchema })
  reject(
    @Param('nameChangeId', NameChangeId) id: string,
    @Body() body: NameChangeDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.nameChanges.decide(user, id, 'reject', body.reason);
  }
}
