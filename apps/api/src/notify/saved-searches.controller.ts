import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiTags,
  ApiOkResponse,
  ApiCreatedResponse,
} from '@nestjs/swagger';
import { SavedSearchSchema } from './notify.responses';
import { ApiErrors } from '../openapi/api-errors';
import { AuthenticatedUser } from '@rongtong/identity';
import {
  CreateSavedSearchDto,
  savedSearchNotFound,
  SavedSearches,
  SavedSearchView,
  UpdateSavedSearchDto,
} from '@rongtong/notify';
import { CurrentUser } from '../auth/auth.decorators';

/** Malformed ids get the same 404 as missing ones and other users' saved searches. */
const SavedSearchId = new ParseUUIDPipe({ exceptionFactory: savedSearchNotFound });

/** The caller's saved searches: newly published listings that match them produce alerts. */
@ApiTags('saved-searches')
@ApiBearerAuth()
@Controller('me/saved-searches')
export class SavedSearchesController {
  constructor(private readonly savedSearches: SavedSearches) {}

  @Post()
  @ApiOperation({ summary: 'Save a search (q + filters of GET /search) to be alerted about' })
  @ApiCreatedResponse({ type: SavedSearchSchema })
  create(
    @Body() body: CreateSavedSearchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SavedSearchView> {
    return this.savedSearches.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: "The caller's saved searches" })
  @ApiOkResponse({ type: [SavedSearchSchema] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<SavedSearchView[]> {
    return this.savedSearches.list(user);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, change the query, or switch alerts on or off' })
  @ApiErrors(404)
  @ApiOkResponse({ type: SavedSearchSchema })
  update(
    @Param('id', SavedSearchId) id: string,
    @Body() body: UpdateSavedSearchDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SavedSearchView> {
    return this.savedSearches.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a saved search' })
  @ApiErrors(404)
  async remove(
    @Param('id', SavedSearchId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.savedSearches.remove(user, id);
  }
}
