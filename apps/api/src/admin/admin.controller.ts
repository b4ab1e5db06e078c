import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
import { AuthenticatedUser, UsccExceptionDto, UsccExceptionService } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
export class AdminController {
  constructor(private readonly usccExceptions: UsccExceptionService) {}

  /** Accept a pilot USCC that fails only its checksum (audited). */
  @Post('uscc-exceptions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Accept a pilot USCC that fails only its checksum (admins, audited)' })
  @ApiErrors(403)
  async recordUsccException(
    @Body() body: UsccExceptionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    await this.usccExceptions.record(user, body.uscc, body.reason);
    return { uscc: body.uscc, recorded: true };
  }
}
