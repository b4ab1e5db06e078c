import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '@rongtong/identity';

let cached: Record<string, string[]> | undefined;

/** A group of data/synonyms/tech-thesaurus.json: what an SME writes → the technical terms. */
interface ThesaurusGroup {
  words: string[];
  terms: string[];
}

/**
 * Meilisearch's synonyms for the listing indexes, from two reviewed files:
 * - data/synonyms/tech-synonyms.json: groups of interchangeable technology terms (锂电池 /
 *   锂离子电池, 人工智能 / AI), every term mapped to the others (multi-way);
 * - data/synonyms/tech-thesaurus.json: what an SME writes (充电宝, 臭味, 封口漏气) mapped one
 *   way to the terms an achievement uses for it (锂离子电池, 除臭, 热封), so a search in
 *   everyday words finds the technical listing, while a search for the technical term does not
 *   bring back every posting that names the product. The matcher reads the same file for its
 *   query expansion (libs/matching/src/text/thesaurus.ts).
 */
export function loadTechSynonyms(): Record<string, string[]> {
  if (cached) return cached;
  const dataDir = resolveDataDir();
  const groups = JSON.parse(
    readFileSync(join(dataDir, 'synonyms', 'tech-synonyms.json'), 'utf8'),
  ) as string[][];
  const thesaurus = JSON.parse(
    readFileSync(join(dataDir, 'synonyms', 'tech-thesaurus.json'), 'utf8'),
  ) as ThesaurusGroup[];
  cached = synonymMap(groups, thesaurus);
  return cached;
}

/** Multi-way groups and one-way thesaurus groups merged into Meilisearch's `synonyms` form. */
export function synonymMap(
  groups: readonly string[][],
  thesaurus: readonly ThesaurusGroup[],
): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (from: string, to: readonly string[]) => {
    const targets = to.filter((target) => target !== from);
    if (targets.length > 0) synonyms[from] = [...new Set([...(synonyms[from] ?? []), ...targets])];
  };
  for (const group of groups) for (const term of group) add(term, group);
  for (const { words, terms } of thesaurus)
    for (const word of words) add(word, [...words, ...terms]);
  return synonyms;
}
