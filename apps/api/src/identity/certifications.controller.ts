import {
  Body,
  Controller,
  Delete,
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
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { NotFoundError } from '@rongtong/common';
import {
  AuthenticatedUser,
  CertificationEvidenceService,
  CertificationDecisionDto,
  CertificationImportDto,
  CertificationImportService,
  CertificationQueueQuery,
  CertificationService,
  SubmitCertificationDto,
} from '@rongtong/identity';
import { CurrentUser } from '../auth/auth.decorators';
import { EvidenceFileId, receiveEvidence } from '../files/evidence-upload';
import { ApiErrors } from '../openapi/api-errors';
import {
  CertificationQueuePageSchema,
  CertificationSchema,
  CertificationWithHistorySchema,
  EvidenceFileSchema,
  EvidenceLinkSchema,
  ImportReportSchema,
} from './identity.responses';
import { OrganisationId } from './organisations.controller';

const CertificationId = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundError('CERTIFICATION_NOT_FOUND', 'No such certification'),
});

/** 梯度培育 certificates: owners submit with evidence, organisers and admins verify. */
@ApiTags('certifications')
@ApiBearerAuth()
@Controller()
export class CertificationsController {
  constructor(
    private readonly certifications: CertificationService,
    private readonly imports: CertificationImportService,
    private readonly evidence: CertificationEvidenceService,
  ) {}

  @Post('certifications/:certificationId/evidence')
  @ApiOperation({
    summary:
      'Attach an evidence file (scan or photo of the certificate): the raw bytes as the body, PDF/PNG/JPEG/WebP by content, ≤ 10 MB each, 5 files and 30 MB per certificate; owners, while pending',
  })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'filename', description: 'The file name to show' })
  @ApiErrors(400, 403, 404, 409, 413, 415)
  @ApiCreatedResponse({ type: EvidenceFileSchema })
  uploadEvidence(
    @Param('certificationId', CertificationId) id: string,
    @Query('filename') filename: unknown,
    @Req() request: Request,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return receiveEvidence(request, filename, (name) =>
      this.evidence.upload(user, id, name, request),
    );
  }

  @Get('certifications/:certificationId/evidence')
  @ApiOperation({
    summary: "A certificate's evidence files (members of its organisation, organisers and admins)",
  })
  @ApiErrors(404)
  @ApiOkResponse({ type: [EvidenceFileSchema] })
  listEvidence(
    @Param('certificationId', CertificationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.evidence.list(user, id);
  }

  @Post('certifications/:certificationId/evidence/:fileId/link')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A signed download link for an evidence file, valid for a few minutes (members of its organisation, organisers and admins)',
  })
  @ApiErrors(404)
  @ApiOkResponse({ type: EvidenceLinkSchema })
  evidenceLink(
    @Param('certificationId', CertificationId) id: string,
    @Param('fileId', EvidenceFileId) fileId: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.evidence.link(user, id, fileId);
  }

  @Delete('certifications/:certificationId/evidence/:fileId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an evidence file (owners, while pending)' })
  @ApiErrors(403, 404, 409)
  @ApiNoContentResponse({ description: 'Removed' })
  async removeEvidence(
    @Param('certificationId', CertificationId) id: string,
    @Param('fileId', EvidenceFileId) fileId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.evidence.remove(user, id, fileId);
  }

  @Post('certifications/imports')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import an official list (xlsx/csv: name, USCC, tier, year, authority): a dry run reports row errors in Chinese, a commit verifies the matching organisations (organisers and admins)',
  })
  @ApiErrors(403)
  @ApiOkResponse({ type: ImportReportSchema })
  importList(@Body() body: CertificationImportDto, @CurrentUser() user: AuthenticatedUser) {
    return this.imports.run(
      user,
      { fileName: body.fileName, bytes: Buffer.from(body.contentBase64, 'base64') },
      body.commit === true,
    );
  }

  @Post('organisations/:organisationId/certifications')
  @ApiOperation({
    summary:
      'Submit an SME tier certificate with its evidence (owners); it stays pending until verified',
  })
  @ApiErrors(403, 404)
  @ApiCreatedResponse({ type: CertificationSchema })
  submit(
    @Param('organisationId', OrganisationId) id: string,
    @Body() body: SubmitCertificationDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.certifications.submit(user, id, body);
  }

  @Get('organisations/:organisationId/certifications')
  @ApiOperation({ summary: "The organisation's certificates with their history (members)" })
  @ApiErrors(404)
  @ApiOkResponse({ type: [CertificationWithHistorySchema] })
  list(
    @Param('organisationId', OrganisationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.certifications.list(user, id);
  }

  @Get('review-queue/certifications')
  @ApiOperation({
    summary:
      'Certificates awaiting verification (or in another status), oldest first (organisers and admins)',
  })
  @ApiErrors(403)
  @ApiOkResponse({ type: CertificationQueuePageSchema })
  queue(@Query() query: CertificationQueueQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.certifications.queue(user, query);
  }

  @Post('certifications/:certificationId/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a pending certificate (organisers and admins)' })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: CertificationSchema })
  verify(
    @Param('certificationId', CertificationId) id: string,
    @Body() body: CertificationDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.certifications.decide(user, id, 'verify', body.reason);
  }

  @Post('certifications/:certificationId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending certificate with a reason (organisers and admins)' })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: CertificationSchema })
  reject(
    @Param('certificationId', CertificationId) id: string,
    @Body() body: CertificationDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.certifications.decide(user, id, 'reject', body.reason);
  }

  @Post('certifications/:certificationId/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a verified certificate with a reason (organisers and admins)' })
  @ApiErrors(403, 404, 409)
  @ApiOkResponse({ type: CertificationSchema })
  revoke(
    @Param('certificationId', CertificationId) id: string,
    @Body() body: CertificationDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.certifications.decide(user, id, 'revoke', body.reason);
  }
}
