/**
 * `node dist/scripts/eval/merge-judgements.js --corpus DIR FILE…`: merges graded pool files
 * (TSV: need_id, achievement_id, grade 0–2, reason) into DIR/qrels.tsv and keeps every
 * judgement with its reason and source file in DIR/judgements.tsv. A pair judged twice must get
 * the same grade in both, or the merge stops and names both (nothing is written).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

interface Judgement {
  needId: string;
  achievementId: string;
  grade: number;
  reason: string;
  source: string;
}

function readJudgements(path: string, source: string, hasHeader: boolean): Judgement[] {
  if (!existsSync(path)) return [];
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return rows.slice(hasHeader ? 1 : 0).map((line, i) => {
    const [needId, achievementId, grade, reason = '', from] = line.split('\t');
    if (!/^[0-2]$/.test(grade ?? ''))
      throw new Error(`${path}:${i + 1}: grade must be 0, 1 or 2, got "${grade}"`);
    return {
      needId,
      achievementId,
      grade: Number(grade),
      reason: reason.replace(/\s+/g, ' ').trim(),
      source: from ?? source,
    };
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--corpus');
  if (at < 0 || !args[at + 1]) throw new Error('--corpus DIR is required');
  const dir = resolve(args[at + 1]);
  const files = args.filter((_, i) => i !== at && i !== at + 1);
  const judgementsPath = join(dir, 'judgements.tsv');
  const all = new Map<string, Judgement>();
  const conflicts: string[] = [];
  const add = (j: Judgement) => {
    const key = `${j.needId}\t${j.achievementId}`;
    const earlier = all.get(key);
    if (earlier && earlier.grade !== j.grade)
      conflicts.push(`${key}: ${earlier.grade} (${earlier.source}) vs ${j.grade} (${j.source})`);
    if (!earlier) all.set(key, j);
  };
  readJudgements(judgementsPath, 'judgements.tsv', true).forEach(add);
  for (const file of files) readJudgements(file, basename(file), false).forEach(add);
  if (conflicts.length > 0) throw new Error(`conflicting grades:\n  ${conflicts.join('\n  ')}`);
  const sorted = [...all.values()].sort(
    (a, b) =>
      a.needId.localeCompare(b.needId) ||
      a.achievementId.localeCompare(b.achievementId, 'en', { numeric: true }),
  );
  writeFileSync(
    judgementsPath,
    `need_id\tachievement_id\tgrade\treason\tsource\n${sorted
      .map((j) => [j.needId, j.achievementId, j.grade, j.reason, j.source].join('\t'))
      .join('\n')}\n`,
  );
  writeFileSync(
    join(dir, 'qrels.tsv'),
    `need_id\tachievement_id\tgrade\n${sorted
      .map((j) => [j.needId, j.achievementId, j.grade].join('\t'))
      .join('\n')}\n`,
  );
  const grades = [0, 1, 2].map((g) => sorted.filter((j) => j.grade === g).length);
  console.log(`${sorted.length} judgements (grade 0/1/2: ${grades.join(' / ')}) → ${dir}`);
}

main();
