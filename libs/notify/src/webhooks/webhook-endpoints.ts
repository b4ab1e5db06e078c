import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Clock, ConflictError, ForbiddenError, NotFoundError, Page } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import {
  AuthenticatedUser,
  OrganisationAccess,
  organisationNotFound,
  Organisations,
} from '@rongtong/identity';
import { WebhookAttempt, WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WebhookDeliveries } from './webhook-deliveries';
import { CreateWebhookEndpointDto, UpdateWebhookEndpointDto } from './webhook-endpoint.dto';
import { newWebhookSecret } from './webhook-signature';
import { WebhookUrlPolicy } from './webhook-url-policy';
import { WebhookStore } from './webhooks.store';
import {
  toDeliveryView,
  toEndpointView,
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEndpointWithSecret,
} from './webhook-views';

/** Endpoints one organisation may register; more is almost certainly a script gone wrong. */
export const MAX_WEBHOOK_ENDPOINTS_PER_ORGANISATION = 10;

/** Missing, another organisation's, or a malformed id: all the same 404. */
export const webhookNotFound = (): NotFoundError =>
  new NotFoundError('WEBHOOK_NOT_FOUND', 'Webhook endpoint not found');

/**
 * An organisation's webhook endpoints, managed by its owners (and admins). Non-members get the
 * 404 a missing organisation gives; members who are not owners get 403.
 */
@Injectable()
export class WebhookEndpoints {
  constructor(
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
    @InjectRepository(WebhookDelivery) private readonly deliveryRows: Repository<WebhookDelivery>,
    @InjectRepository(WebhookAttempt) private readonly attempts: Repository<WebhookAttempt>,
    private readonly organisations: Organisations,
    private readonly store: WebhookStore,
    private readonly access: OrganisationAccess,
    private readonly policy: WebhookUrlPolicy,
    private readonly deliveries: WebhookDeliveries,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async create(
    user: AuthenticatedUser,
    organisationId: string,
    body: CreateWebhookEndpointDto,
  ): Promise<WebhookEndpointWithSecret> {
    await this.assertOwner(user, organisationId);
    const url = body.url.trim();
    await this.policy.assertAcceptable(url);
    const existing = await this.endpoints.countBy({ organisationId });
    if (existing >= MAX_WEBHOOK_ENDPOINTS_PER_ORGANISATION) {
      throw new ConflictError(
        'WEBHOOK_LIMIT_REACHED',
        `An organisation may register at most ${MAX_WEBHOOK_ENDPOINTS_PER_ORGANISATION} webhook endpoints`,
      );
    }
    const secret = newWebhookSecret();
    const saved = await this.endpoints.save(
      this.endpoints.create({
        organisationId,
        url,
        description: body.description?.trim() ?? '',
        eventTypes: [...new Set(body.eventTypes ?? [])],
        secret,
        createdByUserId: user.id,
      }),
    );
    return { ...toEndpointView(saved), secret };
  }

  async list(user: AuthenticatedUser, organisationId: string): Promise<WebhookEndpointView[]> {
    await this.assertOwner(user, organisationId);
    const endpoints = await this.endpoints.find({
      where: { organisationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return endpoints.map(toEndpointView);
  }

  async update(
    user: AuthenticatedUser,
    organisationId: string,
    id: string,
    body: UpdateWebhookEndpointDto,
  ): Promise<WebhookEndpointView> {
    const endpoint = await this.load(user, organisationId, id);
    if (body.url !== undefined) {
      const url = body.url.trim();
      await this.policy.assertAcceptable(url);
      endpoint.url = url;
    }
    if (body.description !== undefined) endpoint.description = body.description.trim();
    if (body.eventTypes !== undefined) endpoint.eventTypes = [...new Set(body.eventTypes)];
    if (body.enabled === true && !endpoint.enabled) {
      // A fresh start: the failures that disabled it are history.
      Object.assign(endpoint, {
        enabled: true,
        consecutiveFailures: 0,
        disabledAt: null,
        disabledReason: null,
      });
    } else if (body.enabled === false && endpoint.enabled) {
      Object.assign(endpoint, {
        enabled: false,
        disabledAt: this.clock.now(),
        disabledReason: 'disabled by an owner',
      });
    }
    return toEndpointView(await this.endpoints.save(endpoint));
  }

  /** Removes the endpoint with its delivery log; pending jobs then find nothing to send. */
  async remove(user: AuthenticatedUser, organisationId: string, id: string): Promise<void> {
    await this.load(user, organisationId, id);
    await this.transactions.run((manager) => this.store.removeEndpoint(manager, id));
  }

  /** A new secret, effective for the next attempt of every delivery. */
  async rotateSecret(
    user: AuthenticatedUser,
    organisationId: string,
    id: string,
  ): Promise<WebhookEndpointWithSecret> {
    const endpoint = await this.load(user, organisationId, id);
    endpoint.secret = newWebhookSecret();
    const saved = await this.endpoints.save(endpoint);
    return { ...toEndpointView(saved), secret: endpoint.secret };
  }

  /** The delivery log, newest first, each delivery with its attempts. */
  async deliveryLog(
    user: AuthenticatedUser,
    organisationId: string,
    id: string,
    page: { page: number; limit: number },
  ): Promise<Page<WebhookDeliveryView>> {
    await this.load(user, organisationId, id);
    const [rows, total] = await this.deliveryRows.findAndCount({
      where: { endpointId: id },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page.page - 1) * page.limit,
      take: page.limit,
    });
    const attempts =
      rows.length === 0
        ? []
        : await this.attempts.find({
            where: { deliveryId: In(rows.map((row) => row.id)) },
            order: { attempt: 'ASC', id: 'ASC' },
          });
    const items = rows.map((row) =>
      toDeliveryView(
        row,
        attempts.filter((attempt) => attempt.deliveryId === row.id),
      ),
    );
    return { items, page: page.page, limit: page.limit, total };
  }

  /** Records a test delivery (event `webhook.ping`); the worker sends it like any other. */
  async ping(
    user: AuthenticatedUser,
    organisationId: string,
    id: string,
  ): Promise<{ deliveryId: string }> {
    const endpoint = await this.load(user, organisationId, id);
    if (!endpoint.enabled) {
      throw new ConflictError('WEBHOOK_DISABLED', 'Enable the endpoint before pinging it');
    }
    const deliveryId = await this.transactions.run((manager) =>
      this.deliveries.recordPing(manager, endpoint),
    );
    return { deliveryId };
  }

  private async load(
    user: AuthenticatedUser,
    organisationId: string,
    id: string,
  ): Promise<WebhookEndpoint> {
    await this.assertOwner(user, organisationId);
    const endpoint = await this.endpoints.findOneBy({ id, organisationId });
    if (!endpoint) throw webhookNotFound();
    return endpoint;
  }

  private async assertOwner(user: AuthenticatedUser, organisationId: string): Promise<void> {
    if (this.access.isAdmin(user)) {
      if (!(await this.organisations.exists(organisationId))) throw organisationNotFound();
      return;
    }
    const role = await this.access.roleIn(user, organisationId);
    if (!role) throw organisationNotFound();
    if (role !== 'owner') {
      throw new ForbiddenError(
        'WEBHOOK_OWNERS_ONLY',
        "Only the organisation's owners manage its webhooks",
      );
    }
  }
}
