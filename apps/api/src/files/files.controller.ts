import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { FileStorage, fileNotFound } from '@rongtong/storage';
import { ApiErrors } from '../openapi/api-errors';
import { Public } from '../auth/auth.decorators';

const FileId = new ParseUUIDPipe({ exceptionFactory: () => fileNotFound() });

/**
 * Downloads through short-lived signed links. The context that owns the file decides who gets a
 * link (e.g. an application's applicant, the owner's reviewers and its assigned evaluators);
 * the link itself is the permission, so this route needs no session.
 */
@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly storage: FileStorage) {}

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'Download a stored file through a signed link' })
  @ApiQuery({
    name: 'expires',
    type: Number,
    description: 'Unix seconds; the link stops working after',
  })
  @ApiQuery({ name: 'signature', type: String })
  @ApiProduces('application/octet-stream')
  @ApiErrors(404)
  async download(
    @Param('id', FileId) id: string,
    @Query('expires') expires: string | undefined,
    @Query('signature') signature: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.storage.openSigned({
      fileId: id,
      expires: Number(expires),
      signature: signature ?? '',
    });
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(stream, {
      type: file.contentType,
      length: file.sizeBytes,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    });
  }
}
