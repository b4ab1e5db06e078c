import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  missingExports,
  surfaceCensus,
  surfaceFindings,
} from '../../scripts/architecture/public-surface';

const ROOT = join(__dirname, '..', '..');

describe("each lib's index.ts exports its public surface only", () => {
  it('names every export (no export *), and code outside the lib imports each name', () => {
    expect(surfaceFindings(surfaceCensus(ROOT))).toEqual([]);
  });
});

describe('the surface census itself', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'public-surface-'));
    const files: Record<string, string> = {
      'libs/alpha/src/index.ts': [
        "export * from './tools';",
        "export { used, unused, renamed as alias } from './values';",
        "export type { Shape, Spare } from './values';",
        'export const inline = 1;',
      ].join('\n'),
      'libs/alpha/src/values.ts': 'export const used = 1;\n',
      // The lib's own files do not make a name public, even through the index.
      'libs/alpha/src/inner.ts': "import { unused, type Spare } from '@rongtong/alpha';\n",
      'libs/beta/src/index.ts': "export { used } from '@rongtong/alpha';\n",
      'apps/api/src/main.ts': [
        "import type { Shape } from '@rongtong/alpha';",
        "import { alias } from '@rongtong/alpha';",
        "const later = import('@rongtong/alpha');",
      ].join('\n'),
      'test/support/helper.ts': [
        "import * as alpha from '../../libs/alpha/src';",
        "import { inline, missing } from '../../libs/alpha/src/index';",
        // Deep imports are the boundary lint's business, not the surface's.
        "import { used } from '../../libs/alpha/src/values';",
      ].join('\n'),
      'scripts/ignored.d.ts': "import { unused } from '@rongtong/alpha';\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports export *, names nobody outside imports, and imports that hide their names', () => {
    const census = surfaceCensus(root);
    expect(census.libs).toEqual(['alpha', 'beta']);
    expect(surfaceFindings(census)).toEqual([
      "libs/alpha/src/index.ts:1 export * from './tools': name what the lib offers",
      'libs/alpha/src/index.ts:2 exports unused, which nothing outside libs/alpha imports',
      'libs/alpha/src/index.ts:3 exports Spare, which nothing outside libs/alpha imports',
      'libs/beta/src/index.ts:1 exports used, which nothing outside libs/beta imports',
      'apps/api/src/main.ts:3 import() or require() of @rongtong/alpha: import the names it uses',
      'test/support/helper.ts:1 import * as of @rongtong/alpha: import the names it uses',
    ]);
  });

  it('counts an import by its exported name, from apps, other libs and tests', () => {
    const census = surfaceCensus(root);
    expect(census.uses.get('alpha')).toEqual(
      new Map([
        ['used', ['libs/beta/src/index.ts']],
        ['Shape', ['apps/api/src/main.ts']],
        ['alias', ['apps/api/src/main.ts']],
        ['inline', ['test/support/helper.ts']],
        ['missing', ['test/support/helper.ts']],
      ]),
    );
    expect(missingExports(census)).toEqual([{ lib: 'alpha', name: 'missing' }]);
  });
});
