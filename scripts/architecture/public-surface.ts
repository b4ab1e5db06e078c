/**
 * Each lib's public surface: what its `libs/<lib>/src/index.ts` exports, and which of those names
 * code outside the lib imports. The facts behind test/architecture/public-surfaces.spec.ts
 * (`npm run lint:exports`, part of `npm run lint`).
 *
 * - An index exports by name only (`export { A } from './a'`, `export type { T } from './t'`);
 *   `export *` hides what the lib offers and is a finding.
 * - A name is used when a file outside `libs/<lib>/` (apps, other libs, scripts, bench, test)
 *   imports or re-exports it from `@rongtong/<lib>` (or from a relative path to that index).
 *   Tests inside the lib import siblings by relative path and do not count.
 * - Every exported name nobody outside imports is a finding: it belongs inside the lib.
 * - An import that cannot be read name by name (`import * as`, a default import, `import()`,
 *   `require`, `typeof import(…)`) is a finding too, since it would hide what is used.
 * Syntax only (no type checking), and only files that name a lib are parsed: about a second.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../cli-support';

export interface IndexExport {
  lib: string;
  name: string;
  line: number;
}

export interface StarExport {
  lib: string;
  line: number;
  from: string;
}

export interface OpaqueImport {
  /** The lib imported. */
  lib: string;
  file: string;
  line: number;
  form: string;
}

export interface SurfaceCensus {
  libs: string[];
  exports: IndexExport[];
  stars: StarExport[];
  /** lib → name → files outside the lib that import it. */
  uses: Map<string, Map<string, string[]>>;
  opaque: OpaqueImport[];
}

const SCANNED = ['apps', 'libs', 'scripts', 'bench', 'test'];
const LIB_SPECIFIER = /^@rongtong\/([a-z-]+)$/;

export function surfaceCensus(root: string): SurfaceCensus {
  const libs = readdirSafe(join(root, 'libs')).filter((lib) =>
    isFile(join(root, 'libs', lib, 'src', 'index.ts')),
  );
  const exports: IndexExport[] = [];
  const stars: StarExport[] = [];
  for (const lib of libs) {
    const file = join(root, 'libs', lib, 'src', 'index.ts');
    const source = parse(file);
    for (const statement of source.statements) {
      const line = lineOf(source, statement);
      if (ts.isExportDeclaration(statement)) {
        const from =
          statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
            ? statement.moduleSpecifier.text
            : '';
        if (!statement.exportClause || ts.isNamespaceExport(statement.exportClause)) {
          stars.push({ lib, line, from });
          continue;
        }
        for (const element of statement.exportClause.elements)
          exports.push({ lib, name: element.name.text, line });
      } else if (hasExportModifier(statement)) {
        for (const name of declaredNames(statement)) exports.push({ lib, name, line });
      }
    }
  }

  const uses = new Map<string, Map<string, string[]>>(libs.map((lib) => [lib, new Map()]));
  const opaque: OpaqueImport[] = [];
  for (const dir of SCANNED) {
    for (const file of sourceFiles(join(root, dir))) {
      const rel = relative(root, file).split(sep).join('/');
      const own = /^libs\/([^/]+)\//.exec(rel)?.[1];
      const libOf = (specifier: string): string | undefined => {
        const named = LIB_SPECIFIER.exec(specifier)?.[1];
        if (named) return libs.includes(named) ? named : undefined;
        if (!specifier.startsWith('.')) return undefined;
        const target = relative(root, resolve(dirname(file), specifier))
          .split(sep)
          .join('/')
          .replace(/\/index(\.ts)?$/, '');
        const lib = /^libs\/([^/]+)\/src$/.exec(target)?.[1];
        return lib && libs.includes(lib) ? lib : undefined;
      };
      const text = readFileSync(file, 'utf8');
      // Most files import no lib at all; only those that name one are parsed.
      if (!text.includes('@rongtong/') && !text.includes('/src')) continue;
      const source = parse(file, text);
      const use = (lib: string, name: string) => {
        const names = uses.get(lib) as Map<string, string[]>;
        names.set(name, [...(names.get(name) ?? []), rel]);
      };
      const visit = (node: ts.Node): void => {
        if (
          (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
          node.moduleSpecifier &&
          ts.isStringLiteral(node.moduleSpecifier)
        ) {
          const lib = libOf(node.moduleSpecifier.text);
          if (lib && lib !== own) {
            const line = lineOf(source, node);
            if (ts.isImportDeclaration(node)) {
              const clause = node.importClause;
              if (clause?.name) opaque.push({ lib, file: rel, line, form: 'default import' });
              const bindings = clause?.namedBindings;
              if (bindings && ts.isNamespaceImport(bindings))
                opaque.push({ lib, file: rel, line, form: 'import * as' });
              else if (bindings)
                for (const element of bindings.elements)
                  use(lib, (element.propertyName ?? element.name).text);
            } else if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) {
              opaque.push({ lib, file: rel, line, form: 'export *' });
            } else {
              for (const element of node.exportClause.elements)
                use(lib, (element.propertyName ?? element.name).text);
            }
          }
          return;
        }
        const dynamic =
          ts.isCallExpression(node) &&
          (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
            (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
          node.arguments[0] &&
          ts.isStringLiteral(node.arguments[0])
            ? node.arguments[0].text
            : ts.isImportTypeNode(node) &&
                ts.isLiteralTypeNode(node.argument) &&
                ts.isStringLiteral(node.argument.literal)
              ? node.argument.literal.text
              : undefined;
        if (dynamic !== undefined) {
          const lib = libOf(dynamic);
          if (lib && lib !== own)
            opaque.push({
              lib,
              file: rel,
              line: lineOf(source, node),
              form: ts.isImportTypeNode(node) ? 'typeof import()' : 'import() or require()',
            });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { libs, exports, stars, uses, opaque };
}

/** Names an index exports that no file outside its lib imports. */
export function unusedExports(census: SurfaceCensus): IndexExport[] {
  return census.exports.filter((e) => !census.uses.get(e.lib)?.has(e.name));
}

/** Names imported from a lib that its index does not export (the typecheck fails on these too). */
export function missingExports(census: SurfaceCensus): { lib: string; name: string }[] {
  const exported = new Set(census.exports.map((e) => `${e.lib}:${e.name}`));
  return [...census.uses].flatMap(([lib, names]) =>
    [...names.keys()]
      .filter((name) => !exported.has(`${lib}:${name}`))
      .map((name) => ({ lib, name })),
  );
}

/** Every finding as one line, the way the test and `lint:exports` print them. */
export function surfaceFindings(census: SurfaceCensus): string[] {
  return [
    ...census.stars.map(
      (s) =>
        `libs/${s.lib}/src/index.ts:${s.line} export * from '${s.from}': name what the lib offers`,
    ),
    ...unusedExports(census).map(
      (e) =>
        `libs/${e.lib}/src/index.ts:${e.line} exports ${e.name}, which nothing outside libs/${e.lib} imports`,
    ),
    ...census.opaque.map(
      (o) => `${o.file}:${o.line} ${o.form} of @rongtong/${o.lib}: import the names it uses`,
    ),
  ];
}

function hasExportModifier(node: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function declaredNames(node: ts.Statement): string[] {
  if (ts.isVariableStatement(node))
    return node.declarationList.declarations.flatMap((d) =>
      ts.isIdentifier(d.name) ? [d.name.text] : [],
    );
  const named = node as ts.Statement & { name?: ts.Node };
  return named.name && ts.isIdentifier(named.name) ? [named.name.text] : [];
}

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSafe(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function main(): void {
  const census = surfaceCensus(repoRoot(join(__dirname, '..')));
  for (const lib of census.libs) {
    const exported = census.exports.filter((e) => e.lib === lib).length;
    const stars = census.stars.filter((s) => s.lib === lib).length;
    const unused = unusedExports(census).filter((e) => e.lib === lib).length;
    console.log(`${lib}: ${exported} named exports, ${stars} export *, ${unused} unused outside`);
  }
  const findings = surfaceFindings(census);
  for (const finding of findings) console.log(`  ${finding}`);
  if (findings.length > 0) process.exitCode = 1;
}

if (require.main === module) main();
