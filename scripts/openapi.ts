/**
 * The OpenAPI document as the web app's contract:
 *   node dist/scripts/openapi.js write   writes apps/web/src/api/openapi.json and schema.d.ts
 *   node dist/scripts/openapi.js check   exits 1 when either is stale (run in npm test)
 * The document is built from the Nest app in preview mode: no database, no listener.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '@rongtong/common';
import { ApiModule } from '../apps/api/src/api.module';
import { applyRoutePrefix } from '../apps/api/src/bootstrap';
import { buildOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { repoRoot } from './cli-support';

const API_DIR = join(repoRoot(__dirname), 'apps', 'web', 'src', 'api');
const DOCUMENT_FILE = join(API_DIR, 'openapi.json');
const TYPES_FILE = join(API_DIR, 'schema.d.ts');
const HEADER =
  '// Generated from the API by `npm run api:generate` (openapi-typescript). Do not edit.\n\n';

async function generate(): Promise<{ document: string; types: string }> {
  // Preview mode builds no provider, so the config is a stand-in: development defaults, not this
  // shell's environment (the document must not depend on who runs the command).
  const config = loadConfig({ NODE_ENV: 'development' });
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    preview: true,
    logger: false,
  });
  applyRoutePrefix(app);
  const document = buildOpenApiDocument(app);
  await app.close();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  return { document: `${JSON.stringify(document, null, 2)}\n`, types: HEADER + astToString(ast) };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function main(command: string | undefined): Promise<number> {
  const { document, types } = await generate();
  if (command === 'write') {
    writeFileSync(DOCUMENT_FILE, document);
    writeFileSync(TYPES_FILE, types);
    console.log(`openapi: wrote ${DOCUMENT_FILE} and ${TYPES_FILE}`);
    return 0;
  }
  if (command === 'check') {
    const stale = [
      read(DOCUMENT_FILE) === document ? undefined : DOCUMENT_FILE,
      read(TYPES_FILE) === types ? undefined : TYPES_FILE,
    ].filter((file) => file !== undefined);
    if (stale.length === 0) {
      console.log('openapi: the committed document and client types match the API');
      return 0;
    }
    console.error(
      `openapi: stale against the API: ${stale.join(', ')}\n` +
        'Run `npm run api:generate` and commit the result.',
    );
    return 1;
  }
  console.error('usage: openapi.js write|check');
  return 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('openapi: failed', error);
    process.exit(1);
  },
);
