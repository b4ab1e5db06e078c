import { Client } from 'pg';
import { ListingKind } from '@rongtong/catalog';
import { ListingGenerator } from './generator';

export const TABLE: Record<ListingKind, string> = {
  need: 'tech_need',
  achievement: 'achievement',
  challenge: 'challenge',
};
const ROWS_PER_STATEMENT = 2_000;

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** A row object keyed by column name, for json_populate_recordset. */
export function toRow(entity: object): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'organisation' || key === 'certifications') continue;
    row[snake(key)] = value instanceof Date ? value.toISOString() : value;
  }
  return row;
}

export async function insertRows(
  client: Client,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO ${table} SELECT * FROM json_populate_recordset(null::${table}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Writes the organisations and every generated listing (published) straight into PostgreSQL,
 * bypassing the outbox: this is the state a reindex starts from. Streams in batches.
 */
export async function seedDatabase(
  client: Client,
  generator: ListingGenerator,
  log: (line: string) => void,
): Promise<{ seconds: number; rows: number }> {
  const started = Date.now();
  await insertRows(client, 'organisation', generator.organisations.map(toRow));
  const buffers: Record<ListingKind, Record<string, unknown>[]> = {
    need: [],
    achievement: [],
    challenge: [],
  };
  let rows = 0;
  for (let i = 0; i < generator.scale; i++) {
    const generated = generator.listing(i);
    const buffer = buffers[generated.kind];
    buffer.push(toRow(generated.listing));
    if (buffer.length >= ROWS_PER_STATEMENT) {
      await insertRows(client, TABLE[generated.kind], buffer);
      rows += buffer.length;
      buffer.length = 0;
    }
    if ((i + 1) % 50_000 === 0) log(`  seeded ${i + 1} listings`);
  }
  for (const kind of Object.keys(buffers) as ListingKind[]) {
    await insertRows(client, TABLE[kind], buffers[kind]);
    rows += buffers[kind].length;
  }
  await client.query(
    'ANALYZE organisation; ANALYZE tech_need; ANALYZE achievement; ANALYZE challenge',
  );
  return { seconds: (Date.now() - started) / 1000, rows };
}
