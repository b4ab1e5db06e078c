import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '@rongtong/identity';
import { bm25Features, Bm25Features, Bm25Source, bm25Terms, queryTermsOf, queryText } from './bm25';
import { GENERIC_BIGRAMS } from './generic-terms';

/**
 * Query expansion from a reviewed domain thesaurus (data/synonyms/tech-thesaurus.json, how it
 * was made: data/synonyms/SOURCE.md). A need names products and symptoms (充电宝, 臭味); an
 * achievement names methods and materials (锂离子电池, 除臭): with BM25 over bigrams the two
 * never meet. Each group maps everyday or product words to the technical terms that name them,
 * one way: a need that says one of a group's `words` also asks, at a fraction of the weight,
 * for the bigrams of the group's `terms` it does not already contain.
 */

export interface ThesaurusGroup {
  /** What a need may say (matched as substrings of its normalised text, at least 2 characters). */
  words: string[];
  /** The technical terms added to the query. */
  terms: string[];
  /** Found among co-occurring words of the CSL abstracts, or added by the reviewer. */
  source: 'mined' | 'added';
}

/** Occurrences of `word` in `text`, not overlapping. */
function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

export class Thesaurus {
  private readonly groups: ThesaurusGroup[];

  constructor(groups: readonly ThesaurusGroup[]) {
    this.groups = groups.map((group) => ({
      words: group.words.map(normalise).filter((word) => Array.from(word).length >= 2),
      terms: group.terms.map(normalise),
      source: group.source,
    }));
  }

  get size(): number {
    return this.groups.length;
  }

  /**
   * The bigrams a text's thesaurus words add, each with `weight` × how often the group's most
   * frequent word occurs: only bigrams of terms the text does not contain, never a generic
   * bigram (技术, 方法), the largest weight when two groups add the same bigram.
   */
  expansion(text: string, weight: number): Map<string, number> {
    const added = new Map<string, number>();
    if (weight <= 0) return added;
    const normalised = normalise(text);
    for (const group of this.groups) {
      const times = Math.max(0, ...group.words.map((word) => occurrences(normalised, word)));
      if (times === 0) continue;
      for (const term of group.terms) {
        if (normalised.includes(term)) continue;
        for (const bigram of bm25Terms(term)) {
          if (GENERIC_BIGRAMS.has(bigram)) continue;
          added.set(bigram, Math.max(added.get(bigram) ?? 0, weight * times));
        }
      }
    }
    return added;
  }
}

/**
 * Weight of an added bigram against one occurrence of a bigram the need wrote. Dev splits
 * (README "### Matching"): market-hard nDCG@10 0.730 → 0.744 at 0.15 (0.737 at 0.3), market
 * 0.920 → 0.915 at every weight tried, CSL without keywords 0.863 → 0.862.
 * 0 switches expansion off.
 */
export const QUERY_EXPANSION_WEIGHT = 0.15;

let loaded: Thesaurus | undefined;

/** The reviewed thesaurus from `<dataDir>/synonyms/tech-thesaurus.json`, read once. */
export function loadThesaurus(): Thesaurus {
  loaded ??= new Thesaurus(
    JSON.parse(
      readFileSync(join(resolveDataDir(), 'synonyms', 'tech-thesaurus.json'), 'utf8'),
    ) as ThesaurusGroup[],
  );
  return loaded;
}

/**
 * A need read as a BM25 query (queryTerms), with the thesaurus's bigrams it lacks added at
 * `weight` and marked as expanded (scoring, retrieval and a need's postings all read this).
 */
export function queryFeatures(
  source: Bm25Source,
  weight: number = QUERY_EXPANSION_WEIGHT,
  thesaurus: () => Thesaurus = loadThesaurus,
): Bm25Features {
  const text = queryText(source);
  const features = bm25Features(queryTermsOf(text));
  if (weight <= 0) return features;
  const tf = new Map(features.tf);
  const expanded = new Set<string>();
  for (const [bigram, added] of thesaurus().expansion(text, weight)) {
    if (tf.has(bigram)) continue;
    tf.set(bigram, added);
    expanded.add(bigram);
  }
  return { tf, length: features.length, expanded };
}
