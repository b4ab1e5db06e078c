import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationIntent } from '../intents/notification-intent';

/**
 * Turns intents into inbox rows (always) and channel deliveries per preference, inside the
 * caller's PostgreSQL transaction; deliveries leave through the outbox.
 */
@Injectable()
export class NotificationRecorder {
  /** Returns the ids of the inbox rows actually inserted (rows whose dedup key was taken are not). */
  async record(manager: EntityManager, intents: NotificationIntent[]): Promise<string[]> {
    void manager;
    void intents;
    throw new Error('NotificationRecorder.record: not implemented yet');
  }
}
