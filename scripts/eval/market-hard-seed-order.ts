/**
 * `npm run build && node dist/scripts/eval/market-hard-seed-order.js [--achievements FILE] [--limit N]`:
 * the candidate seed achievements of data/eval/market-hard in their fixed order. Achievements with
 * an abstract, sorted by SHA-256 of `market-hard:<id>`, one per line as
 * `position, id, industry, title`. The writer walked this list from the top and kept the first
 * ones an SME could plausibly use (applied engineering, agriculture, medicine and devices,
 * materials, chemistry, environment, IT applications; not theory, humanities or economics);
 * data/eval/market-hard/seeds.tsv records the seed of each need.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface CandidateAchievement {
  id: string;
  title: string;
  abstract?: string;
  industry?: string;
}

export function seedOrderKey(id: string): string {
  return createHash('sha256').update(`market-hard:${id}`).digest('hex');
}

/** Achievements with an abstract, in the fixed seed order. */
export function orderSeedCandidates(
  achievements: readonly CandidateAchievement[],
): CandidateAchievement[] {
  return achievements
    .filter((a) => (a.abstract ?? '').trim() !== '')
    .map((a) => ({ a, key: seedOrderKey(a.id) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map(({ a }) => a);
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = resolve(arg('--achievements') ?? 'data/eval/market-hard/achievements.jsonl');
  const limit = Number(arg('--limit') ?? 480);
  const achievements = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CandidateAchievement);
  orderSeedCandidates(achievements)
    .slice(0, limit)
    .forEach((a, i) => console.log([i, a.id, a.industry ?? '', a.title].join('\t')));
}

if (require.main === module) main();
