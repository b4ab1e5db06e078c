/**
 * `npm run eval:build-market -- --needs FILE [--out DIR]`: builds the realistic matching corpus
 * (data/eval/market, issue 11) deterministically: the needs as written (no keywords; industry a
 * GB/T 4754 section or absent), and the 2,000 CSL achievements of data/eval/csl with every keyword
 * removed and, for about 5 % of them (chosen by a hash of the id), no abstract — only a title, as
 * on a real technology market. qrels.tsv is kept when it exists (pooled judgements are merged
 * into it by scripts/eval/merge-judgements.ts), else written with its header only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const TITLE_ONLY_SHARE = 0.05;

function hashShare(salt: string, id: string): number {
  return createHash('sha256').update(`${salt}:${id}`).digest().readUInt32BE(0) / 2 ** 32;
}

function jsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const needsFile = arg('--needs');
  if (!needsFile) throw new Error('--needs FILE is required');
  const out = resolve(arg('--out') ?? 'data/eval/market');
  const source = resolve(arg('--achievements') ?? 'data/eval/csl/achievements.jsonl');
  mkdirSync(out, { recursive: true });

  const needs = jsonl(needsFile).map((n) => {
    const record: Record<string, unknown> = {
      id: n.id,
      title: n.title,
      description: n.description,
    };
    if (n.industry) record.industry = n.industry;
    if (n.region) record.region = n.region;
    return record;
  });
  let titleOnly = 0;
  const achievements = jsonl(source).map((a) => {
    const id = String(a.id);
    const record: Record<string, unknown> = { id, title: a.title };
    if (hashShare('rongtong-market-title-only', id) < TITLE_ONLY_SHARE) titleOnly++;
    else record.abstract = a.abstract;
    if (a.industry) record.industry = a.industry;
    if (a.maturity) record.maturity = a.maturity;
    return record;
  });
  const lines = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).join('\n');
  writeFileSync(join(out, 'needs.jsonl'), `${lines(needs)}\n`);
  writeFileSync(join(out, 'achievements.jsonl'), `${lines(achievements)}\n`);
  const qrels = join(out, 'qrels.tsv');
  if (!existsSync(qrels)) writeFileSync(qrels, 'need_id\tachievement_id\tgrade\n');
  console.log(
    `${needs.length} needs, ${achievements.length} achievements (${titleOnly} title only) → ${out}`,
  );
}

main();
