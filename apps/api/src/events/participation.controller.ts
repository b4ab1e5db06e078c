import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError } from '@rongtong/common';
import {
  AgendaDetailsService,
  DirectoryQuery,
  ParticipantDirectoryService,
} from '@rongtong/events';
import type { AgendaOutcomeView, DirectoryEntry } from '@rongtong/events';
import { AuthenticatedUser } from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { ApiErrors } from '../openapi/api-errors';
import { AgendaOutcomeSchema, DirectoryEntrySchema } from './participation.responses';

const Id = (code: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(code, 'Not found') });
const RegistrationId = Id('REGISTRATION_NOT_FOUND');
const MeetingId = Id('MEETING_NOT_FOUND');

/**
 * A participant's side of an event beyond requests: whom to meet (the directory with 匹配度 and
 * reasons), and what came of each meeting on the agenda, with one ICS file per meeting.
 */
@ApiTags('events')
@ApiBearerAuth()
@Controller('event-registrations/:id')
export class ParticipationController {
  constructor(
    private readonly directory: ParticipantDirectoryService,
    private readonly agenda: AgendaDetailsService,
  ) {}

  @Get('directory')
  @ApiOperation({
    summary:
      'Other approved participants with their listings, 匹配度 and reasons from matching, your request and preference; best fit first',
  })
  @ApiOkResponse({ type: [DirectoryEntrySchema] })
  @ApiErrors(403, 404)
  participants(
    @Param('id', RegistrationId) id: string,
    @Query() query: DirectoryQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DirectoryEntry[]> {
    return this.directory.directory(user, id, query);
  }

  @Get('outcomes')
  @ApiOperation({
    summary:
      "Outcomes of your published meetings: yours, and the other side's once you have recorded yours",
  })
  @ApiOkResponse({ type: [AgendaOutcomeSchema] })
  @ApiErrors(404)
  outcomes(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgendaOutcomeView[]> {
    return this.agenda.outcomesOf(user, id);
  }

  @Get('meetings/:meetingId/calendar.ics')
  @ApiOperation({
    summary:
      'One published meeting as an iCalendar file: the same UID and SEQUENCE as in the whole agenda, CANCELLED once cancelled',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiErrors(404)
  async meetingCalendar(
    @Param('id', RegistrationId) id: string,
    @Param('meetingId', MeetingId) meetingId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { filename, body } = await this.agenda.meetingCalendar(user, id, meetingId);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      type: 'text/calendar; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }
}
