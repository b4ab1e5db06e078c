import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '@rongtong/identity';

let cached: Record<string, string[]> | undefined;

/**
 * Curated Chinese technology synonym groups (data/synonyms/tech-synonyms.json) in Meilisearch's
 * form: every term maps to the other terms of its group (multi-way synonyms).
 */
export function loadTechSynonyms(): Record<string, string[]> {
  if (cached) return cached;
  const groups = JSON.parse(
    readFileSync(join(resolveDataDir(), 'synonyms', 'tech-synonyms.json'), 'utf8'),
  ) as string[][];
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((other) => other !== term);
      synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...others])];
    }
  }
  cached = synonyms;
  return synonyms;
}
