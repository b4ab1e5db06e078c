// Boundary lint (run by `npm run lint`, so by `npm test`): the layering of libs/ and their public
// surfaces. ARCHITECTURE.md explains the rules; this file is the one place the order is written.
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

/**
 * The layers, left to right: a lib imports only libs in layers to its left. Libs in the same
 * layer do not import each other. Every folder under libs/ must be placed here.
 */
const LAYERS = [
  ['common'],
  ['jobs'],
  ['database'],
  ['storage'],
  ['identity'],
  ['catalog'],
  ['search'],
  ['notify'],
  ['matching'],
  ['challenges', 'events'],
  ['health'],
  // Demo data: seeds through the contexts' exported surfaces; imported only when seeding is on.
  ['demo'],
];

const placed = LAYERS.flat();
const present = readdirSync(join(__dirname, 'libs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const unplaced = present.filter((lib) => !placed.includes(lib));
if (unplaced.length > 0) {
  throw new Error(
    `libs/${unplaced.join(', libs/')}: not in the layering; add it to LAYERS in .dependency-cruiser.cjs`,
  );
}

const layeringRules = LAYERS.flatMap((layer, rank) => {
  const notBelow = LAYERS.slice(rank).flat();
  return layer.map((lib) => {
    const forbidden = notBelow.filter((other) => other !== lib);
    return {
      name: `layering-${lib}`,
      comment: `libs/${lib} may import only ${LAYERS.slice(0, rank).flat().join(', ') || 'no lib'}`,
      severity: 'error',
      from: { path: `^libs/${lib}/` },
      to: { path: `^libs/(${forbidden.join('|')})/` },
    };
  });
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layeringRules,
    {
      name: 'lib-deep-import',
      comment: 'another lib is reached through its index.ts (its public surface), never past it',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'app-deep-import',
      comment: 'apps, scripts and bench use a lib through its index.ts (its public surface)',
      severity: 'error',
      from: { path: '^(apps|scripts|bench)/', pathNot: '^apps/web/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'web-imports-vocabulary-only',
      comment:
        'the browser bundle takes plain vocabularies (labels, codes) from libs, nothing with Node or database code',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^libs/', pathNot: '^libs/[^/]+/src/vocabulary/' },
    },
    {
      name: 'lib-imports-app',
      comment: 'nothing in libs/ depends on an app',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle between modules means a boundary is wrong',
      severity: 'error',
      // TypeORM relations (an organisation has certifications, each names its organisation).
      from: { path: '^(apps|libs)/', pathNot: '\\.entity\\.ts$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
