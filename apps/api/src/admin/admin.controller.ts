import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { NotFoundError } from '@rongtong/common';
import { UsccExceptionRecordedSchema } from './admin.responses';
import { ApiErrors } from '../openapi/api-errors';
import {
  AuthenticatedUser,
  PlatformRoleService,
  PlatformRolesDto,
  UsccExceptionDto,
  UsccExceptionService,
} from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';

/** A malformed id is the same 404 as a missing user. */
const UserId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundError('USER_NOT_FOUND', 'No such user'),
});

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  constructor(
    private readonly usccExceptions: UsccExceptionService,
    private readonly platformRoles: PlatformRoleService,
  ) {}

  /** Accept a pilot USCC that fails only its checksum (audited). */
  @Post('uscc-exceptions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Accept a pilot USCC that fails only its checksum (admins, audited)' })
  @ApiErrors(403)
  @ApiCreatedResponse({ type: UsccExceptionRecordedSchema })
  async recordUsccException(
    @Body() body: UsccExceptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UsccExceptionRecordedSchema> {
    await this.usccExceptions.record(user, body.uscc, body.reason);
    return { uscc: body.uscc, recorded: true };
  }

  /** Replace a user's platform roles (admins, audited); takes effect on the user's next request. */
  @Put('users/:userId/platform-roles')
  @ApiOperation({
    summary: "Replace a user's platform roles (admins, audited; applies to the next request)",
  })
  @ApiErrors(403, 404)
  async replacePlatformRoles(
    @Param('userId', UserId) userId: string,
    @Body() body: PlatformRolesDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return { userId, roles: await this.platformRoles.replace(user, userId, body.roles) };
  }
}
