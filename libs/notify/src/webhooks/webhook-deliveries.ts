import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** An event for one organisation's webhook endpoints. */
export interface WebhookEvent {
  organisationId: string;
  /** A notification type, e.g. 'match.mutual'. */
  eventType: string;
  /** Unique per endpoint: recording the same event twice writes nothing new. */
  dedupKey: string;
  data: Record<string, unknown>;
}

/** Records webhook deliveries for an organisation's enabled endpoints, in the caller's transaction. */
@Injectable()
export class WebhookDeliveries {
  async recordForEvent(manager: EntityManager, event: WebhookEvent): Promise<number> {
    void manager;
    void event;
    throw new Error('WebhookDeliveries.recordForEvent: not implemented yet');
  }
}
