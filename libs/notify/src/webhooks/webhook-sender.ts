import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { WebhookDelivery, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookEndpoint } from '../entities/webhook-endpoint.entity';
import { WebhookEndpointHealth } from './webhook-endpoint-health';
import { WebhookHttpClient, WebhookResponse } from './webhook-http-client';
import { signWebhook } from './webhook-signature';
import { WebhookTarget, WebhookTargetRefused, WebhookUrlPolicy } from './webhook-url-policy';

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
    @InjectRepository(WebhookEndpoint) private readonly endpoints: Repository<WebhookEndpoint>,
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
    const endpoint = await this.endpoints
      .createQueryBuilder('endpoint')
      .addSelect('endpoint.secret')
      .where('endpoint.id = :id', { id: delivery.endpointId })
      .getOne();
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
    const now = this.clock.now();
    const [[updated]] = await manager.query<[({ attempts: number } | undefined)[], number]>(
      `UPDATE webhook_delivery
          SET attempts = attempts + 1, status = $2, last_status_code = $3, last_error = $4,
              last_attempt_at = $5, updated_at = $5,
              delivered_at = CASE WHEN $2 = 'succeeded' THEN $5 ELSE delivered_at END
        WHERE id = $1
        RETURNING attempts`,
      [deliveryId, status, response.statusCode, response.error, now],
    );
    if (!updated) return; // deleted with its endpoint meanwhile
    await manager.query(
      `INSERT INTO webhook_attempt (delivery_id, attempt, status_code, error, duration_ms, created_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [deliveryId, updated.attempts, response.statusCode, response.error, response.durationMs, now],
    );
  }
}
