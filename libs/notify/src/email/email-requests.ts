import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@rongtong/database';
import type { EmailState } from '../entities/notification.entity';

/** Moves notifications to an email state, inside the caller's transaction. */
export async function setEmailState(
  manager: EntityManager,
  notificationIds: readonly string[],
  state: EmailState,
): Promise<void> {
  if (notificationIds.length === 0) return;
  await manager.query('UPDATE notification SET email_state = $2 WHERE id = ANY($1::uuid[])', [
    notificationIds,
    state,
  ]);
}

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
