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
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiTags,
  ApiOkResponse,
  ApiCreatedResponse,
  ApiAcceptedResponse,
} from '@nestjs/swagger';
import {
  WebhookDeliveryPageSchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecretSchema,
  WebhookPingSchema,
} from './notify.responses';
import { ApiErrors } from '../openapi/api-errors';
import { Page, PageQuery } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';
import {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryView,
  WebhookEndpoints,
  WebhookEndpointView,
  WebhookEndpointWithSecret,
  webhookNotFound,
} from '@rongtong/notify';
import { CurrentUser } from '../auth/auth.decorators';
import { OrganisationId } from '../identity/organisations.controller';

/** Malformed ids get the same 404 as missing ones. */
const WebhookId = new ParseUUIDPipe({ exceptionFactory: webhookNotFound });

/** An organisation's signed webhooks; owners only (members 403, others 404). */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('organisations/:organisationId/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhookEndpoints) {}

  @Post()
  @ApiOperation({ summary: 'Register an endpoint; the answer carries its secret, shown once' })
  @ApiErrors(403, 404)
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretSchema })
  create(
    @Param('organisationId', OrganisationId) organisationId: string,
    @Body() body: CreateWebhookEndpointDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.create(user, organisationId, body);
  }

  @Get()
  @ApiOperation({ summary: "The organisation's webhook endpoints (owners)" })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: [WebhookEndpointSchema] })
  list(
    @Param('organisationId', OrganisationId) organisationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WebhookEndpointView[]> {
    return this.webhooks.list(user, organisationId);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change url, description, event types; enabled=true resets failures' })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: WebhookEndpointSchema })
  update(
    @Param('organisationId', OrganisationId) organisationId: string,
    @Param('id', WebhookId) id: string,
    @Body() body: UpdateWebhookEndpointDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WebhookEndpointView> {
    return this.webhooks.update(user, organisationId, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an endpoint and its delivery log (owners)' })
  @ApiErrors(403, 404)
  async remove(
    @Param('organisationId', OrganisationId) organisationId: string,
    @Param('id', WebhookId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    await this.webhooks.remove(user, organisationId, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replace the secret; the answer carries the new one, shown once' })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: WebhookEndpointWithSecretSchema })
  rotateSecret(
    @Param('organisationId', OrganisationId) organisationId: string,
    @Param('id', WebhookId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.rotateSecret(user, organisationId, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The delivery log, newest first, each delivery with its attempts' })
  @ApiErrors(403, 404)
  @ApiOkResponse({ type: WebhookDeliveryPageSchema })
  deliveries(
    @Param('organisationId', OrganisationId) organisationId: string,
    @Param('id', WebhookId) id: string,
    @Query() page: PageQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<WebhookDeliveryView>> {
    return this.webhooks.deliveryLog(user, organisationId, id, page);
  }

  @Post(':id/ping')
  @HttpCode(202)
  @ApiOperation({ summary: 'Record a test delivery (event webhook.ping); the worker sends it' })
  @ApiErrors(403, 404)
  @ApiAcceptedResponse({ type: WebhookPingSchema })
  ping(
    @Param('organisationId', OrganisationId) organisationId: string,
    @Param('id', WebhookId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ deliveryId: string }> {
    return this.webhooks.ping(user, organisationId, id);
  }
}
