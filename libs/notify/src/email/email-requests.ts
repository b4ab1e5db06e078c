import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@rongtong/database';

/**
 * Asks for an email_delivery row to be sent: the outbox event, in the transaction that created
 * the row, which the relay turns into the `notify.deliver-email` job.
 */
export function requestEmailDelivery(
  outbox: OutboxWriter,
  manager: EntityManager,
  deliveryId: string,
): Promise<void> {
  return outbox.append(manager, {
    type: 'notification.email-requested',
    entityType: 'email_delivery',
    entityId: deliveryId,
    version: 1,
    payload: { deliveryId },
  });
}
