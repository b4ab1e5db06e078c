import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
import {
  CreateNeedDto,
  ListingDrafts,
  ListingLifecycle,
  ListingQueries,
  ListingView,
  NeedService,
  UpdateNeedDto,
} from '@rongtong/catalog';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { listingId } from './listing-params';
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
  create(
    @Body() body: CreateNeedDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.needs.create(user, body);
  }

  @Patch('needs/:id')
  @ApiOperation({ summary: 'Change a need (members; drafts, rejected or published)' })
  @ApiErrors(403, 404, 409)
  update(
    @Param('id', listingId('need')) id: string,
    @Body() body: UpdateNeedDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ListingView> {
    return this.needs.update(user, id, body);
  }
}
