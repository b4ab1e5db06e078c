import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * A point in PostgreSQL time from which the outbox tells everything a rebuild may have missed.
 *
 * An outbox row's created_at is its transaction's start (`now()`), and a transaction that is
 * still open when a rebuild starts may commit after the rebuild read its rows. So the mark is
 * the start of the oldest transaction open in this database, or now if none is: every change
 * the rebuild might not have seen has an outbox row created at or after it.
 */
@Injectable()
export class ChangeMarks {
  constructor(private readonly dataSource: DataSource) {}

  async take(): Promise<Date> {
    const [row] = await this.dataSource.query<{ mark: Date }[]>(
      `SELECT least(clock_timestamp(), min(xact_start)) AS mark
         FROM pg_stat_activity
        WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
    );
    return row.mark;
  }

  /** Entities of `entityType` with an outbox event created at or after `mark`. */
  async changedSince(mark: Date, entityType: string): Promise<string[]> {
    const rows: { entity_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT entity_id FROM outbox_event WHERE entity_type = $1 AND created_at >= $2`,
      [entityType, mark],
    );
    return rows.map((row) => row.entity_id);
  }
}
