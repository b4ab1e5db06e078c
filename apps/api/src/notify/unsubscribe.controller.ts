import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors';
import type { Response } from 'express';
import { UnsubscribeService } from '@rongtong/notify';
import { Public } from '../auth/auth.decorators';

/** HTML only on success: a bad token goes through the error filter as the usual JSON 400. */
function asHtml(response: Response, html: string): string {
  response.type('html').setHeader('Cache-Control', 'no-store');
  return html;
}

/**
 * The unsubscribe link of every mail (also its List-Unsubscribe header). Public: the signed
 * token is the credential. GET only shows a confirmation form; POST unsubscribes, whether from
 * that form or as an RFC 8058 one-click request (body `List-Unsubscribe=One-Click`, which needs
 * no parsing: the token says everything).
 */
@ApiTags('unsubscribe')
@ApiProduces('text/html')
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  @ApiOperation({ summary: 'The confirmation page of an unsubscribe link (HTML)' })
  @ApiErrors(400)
  confirm(@Param('token') token: string, @Res({ passthrough: true }) response: Response): string {
    return asHtml(response, this.unsubscribe.confirmationPage(token));
  }

  @Post(':token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unsubscribe (the form, or an RFC 8058 one-click request)' })
  @ApiErrors(400)
  async confirmed(
    @Param('token') token: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    return asHtml(response, await this.unsubscribe.unsubscribe(token));
  }
}
