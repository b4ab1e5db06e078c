import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import {
  AcceptEvaluatorInvitationDto,
  AcceptEvaluatorInvitationWithAccountDto,
  AddEvaluatorDto,
  ApplicationsService,
  AwardDto,
  DecisionDto,
  DeclareConflictDto,
  EvaluationService,
  ExtendDeadlineDto,
  InviteCandidatesDto,
  ReviewService,
  RoundSettingsDto,
  SaveDraftDto,
  ScorecardDto,
  StartApplicationDto,
} from '@rongtong/challenges';
import { NotFoundError, ValidationFailedError } from '@rongtong/common';
import { AuthenticatedUser, Memberships } from '@rongtong/identity';
import { CurrentUser, OptionalAuth, Public } from '../auth/auth.decorators';
import { ApiErrors } from '../openapi/api-errors';
import {
  ApplicationSchema,
  AttachmentSchema,
  CreatedEvaluatorSchema,
  DownloadLinkSchema,
  EligibilitySchema,
  EvaluatorSchema,
  InvitedSchema,
  QueueItemSchema,
  ReviewTableSchema,
  RoundSchema,
  ScoreResultSchema,
  StageChangeSchema,
} from './challenge-applications.responses';
import type {
  ApplicationView,
  CreatedEvaluator,
  EligibilityView,
  EvaluatorView,
  QueueItem,
  ReviewTable,
  RoundView,
  StageChangeView,
} from '@rongtong/challenges';
import type { StoredFileView } from '@rongtong/storage';

const Id = (code: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(code, 'Not found') });
const ChallengeId = Id('CHALLENGE_NOT_FOUND');
const ApplicationId = Id('APPLICATION_NOT_FOUND');
const FileId = Id('FILE_NOT_FOUND');

/** Lets Node discard the rest of an upload that was refused, so the client reads the 4xx. */
function drainOnFailure<T>(request: Request, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    request.resume();
    throw error;
  });
}

/** 揭榜挂帅: applications (applicants), review and award (owners), scorecards (evaluators). */
@ApiTags('challenge applications')
@ApiBearerAuth()
@Controller()
export class ChallengeApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly review: ReviewService,
    private readonly evaluation: EvaluationService,
    private readonly memberships: Memberships,
  ) {}

  @Get('challenges/:id/round')
  @OptionalAuth()
  @ApiOperation({ summary: 'The application round of a challenge: deadline, criteria, award' })
  @ApiOkResponse({ type: RoundSchema })
  @ApiErrors(404)
  round(
    @Param('id', ChallengeId) id: string,
    @CurrentUser(false) user: AuthenticatedUser | undefined,
  ): Promise<RoundView> {
    return this.review.round(id, user);
  }

  @Get('challenges/:id/eligibility')
  @ApiOperation({ summary: 'Whether an organisation of yours may apply, and each rule it fails' })
  @ApiQuery({ name: 'organisationId', format: 'uuid' })
  @ApiOkResponse({ type: EligibilitySchema })
  @ApiErrors(404)
  eligibility(
    @Param('id', ChallengeId) id: string,
    @Query('organisationId', Id('ORGANISATION_NOT_FOUND')) organisationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EligibilityView> {
    return this.applications.eligibility(user, id, organisationId);
  }

  @Post('challenges/:id/applications')
  @ApiOperation({ summary: 'Start an application (a draft) for one of your organisations' })
  @ApiCreatedResponse({ type: ApplicationSchema })
  @ApiErrors(403, 404, 409)
  async start(
    @Param('id', ChallengeId) id: string,
    @Body() body: StartApplicationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationView> {
    const application = await this.applications.start(user, id, body);
    return this.review.view(user, application.id);
  }

  @Get('applications/mine')
  @ApiOperation({ summary: "Your organisations' applications" })
  @ApiOkResponse({ type: [ApplicationSchema] })
  async mine(@CurrentUser() user: AuthenticatedUser): Promise<ApplicationView[]> {
    const organisations = await this.memberships.organisationIdsOf(user.id);
    const applications = await this.applications.mine(user, organisations);
    return Promise.all(applications.map((a) => this.review.view(user, a.id)));
  }

  @Get('applications/:id')
  @ApiOperation({ summary: 'An application (applicant, owner reviewers, assigned evaluators)' })
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(404)
  view(
    @Param('id', ApplicationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationView> {
    return this.review.view(user, id);
  }

  @Put('applications/:id/draft')
  @ApiOperation({ summary: 'Autosave the draft proposal' })
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(404, 409)
  async save(
    @Param('id', ApplicationId) id: string,
    @Body() body: SaveDraftDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationView> {
    await this.applications.saveDraft(user, id, body);
    return this.review.view(user, id);
  }

  @Post('applications/:id/submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit (eligibility and the deadline are checked now, to the second)' })
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(403, 404, 409)
  async submit(
    @Param('id', ApplicationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationView> {
    await this.applications.submit(user, id);
    return this.review.view(user, id);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw (until the deadline, before the review starts)' })
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(404, 409)
  async withdraw(
    @Param('id', ApplicationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationView> {
    await this.applications.withdraw(user, id);
    return this.review.view(user, id);
  }

  @Get('applications/:id/timeline')
  @ApiOperation({ summary: 'Every stage change of an application, with reasons' })
  @ApiOkResponse({ type: [StageChangeSchema] })
  @ApiErrors(404)
  timeline(
    @Param('id', ApplicationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StageChangeView[]> {
    return this.review.timeline(user, id);
  }

  @Post('applications/:id/attachments')
  @ApiOperation({
    summary: 'Upload an attachment: the raw bytes as the body (PDF, Office, PNG/JPEG/WebP)',
  })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'filename', description: 'The file name to show' })
  @ApiCreatedResponse({ type: AttachmentSchema })
  @ApiErrors(404, 409, 413, 415)
  async upload(
    @Param('id', ApplicationId) id: string,
    @Query('filename') filename: unknown,
    @Req() request: Request,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<StoredFileView> {
    // A repeated query parameter arrives as an array: one name or a 400, never a 500.
    if (typeof filename !== 'string' || !filename.trim()) {
      request.resume();
      throw ValidationFailedError.field('filename', '请提供文件名');
    }
    return drainOnFailure(request, this.applications.uploadAttachment(user, id, filename, request));
  }

  @Delete('applications/:id/attachments/:fileId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an attachment from a draft' })
  @ApiErrors(404, 409)
  async removeAttachment(
    @Param('id', ApplicationId) id: string,
    @Param('fileId', FileId) fileId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.applications.removeAttachment(user, id, fileId);
  }

  @Post('applications/:id/attachments/:fileId/link')
  @HttpCode(200)
  @ApiOperation({ summary: 'A signed download link valid for a few minutes' })
  @ApiOkResponse({ type: DownloadLinkSchema })
  @ApiErrors(404)
  link(
    @Param('id', ApplicationId) id: string,
    @Param('fileId', FileId) fileId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ url: string; expiresAt: string }> {
    return this.review.attachmentLink(user, id, fileId);
  }

  // —— owners ——

  @Get('challenges/:id/review')
  @ApiOperation({ summary: 'Applications with stages, scores, spread and ranking (owners)' })
  @ApiOkResponse({ type: ReviewTableSchema })
  @ApiErrors(403, 404)
  reviewTable(
    @Param('id', ChallengeId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReviewTable> {
    return this.review.reviewTable(user, id);
  }

  @Put('challenges/:id/round')
  @ApiOperation({ summary: 'Round settings: delivery date, budget rule, anonymous review' })
  @ApiOkResponse({ type: RoundSchema })
  @ApiErrors(403, 404)
  settings(
    @Param('id', ChallengeId) id: string,
    @Body() body: RoundSettingsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RoundView> {
    return this.review.updateSettings(user, id, body);
  }

  @Post('challenges/:id/round/extend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Extend the deadline once, before it passes (drafts are told)' })
  @ApiOkResponse({ type: RoundSchema })
  @ApiErrors(403, 404, 409)
  extend(
    @Param('id', ChallengeId) id: string,
    @Body() body: ExtendDeadlineDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RoundView> {
    return this.review.extendDeadline(user, id, body);
  }

  @Post('challenges/:id/invitations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Invite matched candidates to apply (a notice with a link)' })
  @ApiOkResponse({ type: InvitedSchema })
  @ApiErrors(403, 404, 409)
  invite(
    @Param('id', ChallengeId) id: string,
    @Body() body: InviteCandidatesDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ invited: number }> {
    return this.review.inviteCandidates(user, id, body);
  }

  @Get('challenges/:id/evaluators')
  @ApiOperation({ summary: 'The evaluators of a challenge (owners)' })
  @ApiOkResponse({ type: [EvaluatorSchema] })
  @ApiErrors(403, 404)
  evaluators(
    @Param('id', ChallengeId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EvaluatorView[]> {
    return this.evaluation.list(user, id);
  }

  @Post('challenges/:id/evaluators')
  @ApiOperation({ summary: 'Add an evaluator: an owner member, or an external expert by email' })
  @ApiCreatedResponse({ type: CreatedEvaluatorSchema })
  @ApiErrors(403, 404, 409)
  addEvaluator(
    @Param('id', ChallengeId) id: string,
    @Body() body: AddEvaluatorDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CreatedEvaluator> {
    return this.evaluation.add(user, id, body);
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move an application to a stage (not_selected needs a reason and a note)',
  })
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(403, 404, 409)
  async decide(
    @Param('id', ApplicationId) id: string,
    @Body() body: DecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationView> {
    await this.review.decide(user, id, body);
    return this.review.view(user, id);
  }

  @Post('challenges/:id/award')
  @HttpCode(200)
  @ApiOperation({ summary: 'Award winners (sum ≤ 榜额): matches agreed, challenge closed' })
  @ApiOkResponse({ type: ReviewTableSchema })
  @ApiErrors(403, 404, 409)
  award(
    @Param('id', ChallengeId) id: string,
    @Body() body: AwardDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReviewTable> {
    return this.review.award(user, id, body);
  }

  // —— evaluators ——

  @Post('evaluator-invitations/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an evaluator invitation with the signed-in account' })
  @ApiOkResponse({ type: EvaluatorSchema })
  @ApiErrors(403, 404, 409)
  accept(
    @Body() body: AcceptEvaluatorInvitationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EvaluatorView> {
    return this.evaluation.accept(user, body.token);
  }

  @Public()
  @Post('evaluator-invitations/accept-with-new-account')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Accept an evaluator invitation without an account: creates one for the invited address (no organisation; evaluator of this challenge only), then sign in; 409 EMAIL_TAKEN when the address is registered (sign in and accept instead)',
  })
  @ApiCreatedResponse({ type: EvaluatorSchema })
  @ApiErrors(400, 404, 409)
  acceptWithNewAccount(
    @Body() body: AcceptEvaluatorInvitationWithAccountDto,
  ): Promise<EvaluatorView> {
    return this.evaluation.acceptWithNewAccount(body);
  }

  @Get('review-queue')
  @ApiOperation({ summary: 'Applications you evaluate, with your scorecards' })
  @ApiOkResponse({ type: [QueueItemSchema] })
  queue(@CurrentUser() user: AuthenticatedUser): Promise<QueueItem[]> {
    return this.evaluation.queue(user);
  }

  @Put('applications/:id/scorecard')
  @ApiOperation({ summary: 'Score an application: 0–10 per criterion, and a comment' })
  @ApiOkResponse({ type: ScoreResultSchema })
  @ApiErrors(403, 404, 409)
  score(
    @Param('id', ApplicationId) id: string,
    @Body() body: ScorecardDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ total: number }> {
    return this.evaluation.score(user, id, body);
  }

  @Post('applications/:id/conflicts')
  @HttpCode(204)
  @ApiOperation({ summary: 'Declare a conflict of interest: you are recused from it' })
  @ApiErrors(403, 404)
  async conflict(
    @Param('id', ApplicationId) id: string,
    @Body() body: DeclareConflictDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.evaluation.declareConflict(user, id, body);
  }
}
