import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { stripBoilerplate } from './boilerplate';
import { GENERIC_BIGRAMS, GENERIC_WORDS } from './generic-terms';

/**
 * Keywords of a listing that its owner did not give: the words of its title and text that are
 * frequent in it and rare on the platform (TF-IDF over jieba's words). A real market's needs
 * and achievements carry no author keywords; these take their place in the scorer's shared
 * keywords and in 推荐理由, as whole words (热封, 复合膜) rather than bigram fragments.
 *
 * - Words: jieba's segmentation with its part-of-speech tags (the dictionary ships inside
 *   @node-rs/jieba; nothing is downloaded). Kept: nouns of every kind but place names, verb
 *   nouns, set phrases and abbreviations, Latin words, and words jieba's HMM found that its
 *   dictionary lacks (总磷, 农残). Dropped: one-character words, numbers, GENERIC_WORDS and
 *   GENERIC_BIGRAMS (寻求, 合作, 公司 …).
 * - Text: the title counts twice; the body without its boilerplate (stripBoilerplate: company
 *   introduction, business scope, contact lines, sales phrases).
 * - IDF: document frequencies of the words over the platform's open needs and achievements
 *   (WordStatistics, refreshed nightly with the BM25 statistics); before the first refresh,
 *   the general-corpus IDF that ships with jieba.
 */

/** Keywords extracted per listing (owners give 3–5; a few more, since some will be noise). */
export const EXTRACTED_KEYWORDS = 8;
/** Words in more than one listing in 20 are too common to be keywords… */
const MAX_DOCUMENT_SHARE = 1 / 20;
/** …unless in so few that a small platform's share says nothing (every word of 10 listings). */
const ALWAYS_RARE_DOCUMENTS = 2;
/** The same bound on an IDF from elsewhere (jieba's): ln 20. */
const MIN_IDF = Math.log(1 / MAX_DOCUMENT_SHARE);
/** Longest keyword kept, in characters: longer "words" are HMM runs across word boundaries. */
const MAX_KEYWORD_CHARS = 12;

const KEPT_TAGS = new Set(['n', 'nr', 'nrt', 'nt', 'nz', 'ng', 'vn', 'an', 'l', 'j', 'eng', 'x']);
const HAN = /\p{Script=Han}/u;
/**
 * Function characters: a word jieba's HMM made up ('x') or a set phrase ('l') that holds one is
 * a run across word boundaries or a colloquial phrase (老是, 是不是, 热封后, 很感兴趣), not a term.
 */
const FUNCTION_CHAR =
  /[的了是很想但后更对就也都把被在有会要能可没太还又才再么吗呢吧啊几这那我你他它们]/u;
const WORD = /^[\p{Script=Han}a-z][\p{Script=Han}a-z0-9+.-]*$/u;

/**
 * A file that ships inside @node-rs/jieba (its dictionary, 5 MB; its IDF table, 6 MB), read
 * when first needed rather than by every process that imports the matching lib.
 */
function jiebaFile(name: 'dict.txt' | 'idf.txt'): Buffer {
  return readFileSync(require.resolve(`@node-rs/jieba/${name}`));
}

let segmenter: Jieba | undefined;

/** jieba with its bundled dictionary, loaded once per process (about 0.3 s). */
function jieba(): Jieba {
  segmenter ??= Jieba.withDict(jiebaFile('dict.txt'));
  return segmenter;
}

/** Whether a word can be a keyword at all (before its weight is known). */
function isCandidate(word: string, tag: string): boolean {
  if (!KEPT_TAGS.has(tag)) return false;
  const chars = Array.from(word);
  if (chars.length < 2 || chars.length > MAX_KEYWORD_CHARS) return false;
  if (!WORD.test(word)) return false;
  // Unknown to the dictionary: only Han words (an 'x' is otherwise punctuation or a symbol).
  if (tag === 'x' && !HAN.test(word)) return false;
  if ((tag === 'x' || tag === 'l') && FUNCTION_CHAR.test(word)) return false;
  return !GENERIC_WORDS.has(word) && !GENERIC_BIGRAMS.has(word);
}

/** The candidate words of a text in order, normalised (NFKC, lower case), repeats kept. */
export function candidateWords(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  if (normalised.trim() === '') return [];
  return jieba()
    .tag(normalised, true)
    .filter((tagged) => isCandidate(tagged.word, tagged.tag))
    .map((tagged) => tagged.word);
}

/** What extraction reads of a listing. */
export interface KeywordSource {
  title: string;
  body: string;
}

/** A listing's candidate words: the title twice, then the body without boilerplate. */
export function listingWords(source: KeywordSource): string[] {
  const title = candidateWords(source.title);
  return [...title, ...title, ...candidateWords(stripBoilerplate(source.body))];
}

/** How rare a word is: the larger, the more a word says about the text that has it. */
export interface WordIdf {
  idf(word: string): number;
  /** Too common to be a keyword at all. */
  isCommon(word: string): boolean;
}

/**
 * Document frequencies of candidate words over the platform's open needs and achievements. A
 * word absent from the table is in at most one listing (the table keeps df ≥ 2).
 */
export class WordStatistics implements WordIdf {
  constructor(
    readonly documents: number,
    private readonly frequencies: ReadonlyMap<string, number>,
  ) {}

  idf(word: string): number {
    return Math.log(this.documents / this.documentFrequency(word));
  }

  isCommon(word: string): boolean {
    const df = this.documentFrequency(word);
    return df > ALWAYS_RARE_DOCUMENTS && df > this.documents * MAX_DOCUMENT_SHARE;
  }

  private documentFrequency(word: string): number {
    return Math.max(1, Math.min(this.frequencies.get(word) ?? 1, this.documents));
  }

  get words(): number {
    return this.frequencies.size;
  }
}

/** jieba's general-corpus IDF (shipped with it): what extraction uses before the first refresh. */
class BundledIdf implements WordIdf {
  private readonly table = new Map<string, number>();
  private readonly median: number;

  constructor() {
    const text = jiebaFile('idf.txt').toString('utf8');
    for (const line of text.split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space <= 0) continue;
      const value = Number(line.slice(space + 1));
      if (Number.isFinite(value)) this.table.set(line.slice(0, space), value);
    }
    const values = [...this.table.values()].sort((a, b) => a - b);
    this.median = values.length > 0 ? values[Math.floor(values.length / 2)] : MIN_IDF;
  }

  idf(word: string): number {
    return this.table.get(word) ?? this.median;
  }

  isCommon(word: string): boolean {
    return this.idf(word) < MIN_IDF;
  }
}

let bundled: BundledIdf | undefined;

/**
 * The bundled IDF, parsed on first use (about 0.5 s and 60 MB of heap, once per process; only
 * until the platform's first refresh).
 */
export function bundledWordIdf(): WordIdf {
  bundled ??= new BundledIdf();
  return bundled;
}

/**
 * The `limit` words of the listing with the highest TF × IDF, best first, each once; words
 * too common on the platform (in more than one listing in 20) never. Deterministic: ties go to the earlier word.
 */
export function extractKeywords(
  source: KeywordSource,
  idf: WordIdf,
  limit: number = EXTRACTED_KEYWORDS,
): string[] {
  const words = listingWords(source);
  const tf = new Map<string, number>();
  for (const word of words) tf.set(word, (tf.get(word) ?? 0) + 1);
  const scored: { word: string; weight: number; order: number }[] = [];
  let order = 0;
  for (const [word, count] of tf) {
    if (idf.isCommon(word)) continue;
    scored.push({ word, weight: count * idf.idf(word), order: order++ });
  }
  scored.sort((a, b) => b.weight - a.weight || a.order - b.order);
  // A word inside a heavier keyword adds nothing to it (复合膜 over 复合).
  const kept: string[] = [];
  for (const { word } of scored) {
    if (kept.length >= limit) break;
    if (kept.some((other) => other.includes(word))) continue;
    kept.push(word);
  }
  return kept;
}
