import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ListingRevisions,
  RevisionDecisionDto,
  RevisionQueueQueryDto,
  RevisionView,
} from '@rongtong/catalog';
import { NotFoundError, Page } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiErrors } from '../openapi/api-errors';
import { RevisionPageSchema, RevisionSchema } from './listing.responses';

const RevisionId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundError('REVISION_NOT_FOUND', 'Revision not found'),
});

/**
 * Edits of published listings waiting for review (organisers and admins): the field-level diff
 * against the published text, approve or reject with the revision version the reviewer saw.
 */
@ApiTags('review')
@ApiBearerAuth()
@Controller('review-queue/revisions')
export class ListingRevisionsController {
  constructor(private readonly revisions: ListingRevisions) {}

  @Get()
  @ApiOperation({
    summary:
      "Pending edits of published listings, oldest first, with the field diff (reviewers; other organisations' listings)",
  })
  @ApiErrors(403)
  @ApiOkResponse({ type: RevisionPageSchema })
  queue(
    @Query() query: RevisionQueueQueryDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<RevisionView>> {
    return this.revisions.queue(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One revision with its field diff (reviewers)' })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: RevisionSchema })
  one(
    @Param('id', RevisionId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionView> {
    return this.revisions.one(user, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve an edit: the listing takes the new values, is re-indexed and re-matched',
  })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: RevisionSchema })
  approve(
    @Param('id', RevisionId) id: string,
    @Body() body: RevisionDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionView> {
    return this.revisions.approve(user, id, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject an edit with a reason for the owner; the published text stays',
  })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: RevisionSchema })
  reject(
    @Param('id', RevisionId) id: string,
    @Body() body: RevisionDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RevisionView> {
    return this.revisions.reject(user, id, body);
  }
}
