import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** An outbox row waiting to be relayed. */
export interface PendingOutboxRow {
  id: string;
  event_id: string;
  type: string;
  entity_id: string;
  version: number;
  payload: Record<string, unknown>;
}

/** The outbox_event table: appended in writers' transactions, claimed and marked by the relay. */
@Injectable()
export class OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts many rows in one statement and wakes listening relays once. */
  async insertMany(
    manager: EntityManager,
    rows: readonly {
      type: string;
      entityType: string;
      entityId: string;
      version: number;
      payload: unknown;
    }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO outbox_event (type, entity_type, entity_id, version, payload)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::jsonb[])`,
      [
        rows.map((row) => row.type),
        rows.map((row) => row.entityType),
        rows.map((row) => row.entityId),
        rows.map((row) => row.version),
        rows.map((row) => JSON.stringify(row.payload)),
      ],
    );
    await manager.query('SELECT pg_notify($1, $2)', ['outbox', rows[0].type]);
  }

  /** Inserts the row and wakes listening relays (NOTIFY is transactional too). */
  async insert(
    manager: EntityManager,
    row: { type: string; entityType: string; entityId: string; version: number; payload: unknown },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO outbox_event (type, entity_type, entity_id, version, payload)
       VALUES ($1, $2, $3, $4, $5::jsonb)`,
      [row.type, row.entityType, row.entityId, row.version, JSON.stringify(row.payload)],
    );
    await manager.query('SELECT pg_notify($1, $2)', ['outbox', row.type]);
  }

  /** Up to `limit` unrelayed rows in id order, locked; rows other relays hold are skipped. */
  claimPending(manager: EntityManager, limit: number): Promise<PendingOutboxRow[]> {
    return manager.query<PendingOutboxRow[]>(
      `SELECT id, event_id, type, entity_id, version, payload FROM outbox_event
        WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markRelayed(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE outbox_event SET relayed_at = now(), relay_attempts = relay_attempts + 1, last_error = NULL
        WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  async markUnroutable(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(
      `UPDATE outbox_event SET last_error = 'unknown event type: nothing routed' WHERE id = ANY($1::bigint[])`,
      [ids],
    );
  }

  /** Counts a failed relay attempt on rows still unrelayed. */
  async recordFailure(ids: readonly string[], message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_event SET relay_attempts = relay_attempts + 1, last_error = $2
        WHERE id = ANY($1::bigint[]) AND relayed_at IS NULL`,
      [ids, message.slice(0, 1000)],
    );
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM outbox_event WHERE relayed_at IS NULL',
    );
    return row.count;
  }

  /** Deletes up to `limit` rows completed longer ago than the retention; how many it deleted. */
  async pruneCompleted(olderThanDays: number, limit: number): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      `DELETE FROM outbox_event WHERE id IN (
         SELECT id FROM outbox_event
          WHERE completed_at IS NOT NULL AND completed_at < now() - make_interval(days => $1)
          LIMIT $2)`,
      [olderThanDays, limit],
    );
    return deleted;
  }

  /** Relayed rows whose jobs are not known to have finished, after `afterId`, in id order. */
  relayedUncompleted(afterId: string, limit: number): Promise<PendingOutboxRow[]> {
    return this.dataSource.query<PendingOutboxRow[]>(
      `SELECT id, event_id, type, entity_id, version, payload FROM outbox_event
        WHERE relayed_at IS NOT NULL AND completed_at IS NULL AND id > $1::bigint
        ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
  }

  async markCompleted(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE outbox_event SET completed_at = now() WHERE id = ANY($1::bigint[]) AND completed_at IS NULL`,
      [ids],
    );
  }

  /** Rows relayed and not completed (what reconciliation still watches). */
  async uncompletedCount(): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM outbox_event WHERE relayed_at IS NOT NULL AND completed_at IS NULL',
    );
    return row.count;
  }
}
