import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '@rongtong/common';
import { OutboxWriter } from '@rongtong/database';
import { WebhookStore } from './webhooks.store';

/** An event for one organisation's webhook endpoints. */
export interface WebhookEvent {
  organisationId: string;
  /** A notification type, e.g. 'match.mutual'. */
  eventType: string;
  /** Unique per endpoint: recording the same event twice writes nothing new. */
  dedupKey: string;
  data: Record<string, unknown>;
}

/** The JSON body a receiver gets; `id` is the delivery id, the idempotency key. */
export interface WebhookPayload {
  id: string;
  type: string;
  createdAt: string;
  organisationId: string;
  data: Record<string, unknown>;
}

/** The event type of test deliveries (POST …/webhooks/:id/ping). */
export const WEBHOOK_PING_EVENT = 'webhook.ping';

/** Records webhook deliveries for an organisation's enabled endpoints, in the caller's transaction. */
@Injectable()
export class WebhookDeliveries {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly store: WebhookStore,
  ) {}

  /**
   * One delivery per enabled endpoint subscribed to the event type (no types = all), each with the
   * exact body to send, and an outbox event per delivery that was new. Returns how many were new.
   */
  async recordForEvent(manager: EntityManager, event: WebhookEvent): Promise<number> {
    const endpointIds = await this.store.subscribedEndpointIds(
      manager,
      event.organisationId,
      event.eventType,
    );
    const inserted = await this.insert(manager, endpointIds, event);
    return inserted.length;
  }

  /** A test delivery to one endpoint, whatever its event types; returns the delivery id. */
  async recordPing(
    manager: EntityManager,
    endpoint: { id: string; organisationId: string },
  ): Promise<string> {
    const dedupKey = `ping:${randomUUID()}`;
    const [deliveryId] = await this.insert(manager, [endpoint.id], {
      organisationId: endpoint.organisationId,
      eventType: WEBHOOK_PING_EVENT,
      dedupKey,
      data: { endpointId: endpoint.id, message: 'ping' },
    });
    return deliveryId;
  }

  private async insert(
    manager: EntityManager,
    endpointIds: string[],
    event: WebhookEvent,
  ): Promise<string[]> {
    if (endpointIds.length === 0) return [];
    const createdAt = this.clock.now().toISOString();
    const ids = endpointIds.map(() => randomUUID());
    const payloads = ids.map((id): WebhookPayload => ({
      id,
      type: event.eventType,
      createdAt,
      organisationId: event.organisationId,
      data: event.data,
    }));
    const inserted = await this.store.insertDeliveries(manager, {
      ids,
      endpointIds,
      organisationId: event.organisationId,
      eventType: event.eventType,
      dedupKey: event.dedupKey,
      payloads,
    });
    for (const id of inserted) {
      await this.outbox.append(manager, {
        type: 'notification.webhook-requested',
        entityType: 'webhook_delivery',
        entityId: id,
        version: 1,
        payload: { deliveryId: id },
      });
    }
    return inserted;
  }
}
