import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEventPayloads, OutboxEventType } from '@rongtong/jobs';
import { OutboxStore } from './outbox.store';

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
  constructor(private readonly store: OutboxStore) {}

  async append<T extends OutboxEventType>(
    manager: EntityManager,
    event: OutboxAppend<T>,
  ): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        'Outbox events must be written inside the transaction that changes the record',
      );
    }
    await this.store.insert(manager, event);
  }

  /** Appends several events in one statement, inside the caller's transaction. */
  async appendMany<T extends OutboxEventType>(
    manager: EntityManager,
    events: readonly OutboxAppend<T>[],
  ): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        'Outbox events must be written inside the transaction that changes the record',
      );
    }
    await this.store.insertMany(manager, events);
  }
}
