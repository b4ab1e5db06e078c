import { Controller, Get, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
// The search lib's index does not export its query side yet; import it directly until it does.
import {
  MultiTypeSearchResult,
  SearchQueryDto,
  SearchService,
  SingleTypeSearchResult,
} from '@rongtong/search';
import { OptionalAuth } from '../auth/auth.decorators';
import { ListingHitSchema, OrganisationHitSchema, SearchResultSchema } from './search.responses';

/** 搜索: published listings and organisation profiles (public fields only). */
@ApiTags('search')
@ApiExtraModels(ListingHitSchema, OrganisationHitSchema)
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @OptionalAuth()
  @Get()
  @ApiOperation({
    summary: 'Full-text search with filters',
    description:
      'type=all answers one group per type (need, achievement, challenge, organisation) from a ' +
      'single Meilisearch request. Filters that do not apply to a type are ignored for it: ' +
      'trl and modes apply to needs and achievements; amount and deadline to listings; minTier ' +
      'to challenges (those a holder of the tier may enter) and organisations (holding at least ' +
      'the tier).',
  })
  @ApiErrors(503)
  @ApiOkResponse({ type: SearchResultSchema })
  find(@Query() query: SearchQueryDto): Promise<MultiTypeSearchResult | SingleTypeSearchResult> {
    return this.search.query(query);
  }
}
