import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  crossContextReferences,
  isServerSql,
  misplacedCalls,
  sqlCensus,
  tablesInSql,
  type SqlCensus,
} from '../../scripts/architecture/sql-census';

const ROOT = join(__dirname, '..', '..');

function describeReference(r: {
  file: string;
  line: number;
  from: string;
  table: string;
  owner: string;
}) {
  return `${r.file}:${r.line} ${r.from} names ${r.table}, owned by ${r.owner}`;
}

describe('each context owns its tables', () => {
  let census: SqlCensus;

  beforeAll(() => {
    census = sqlCensus(ROOT);
  });

  it('knows the tables and who declares them, each table once', () => {
    const owners = new Map<string, string[]>();
    for (const t of census.tables) owners.set(t.table, [...(owners.get(t.table) ?? []), t.lib]);
    const twice = [...owners].filter(([, libs]) => libs.length > 1);
    expect(twice).toEqual([]);
    expect(owners.get('membership')).toEqual(['identity']);
    expect(owners.get('tech_need')).toEqual(['catalog']);
    expect(owners.get('outbox_event')).toEqual(['database']);
  });

  it("no lib's SQL names a table owned by another context (apps own none)", () => {
    const references = crossContextReferences(census);
    expect(references.map(describeReference)).toEqual([]);
  });

  it('raw SQL is written in stores only (files named *.store.ts or *-store.ts)', () => {
    const misplaced = misplacedCalls(census);
    expect(misplaced.map((c) => `${c.file}:${c.line} ${c.kind}`)).toEqual([]);
  });
});

describe('the census itself', () => {
  it('reads table names the way SQL writes them', () => {
    expect(tablesInSql('SELECT m.user_id FROM membership m WHERE m.organisation_id = $1')).toEqual([
      'membership',
    ]);
    expect(tablesInSql('select 1 from "public"."app_user" u, membership m')).toEqual([
      'app_user',
      'membership',
    ]);
    expect(tablesInSql('UPDATE tech_need SET status = $1 FROM organisation o WHERE true')).toEqual([
      'tech_need',
      'organisation',
    ]);
    expect(tablesInSql('INSERT INTO notification (id) VALUES ($1)')).toEqual(['notification']);
    expect(tablesInSql('a.id JOIN organisation o ON o.id = a.organisation_id')).toEqual([
      'organisation',
    ]);
    // Prose is not SQL: lower-case keywords count only in text that starts like a statement.
    expect(tablesInSql('removed from organisation by its owner')).toEqual([]);
  });

  it('lets server statements (no table) stand outside stores, and nothing that names a table', () => {
    expect(isServerSql('SELECT 1')).toBe(true);
    expect(isServerSql('SELECT 1 FROM pg_database WHERE datname = $1')).toBe(true);
    expect(isServerSql('SELECT pg_advisory_unlock($1)')).toBe(true);
    expect(isServerSql('LISTEN outbox')).toBe(true);
    expect(isServerSql('CREATE DATABASE " __expr__ "')).toBe(true);
    expect(isServerSql('SELECT 1 FROM membership WHERE user_id = $1')).toBe(false);
    expect(isServerSql('SELECT 1; DELETE FROM app_user')).toBe(false);
    expect(isServerSql('SELECT pg_advisory_xact_lock(hashtext(id)) FROM tech_need')).toBe(false);
    expect(isServerSql("SELECT pg_notify('outbox', '')")).toBe(false);
  });

  it('picks up a new lib, its entities and a foreign read in it, without being told', () => {
    const root = mkdtempSync(join(tmpdir(), 'rongtong-census-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    try {
      write(
        'libs/alpha/src/alpha-row.entity.ts',
        "@Entity('alpha_row')\nexport class AlphaRow {}\n",
      );
      write('libs/alpha/src/index.ts', "export const ALPHA_TABLE = { one: 'alpha_row' };\n");
      write('libs/alpha/src/alpha-rows.store.ts', "q.query('SELECT id FROM alpha_row');\n");
      write('libs/beta/src/beta-thing.entity.ts', '@Entity()\nexport class BetaThing {}\n');
      write(
        'libs/beta/src/reader.ts',
        [
          "import { AlphaRow, ALPHA_TABLE } from '@rongtong/alpha';",
          'm.query(`SELECT 1 FROM beta_thing b, alpha_row a`);',
          'm.getRepository(AlphaRow);',
          'm.query(`DELETE FROM ${ALPHA_TABLE[kind]} WHERE id = $1`);',
          "qb.innerJoin('alpha_row', 'a', 'a.id = b.id');",
        ].join('\n'),
      );
      write('apps/api/src/controller.ts', "db.query('SELECT * FROM beta_thing');\n");
      write('libs/beta/src/probe.ts', "db.query('SELECT 1');\n");
      const found = sqlCensus(root);
      expect(found.tables.map((t) => [t.lib, t.table])).toEqual([
        ['alpha', 'alpha_row'],
        ['beta', 'beta_thing'],
      ]);
      expect(crossContextReferences(found).map((r) => [r.file, r.table, r.via])).toEqual([
        ['libs/beta/src/reader.ts', 'alpha_row', 'sql'],
        ['libs/beta/src/reader.ts', 'alpha_row', 'entity'],
        ['libs/beta/src/reader.ts', '${ALPHA_TABLE[kind]}', 'sql'],
        ['libs/beta/src/reader.ts', 'alpha_row', 'query-builder'],
        ['apps/api/src/controller.ts', 'beta_thing', 'sql'],
      ]);
      expect(found.calls.map((c) => [c.file, c.inStore, c.server])).toEqual([
        ['libs/alpha/src/alpha-rows.store.ts', true, false],
        ['libs/beta/src/probe.ts', false, true],
        ['libs/beta/src/reader.ts', false, false],
        ['libs/beta/src/reader.ts', false, false],
        ['apps/api/src/controller.ts', false, false],
      ]);
      expect(misplacedCalls(found).map((c) => c.file)).toEqual([
        'libs/beta/src/reader.ts',
        'libs/beta/src/reader.ts',
        'apps/api/src/controller.ts',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
