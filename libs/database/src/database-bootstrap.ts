import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { serviceUnreachableMessage } from '@rongtong/common';

export class DatabaseUnavailableError extends Error {}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) {
    throw new Error(`DATABASE_URL names database "${name}": use letters, digits, "_" or "-"`);
  }
  return name;
}

/** Connects to the server's maintenance database and creates ours if it is missing. */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const name = databaseName(url);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(
      serviceUnreachableMessage(
        'postgres',
        url,
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      // Two processes starting together: the other one created it.
      if ((error as { code?: string }).code !== '42P04') throw error;
    }
    return true;
  } finally {
    await client.end();
  }
}

/** Checks PostgreSQL answers at all, with a message that says how to start it if not. */
export async function assertPostgresReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DatabaseUnavailableError(
      serviceUnreachableMessage(
        'postgres',
        url,
        error instanceof Error ? error.message : String(error),
      ),
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

const MIGRATION_LOCK_KEY = 727_001;

/**
 * Runs pending migrations under an advisory lock, so an api and a worker starting together
 * do not both migrate.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY])
      .catch(() => undefined);
    await runner.release();
  }
}
