/**
 * Who owns which table, and where SQL is written: the facts behind the table-ownership test
 * (test/architecture) and `npm run census:sql`, which prints them.
 *
 * - A table belongs to the lib that declares its entity (`@Entity('name')` anywhere under
 *   `libs/<lib>/src`), so a new lib (challenges, events, storage …) is picked up by existing.
 * - A lib's SQL is every string or template literal in its sources (tests and migrations aside):
 *   table names after FROM, JOIN, INTO, UPDATE, USING, TABLE (comma lists included), table names
 *   handed as strings to query-builder methods (`.from('x')`, `.innerJoin('x', …)`) or kept in a
 *   property or constant whose name says table (`{ table: 'tech_need' }`), and `FROM ${X[kind]}`
 *   where X is imported from another lib (followed through one local constant).
 *   Entity classes count as well: another lib's entity passed to any call (`getRepository(X)`,
 *   `@InjectRepository(X)`, `forFeature([X])`, `manager.find(X, …)`).
 * - A raw SQL call is `<anything>.query('…')` with SQL text, or `.createQueryBuilder(…)`. Outside a
 *   store (a file named `*.store.ts` or `*-store.ts`) it is counted as misplaced, unless it is a
 *   server statement: text that reads or writes no table of any context (`SELECT 1` as a probe,
 *   advisory locks, `LISTEN`, `CREATE DATABASE`, a look at the `pg_*` catalogue). Those are the
 *   connection's plumbing (database bootstrap, the relay's wake-up, readiness), not a context's
 *   data, so no store owns them; they are listed apart.
 * Apps own no tables: any table they name is someone else's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../cli-support';

export interface OwnedTable {
  table: string;
  entity: string;
  lib: string;
  file: string;
}

export interface TableReference {
  /** The lib (or `apps/<name>`) whose source names the table. */
  from: string;
  file: string;
  line: number;
  table: string;
  owner: string;
  via: 'sql' | 'query-builder' | 'entity';
}

export interface SqlCall {
  from: string;
  file: string;
  line: number;
  kind: 'query' | 'createQueryBuilder';
  inStore: boolean;
  /** Names no table at all: a probe, a lock, LISTEN, CREATE DATABASE, the pg_* catalogue. */
  server: boolean;
}

export interface SqlCensus {
  tables: OwnedTable[];
  references: TableReference[];
  calls: SqlCall[];
}

const SQL_KEYWORD = /\b(FROM|JOIN|INTO|UPDATE|USING|TABLE)\s+/g;
const SQL_KEYWORD_ANY_CASE = /\b(from|join|into|update|using|table)\s+/gi;
const LOOKS_LIKE_SQL = /^\s*(select|insert|update|delete|with)\b/i;
/** The whole statement, so nothing else can hide behind a probe or a lock. */
const SERVER_STATEMENT =
  /^\s*(?:SELECT\s+1(?:\s+FROM\s+pg_[a-z_]+(?:\s+WHERE\s+[a-z_]+\s*=\s*\$\d+)?)?|SELECT\s+pg_(?:try_)?advisory_(?:xact_)?(?:un)?lock\s*\(\s*\$\d+\s*\)|LISTEN\s+[a-z_]+|CREATE\s+DATABASE\s+"?\s*[a-z_]+\s*"?)\s*;?\s*$/i;
/** Words that may follow a table name and are not an alias. */
const NOT_AN_ALIAS = new Set([
  'where',
  'set',
  'on',
  'using',
  'join',
  'inner',
  'left',
  'right',
  'full',
  'cross',
  'natural',
  'group',
  'order',
  'limit',
  'offset',
  'returning',
  'values',
  'select',
  'union',
  'for',
  'having',
  'window',
  'as',
  'default',
  'lateral',
  'only',
  'tablesample',
  'do',
  'except',
  'intersect',
]);
const QUERY_BUILDER_TABLE_ARGUMENT = new Set([
  'from',
  'into',
  'update',
  'delete',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'leftJoinAndMapOne',
  'innerJoinAndMapMany',
  'leftJoinAndMapMany',
  'getRepository',
  'createQueryBuilder',
  'addFrom',
]);

export function sqlCensus(root: string): SqlCensus {
  const libs = subdirectories(join(root, 'libs'));
  const apps = subdirectories(join(root, 'apps'));
  const sources = new Map<string, ts.SourceFile[]>();
  for (const lib of libs) sources.set(lib, parse(root, join(root, 'libs', lib, 'src')));
  for (const app of apps) sources.set(`apps/${app}`, parse(root, join(root, 'apps', app, 'src')));

  const tables = libs.flatMap((lib) => (sources.get(lib) ?? []).flatMap((f) => entitiesIn(f, lib)));
  const ownerOfTable = new Map(tables.map((t) => [t.table, t]));
  const ownerOfEntity = new Map(tables.map((t) => [t.entity, t]));

  const references: TableReference[] = [];
  const calls: SqlCall[] = [];
  for (const [from, files] of sources) {
    for (const file of files) {
      const where = (node: ts.Node) => ({
        from,
        file: file.fileName,
        line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      });
      const refer = (node: ts.Node, table: string, via: TableReference['via']) => {
        const owned = ownerOfTable.get(table);
        if (owned) references.push({ ...where(node), table, owner: owned.lib, via });
      };
      const imports = importedFrom(file);
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
          for (const table of tablesInSql(literalText(node))) refer(node, table, 'sql');
        }
        if (
          ts.isStringLiteralLike(node) &&
          (ts.isPropertyAssignment(node.parent) || ts.isVariableDeclaration(node.parent)) &&
          node.parent.initializer === node &&
          /table/i.test(node.parent.name.getText(file))
        ) {
          // A table map: `{ table: 'tech_need', … }`, `const table = 'membership'`.
          refer(node, node.text, 'sql');
        }
        if (ts.isTemplateExpression(node)) {
          // `FROM ${LISTING_TABLE[kind]}`: a table name another lib hands out is still its table.
          for (const expression of tableExpressions(node)) {
            const lib = imports.get(importedRoot(file, expression) ?? '');
            if (lib && lib !== from)
              references.push({
                ...where(expression),
                table: `\${${expression.getText(file)}}`,
                owner: lib,
                via: 'sql',
              });
          }
        }
        if (ts.isCallExpression(node)) {
          const method = calledMethod(node);
          if (method && QUERY_BUILDER_TABLE_ARGUMENT.has(method)) {
            const [first] = node.arguments;
            if (first && ts.isStringLiteralLike(first)) refer(first, first.text, 'query-builder');
          }
          for (const argument of node.arguments.flatMap(entityArguments)) {
            const owned = ownerOfEntity.get(argument.text);
            if (owned)
              references.push({
                ...where(argument),
                table: owned.table,
                owner: owned.lib,
                via: 'entity',
              });
          }
          const kind = sqlCallKind(node);
          if (kind)
            calls.push({
              ...where(node),
              kind,
              inStore: /[.-]store\.ts$/.test(file.fileName),
              server: kind === 'query' && isServerStatement(node),
            });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }
  return { tables, references, calls };
}

/** Raw SQL written outside a store (server statements name no table, so they may be anywhere). */
export function misplacedCalls(census: SqlCensus): SqlCall[] {
  return census.calls.filter((call) => !call.inStore && !call.server);
}

/** References to a table owned by another lib (apps own none). */
export function crossContextReferences(census: SqlCensus): TableReference[] {
  return census.references.filter((reference) => reference.owner !== reference.from);
}

/** Table names in one piece of SQL text (names that are no table are filtered by the caller). */
export function tablesInSql(text: string): string[] {
  const pattern = LOOKS_LIKE_SQL.test(text) ? SQL_KEYWORD_ANY_CASE : SQL_KEYWORD;
  const found: string[] = [];
  for (const match of text.matchAll(pattern)) {
    let rest = text.slice((match.index ?? 0) + match[0].length);
    for (;;) {
      const name = /^(?:ONLY\s+)?(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/i.exec(rest);
      if (!name) break;
      found.push(name[1].toLowerCase());
      rest = rest.slice(name[0].length);
      // An optional alias, then a comma continues the list (FROM a x, b y).
      const alias = /^\s+(?:AS\s+)?([a-z_][a-z0-9_]*)/i.exec(rest);
      if (alias && !NOT_AN_ALIAS.has(alias[1].toLowerCase())) rest = rest.slice(alias[0].length);
      const comma = /^\s*,\s*/.exec(rest);
      if (!comma || match[1].toUpperCase() !== 'FROM') break;
      rest = rest.slice(comma[0].length);
    }
  }
  return found;
}

function entitiesIn(file: ts.SourceFile, lib: string): OwnedTable[] {
  const found: OwnedTable[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const decorator of ts.getDecorators(node) ?? []) {
        const call = decorator.expression;
        if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) continue;
        if (call.expression.text !== 'Entity' && call.expression.text !== 'ViewEntity') continue;
        found.push({
          table: declaredTableName(call) ?? snakeCase(node.name.text),
          entity: node.name.text,
          lib,
          file: file.fileName,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function declaredTableName(call: ts.CallExpression): string | undefined {
  const [first] = call.arguments;
  if (!first) return undefined;
  if (ts.isStringLiteralLike(first)) return first.text;
  if (ts.isObjectLiteralExpression(first)) {
    for (const property of first.properties) {
      if (
        ts.isPropertyAssignment(property) &&
        property.name.getText() === 'name' &&
        ts.isStringLiteralLike(property.initializer)
      )
        return property.initializer.text;
    }
  }
  return undefined;
}

function sqlCallKind(call: ts.CallExpression): SqlCall['kind'] | undefined {
  const method = calledMethod(call);
  if (method === 'createQueryBuilder') return 'createQueryBuilder';
  if (method !== 'query') return undefined;
  const [first] = call.arguments;
  // SearchService.query(dto) and the like take an object; SQL is text, written in place or in
  // a constant of the same file.
  if (first && isText(first)) return 'query';
  if (first && ts.isIdentifier(first) && constantIsText(call.getSourceFile(), first.text))
    return 'query';
  return undefined;
}

/** Whether a `.query(…)` call's text is a server statement (see SERVER_STATEMENT). */
function isServerStatement(call: ts.CallExpression): boolean {
  const [first] = call.arguments;
  const text =
    first && isText(first)
      ? first
      : first && ts.isIdentifier(first)
        ? textConstant(call.getSourceFile(), first.text)
        : undefined;
  return text !== undefined && SERVER_STATEMENT.test(literalText(text));
}

/** Whether a piece of SQL text is a server statement: it names no table of any context. */
export function isServerSql(text: string): boolean {
  return SERVER_STATEMENT.test(text);
}

function isText(node: ts.Node): node is ts.StringLiteralLike | ts.TemplateExpression {
  return ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);
}

function constantIsText(file: ts.SourceFile, name: string): boolean {
  return textConstant(file, name) !== undefined;
}

/** The text a same-file constant holds (`const SQL = '…'`), if it holds text. */
function textConstant(
  file: ts.SourceFile,
  name: string,
): ts.StringLiteralLike | ts.TemplateExpression | undefined {
  let found: ts.StringLiteralLike | ts.TemplateExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer &&
      isText(node.initializer)
    )
      found = node.initializer;
    if (!found) ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Which lib each imported name comes from (`import { X } from '@rongtong/lib'`). */
function importedFrom(file: ts.SourceFile): Map<string, string> {
  const libs = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    const lib = /^@rongtong\/([a-z-]+)$/.exec(statement.moduleSpecifier.text)?.[1];
    const bindings = statement.importClause?.namedBindings;
    if (!lib || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) libs.set(element.name.text, lib);
  }
  return libs;
}

/** Placeholders that stand where a table name goes: right after FROM, JOIN, INTO, UPDATE … */
function tableExpressions(template: ts.TemplateExpression): ts.Expression[] {
  const found: ts.Expression[] = [];
  let before = template.head.text;
  for (const span of template.templateSpans) {
    if (/\b(FROM|JOIN|INTO|UPDATE|USING|TABLE)\s+$/i.test(before)) found.push(span.expression);
    before = span.literal.text;
  }
  return found;
}

/** The root identifier of an expression, followed through one local constant (`const t = X[k]`). */
function importedRoot(file: ts.SourceFile, expression: ts.Expression): string | undefined {
  const root = rootIdentifier(expression);
  let initializer: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === root)
      initializer = node.initializer;
    if (!initializer) ts.forEachChild(node, visit);
  };
  visit(file);
  return initializer ? rootIdentifier(initializer) : root;
}

function rootIdentifier(expression: ts.Expression): string | undefined {
  let node: ts.Expression = expression;
  while (
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isCallExpression(node)
  )
    node = node.expression;
  return ts.isIdentifier(node) ? node.text : undefined;
}

function calledMethod(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

/** Identifiers among a call's arguments, also inside array literals (`forFeature([A, B])`). */
function entityArguments(argument: ts.Expression): ts.Identifier[] {
  if (ts.isIdentifier(argument)) return [argument];
  if (ts.isArrayLiteralExpression(argument)) return argument.elements.flatMap(entityArguments);
  return [];
}

function literalText(node: ts.StringLiteralLike | ts.TemplateExpression): string {
  if (ts.isStringLiteralLike(node)) return node.text;
  // Placeholders become a neutral word, so `FROM ${table}` names nothing.
  return [
    node.head.text,
    ...node.templateSpans.map((span) => ` __expr__ ${span.literal.text}`),
  ].join('');
}

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function subdirectories(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isDirectory())
      .sort();
  } catch {
    return [];
  }
}

function parse(root: string, dir: string): ts.SourceFile[] {
  return sourceFiles(dir).map((path) =>
    ts.createSourceFile(
      relative(root, path).split(sep).join('/'),
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    ),
  );
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSyncSafe(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'migrations' && name !== 'node_modules') files.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(name)) {
      files.push(path);
    }
  }
  return files;
}

function readdirSyncSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** The owners table of ARCHITECTURE.md, as markdown (`npm run census:sql -- --markdown`). */
export function ownersMarkdown(census: SqlCensus): string {
  const rows = [...new Set(census.tables.map((t) => t.lib))].map((lib) => [
    `\`${lib}\``,
    census.tables
      .filter((t) => t.lib === lib)
      .map((t) => t.table)
      .sort()
      .map((table) => `\`${table}\``)
      .join(', '),
  ]);
  return [['lib', 'tables'], ['---', '---'], ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function main(): void {
  const census = sqlCensus(repoRoot(join(__dirname, '..')));
  if (process.argv.includes('--markdown')) {
    console.log(ownersMarkdown(census));
    return;
  }
  const misplaced = misplacedCalls(census);
  const server = census.calls.filter((call) => call.server);
  const crossing = crossContextReferences(census);
  console.log('tables by owner:');
  for (const lib of [...new Set(census.tables.map((t) => t.lib))])
    console.log(
      `  ${lib}: ${census.tables
        .filter((t) => t.lib === lib)
        .map((t) => t.table)
        .join(', ')}`,
    );
  console.log(
    `raw SQL calls: ${census.calls.length}, server statements (no table): ${server.length}, ` +
      `outside stores: ${misplaced.length}`,
  );
  for (const call of server) console.log(`  server: ${call.file}:${call.line}`);
  for (const call of misplaced) console.log(`  ${call.file}:${call.line} ${call.kind}`);
  console.log(`cross-context table references: ${crossing.length}`);
  for (const ref of crossing)
    console.log(`  ${ref.file}:${ref.line} ${ref.from} → ${ref.table} (${ref.owner}, ${ref.via})`);
}

if (require.main === module) main();
