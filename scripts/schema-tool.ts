/**
 * Schema tool, run against a scratch database so it never touches real data:
 *   check             fail when the entities and the migrations disagree (CI's drift check)
 *   generate <Name>   write the migration that brings the migrations up to the entities
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '@rongtong/common';
import { baseDataSourceOptions, MIGRATIONS } from '@rongtong/database';
import { ALL_ENTITIES } from './all-entities';

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'libs', 'database', 'src', 'migrations');

async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  // A development tool on a scratch database: it needs DATABASE_URL only, not production's secrets.
  const base = new URL(loadConfig({ NODE_ENV: 'development', ...process.env }).database.url);
  const name = `rongtong_schema_${randomBytes(4).toString('hex')}`;
  const admin = new URL(base.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(base.toString());
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  }
}

async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = new DataSource({ ...baseDataSourceOptions(url), entities: ALL_ENTITIES });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries
      .map(
        (q) =>
          `    await queryRunner.query(\`${q.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\`);`,
      )
      .join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'check') {
    const { up } = await withScratchDatabase(pendingSchemaChanges);
    if (up.length > 0) {
      console.error(
        `Schema drift: the entities need ${up.length} change(s) the migrations do not make:`,
      );
      for (const query of up) console.error(`  ${query}`);
      console.error('Run `npm run migration:generate -- DescriptiveName` and review the file.');
      process.exit(1);
    }
    console.log(`Schema check: migrations match the entities (${MIGRATIONS.length} migrations).`);
    return;
  }
  if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
    const { up, down } = await withScratchDatabase(pendingSchemaChanges);
    if (up.length === 0) {
      console.log('No changes: the migrations already match the entities.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = `${timestamp}-${name}`;
    writeFileSync(join(MIGRATIONS_DIR, `${file}.ts`), migrationSource(className, up, down));
    const indexPath = join(MIGRATIONS_DIR, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(/^(\/\/ Migrations in the order)/m, `import { ${className} } from './${file}';\n$1`)
      .replace(/= \[([^\]]*)\];/, (_m, list: string) => {
        const items = list
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean);
        return `= [${[...items, className].join(', ')}];`;
      });
    writeFileSync(indexPath, index);
    console.log(
      `Wrote libs/database/src/migrations/${file}.ts (${up.length} statements). Review it.`,
    );
    return;
  }
  console.error('usage: schema-tool check | schema-tool generate PascalCaseName');
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
