import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
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
import { NotFoundError } from '@rongtong/common';
import {
  AuthenticatedUser,
  UsccClaimEvidenceService,
  SubmitUsccClaimDto,
  UsccClaimDecisionDto,
  UsccClaimQueueQuery,
  UsccClaimService,
} from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { EvidenceFileId, receiveEvidence } from '../files/evidence-upload';
import { ApiErrors } from '../openapi/api-errors';
import {
  EvidenceFileSchema,
  EvidenceLinkSchema,
  UsccClaimPageSchema,
  UsccClaimSchema,
} from './identity.responses';

const ClaimId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundError('USCC_CLAIM_NOT_FOUND', 'No such USCC claim'),
});

/** 统一社会信用代码 claims: verified by organisers and admins, disputes by admins. */
@ApiTags('uscc-claims')
@ApiBearerAuth()
@Controller()
export class UsccClaimsController {
  constructor(
    private readonly claims: UsccClaimService,
    private readonly evidence: UsccClaimEvidenceService,
  ) {}

  @Post('uscc-claims/:claimId/evidence')
  @ApiOperation({
    summary:
      'Attach proof to a pending claim (营业执照 scan, authorisation letter): the raw bytes as the body, PDF/PNG/JPEG/WebP by content, ≤ 10 MB each, 5 files and 30 MB per claim; the claimant only',
  })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'filename', description: 'The file name to show' })
  @ApiErrors(400, 404, 409, 413, 415)
  @ApiCreatedResponse({ type: EvidenceFileSchema })
  uploadEvidence(
    @Param('claimId', ClaimId) id: string,
    @Query('filename') filename: unknown,
    @Req() request: Request,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return receiveEvidence(request, filename, (name) =>
      this.evidence.upload(user, id, name, request),
    );
  }

  @Get('uscc-claims/:claimId/evidence')
  @ApiOperation({ summary: "A claim's evidence files (its claimant, organisers and admins)" })
  @ApiErrors(404)
  @ApiOkResponse({ type: [EvidenceFileSchema] })
  listEvidence(@Param('claimId', ClaimId) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.evidence.list(user, id);
  }

  @Post('uscc-claims/:claimId/evidence/:fileId/link')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A signed download link for a claim’s evidence file, valid for a few minutes (its claimant, organisers and admins)',
  })
  @ApiErrors(404)
  @ApiOkResponse({ type: EvidenceLinkSchema })
  evidenceLink(
    @Param('claimId', ClaimId) id: string,
    @Param('fileId', EvidenceFileId) fileId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.evidence.link(user, id, fileId);
  }

  @Post('uscc-claims')
  @ApiOperation({
    summary:
      'Claim a USCC with evidence: the owner of the organisation registered with it (again, after a rejection), or anyone else who represents the company (a dispute an admin decides); 409 USCC_NOT_REGISTERED, USCC_ALREADY_VERIFIED or USCC_CLAIM_PENDING',
  })
  @ApiErrors(400, 403, 409)
  @ApiCreatedResponse({ type: UsccClaimSchema })
  submit(@Body() body: SubmitUsccClaimDto, @CurrentUser() user: AuthenticatedUser) {
    return this.claims.submit(user, body);
  }

  @Get('me/uscc-claims')
  @ApiOperation({ summary: 'The USCC claims the caller made, newest first, with their history' })
  @ApiOkResponse({ type: [UsccClaimSchema] })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.claims.mine(user);
  }

  @Get('review-queue/uscc-claims')
  @ApiOperation({
    summary: 'USCC claims in a status (pending by default), oldest first (organisers and admins)',
  })
  @ApiErrors(400, 403)
  @ApiOkResponse({ type: UsccClaimPageSchema })
  queue(@Query() query: UsccClaimQueueQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.claims.queue(user, query);
  }

  @Get('uscc-claims/:claimId')
  @ApiOperation({ summary: 'One USCC claim with its history (its claimant and reviewers)' })
  @ApiErrors(404)
  @ApiOkResponse({ type: UsccClaimSchema })
  get(@Param('claimId', ClaimId) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.claims.get(user, id);
  }

  @Post('uscc-claims/:claimId/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Withdraw a pending claim (its claimant only; 409 USCC_CLAIM_STATE once decided); its evidence stays in the history',
  })
  @ApiErrors(404, 409)
  @ApiOkResponse({ type: UsccClaimSchema })
  withdraw(@Param('claimId', ClaimId) id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.claims.withdraw(user, id);
  }

  @Post('uscc-claims/:claimId/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Verify a pending claim (organisers and admins; disputes admins only, and approving one makes the claimant the owner and removes the other members); other pending claims on the USCC are rejected',
  })
  @ApiErrors(400, 403, 404, 409)
  @ApiOkResponse({ type: UsccClaimSchema })
  approve(
    @Param('claimId', ClaimId) id: string,
    @Body() body: UsccClaimDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.claims.decide(user, id, 'approve', body.reason);
  }

  @Post('uscc-claims/:claimId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending claim with a reason (organisers and admins)' })
  @ApiErrors(400, 403, 404, 409)
  @ApiOkResponse({ type: UsccClaimSchema })
  reject(
    @Param('claimId', ClaimId) id: string,
    @Body() body: UsccClaimDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.claims.decide(user, id, 'reject', body.reason);
  }

  @Post('uscc-claims/:claimId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a verified claim with a reason (organisers and admins)' })
  @ApiErrors(400, 403, 404, 409)
  @ApiOkResponse({ type: UsccClaimSchema })
  revoke(
    @Param('claimId', ClaimId) id: string,
    @Body() body: UsccClaimDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.claims.decide(user, id, 'revoke', body.reason);
  }
}
