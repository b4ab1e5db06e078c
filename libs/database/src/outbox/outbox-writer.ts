import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEventPayloads, OutboxEventType } from '@rongtong/jobs';

export interface OutboxAppend<T extends OutboxEventType> {
  type: T;
  entityType: string;
  entityId: string;
  version: number;
  payload: OutboxEventPayloads[T];
}

/** Appends events inside the caller's transaction; never outside one. */
@Injectable()
export class OutboxWriter {
  async append<T extends OutboxEventType>(
    manager: EntityManager,
    event: OutboxAppend<T>,
  ): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        'Outbox events must be written inside the transaction that changes the record',
      );
    }
    await manager.query(
      `INSERT INTO outbox_event (type, entity_type, entity_id, version, payload)
       VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [event.type, event.entityType, event.entityId, event.version, JSON.stringify(event.payload)],
    );
    await manager.query('SELECT pg_notify($1, $2)', ['outbox', event.type]);
  }
}
