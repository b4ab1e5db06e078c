import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
import {
  AcceptInvitationDto,
  AuthenticatedUser,
  InvitationService,
  InviteMemberDto,
  organisationNotFound,
  OrganisationService,
  UpdateOrganisationDto,
} from '@rongtong/identity';
import { CurrentUser, OptionalAuth } from '../auth/auth.decorators';
import {
  AcceptedInvitationSchema,
  CreatedInvitationSchema,
  InvitationSchema,
  MemberOrganisationSchema,
  MemberSchema,
  OrganisationSchema,
} from './identity.responses';

/** Malformed ids get the same 404 as missing or forbidden ones. */
export const OrganisationId = new ParseUUIDPipe({ exceptionFactory: organisationNotFound });

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly invitations: InvitationService,
  ) {}

  /** Public profile; members and admins also see contact details. */
  @OptionalAuth()
  @Get(':organisationId')
  @ApiOperation({
    summary: "An organisation's public profile (members and admins also see contacts)",
  })
  @ApiErrors(404)
  @ApiOkResponse({ type: OrganisationSchema })
  view(
    @Param('organisationId', OrganisationId) id: string,
    @CurrentUser(false) user?: AuthenticatedUser,
  ) {
    return this.organisations.view(id, user);
  }

  @Patch(':organisationId')
  @ApiOperation({
    summary:
      'Change the profile (members). A new name is owner-only (403 OWNER_ONLY) and goes to review: the public name stays, the member view shows pendingName until an organiser approves',
  })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: MemberOrganisationSchema })
  update(
    @Param('organisationId', OrganisationId) id: string,
    @Body() body: UpdateOrganisationDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.organisations.update(user, id, body);
  }

  @Get(':organisationId/members')
  @ApiOperation({ summary: 'Members of the organisation (members)' })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: [MemberSchema] })
  members(
    @Param('organisationId', OrganisationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.organisations.members(user, id);
  }

  /** Owners only. The response carries the invitation token once, to pass to the invitee. */
  @Post(':organisationId/invitations')
  @ApiOperation({ summary: 'Invite someone by email (owners); the answer carries the token once' })
  @ApiErrors(403, 404, 409)
  @ApiCreatedResponse({ type: CreatedInvitationSchema })
  invite(
    @Param('organisationId', OrganisationId) id: string,
    @Body() body: InviteMemberDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.invitations.invite(user, id, body.email, body.role);
  }

  @Get(':organisationId/invitations')
  @ApiOperation({ summary: 'Invitations not yet accepted (owners)' })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: [InvitationSchema] })
  pendingInvitations(
    @Param('organisationId', OrganisationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.invitations.pending(user, id);
  }
}

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationService) {}

  /** The invitee, signed in with the invited email, joins the organisation. */
  @Post('accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Join the organisation of an invitation (signed in with the invited email)',
  })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: AcceptedInvitationSchema })
  accept(@Body() body: AcceptInvitationDto, @CurrentUser() user: AuthenticatedUser) {
    return this.invitations.accept(user, body.token);
  }
}
