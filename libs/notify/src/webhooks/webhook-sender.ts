import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { WebhookDelivery, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookEndpointHealth } from './webhook-endpoint-health';
import { WebhookHttpClient, WebhookResponse } from './webhook-http-client';
import { signWebhook } from './webhook-signature';
import { WebhookTarget, WebhookTargetRefused, WebhookUrlPolicy } from './webhook-url-policy';
import { WebhookStore } from './webhooks.store';

/** The part of a BullMQ job the sender reads: which attempt this is, out of how many. */
export interface DeliveryAttempt {
  attemptsMade: number;
  opts: { attempts?: number };
}

/** Thrown for a failed attempt, so BullMQ retries it with exponential backoff. */
export class WebhookAttemptFailed extends Error {}

export const WEBHOOK_USER_AGENT = 'Rongtong-Webhooks/1';

/** The headers of one attempt; the signature covers the timestamp and the exact body. */
export function webhookHeaders(
  delivery: { id: string; eventType: string },
  secret: string,
  timestamp: number,
  body: string,
): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'User-Agent': WEBHOOK_USER_AGENT,
    'X-Rongtong-Event': delivery.eventType,
    'X-Rongtong-Delivery': delivery.id,
    'X-Rongtong-Timestamp': String(timestamp),
    'X-Rongtong-Signature': signWebhook(secret, timestamp, body),
  };
}

/**
 * Sends recorded webhook deliveries: one signed POST per attempt, every attempt logged. A failed
 * attempt throws so BullMQ retries it; the last failed attempt marks the delivery failed and counts
 * against the endpoint (see WebhookEndpointHealth).
 */
@Injectable()
export class WebhookSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    private readonly store: WebhookStore,
    private readonly policy: WebhookUrlPolicy,
    private readonly client: WebhookHttpClient,
    private readonly health: WebhookEndpointHealth,
  ) {}

  @JobHandler('notify.deliver-webhook')
  async deliver(
    payload: JobPayload<'notify.deliver-webhook'>,
    job: DeliveryAttempt,
  ): Promise<JobResult> {
    const delivery = await this.deliveries.findOneBy({ id: payload.deliveryId });
    if (!delivery) return { status: 'skipped', reason: 'delivery not found' };
    if (delivery.status === 'succeeded' || delivery.status === 'abandoned') {
      return { status: 'skipped', reason: `delivery already ${delivery.status}` };
    }
    const endpoint = await this.store.endpointWithSecret(delivery.endpointId);
    if (!endpoint || !endpoint.enabled) {
      const reason = endpoint ? 'endpoint disabled' : 'endpoint deleted';
      await this.deliveries.update({ id: delivery.id }, { status: 'abandoned', lastError: reason });
      return { status: 'skipped', reason };
    }

    let target: WebhookTarget;
    try {
      target = await this.policy.target(endpoint.url);
    } catch (error) {
      if (!(error instanceof WebhookTargetRefused)) throw error;
      // Retrying cannot help: the URL now points somewhere it must never reach.
      const refusal: WebhookResponse = { statusCode: null, error: error.message, durationMs: 0 };
      await this.transactions.run(async (manager) => {
        await this.logAttempt(manager, delivery.id, refusal, 'abandoned');
        await this.health.recordExhausted(manager, endpoint.id, error.message);
      });
      return { status: 'failed-permanently', reason: `refused: ${error.message}` };
    }

    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(this.clock.now().getTime() / 1000);
    const response = await this.client.post(
      target,
      body,
      webhookHeaders(delivery, endpoint.secret, timestamp, body),
      this.config.notify.webhookTimeoutMs,
    );
    if (response.error === null) {
      await this.transactions.run(async (manager) => {
        await this.logAttempt(manager, delivery.id, response, 'succeeded');
        await this.health.recordSuccess(manager, endpoint.id);
      });
      return { status: 'done', detail: `HTTP ${response.statusCode}` };
    }

    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    await this.transactions.run(async (manager) => {
      await this.logAttempt(manager, delivery.id, response, lastAttempt ? 'failed' : 'pending');
      if (lastAttempt) await this.health.recordExhausted(manager, endpoint.id, response.error);
    });
    throw new WebhookAttemptFailed(`Webhook delivery ${delivery.id}: ${response.error}`);
  }

  /** One row of the delivery log, and the delivery's summary of its latest attempt. */
  private async logAttempt(
    manager: EntityManager,
    deliveryId: string,
    response: WebhookResponse,
    status: WebhookDeliveryStatus,
  ): Promise<void> {
    await this.store.logAttempt(manager, deliveryId, response, status, this.clock.now());
  }
}
