import { combinedTextFraction, MatchConfig } from './match-weights';
import { GENERIC_BIGRAMS } from '../text/generic-terms';
import { TextSource } from './match-profiles';
import {
  bm25,
  bm25Features,
  Bm25Features,
  documentTerms,
  matchedPhrases,
  TermStatistics,
} from '../text/bm25';
import { queryFeatures } from '../text/thesaurus';

/**
 * Text relevance of two listings without a search engine: weighted Han bigrams (and Latin
 * words) compared by cosine, plus the keywords either side names that the other's text
 * contains. Both parts are symmetric in their two arguments, so a need–achievement pair scores
 * the same whichever side computed it, and deterministic (no corpus statistics that change with
 * what else is indexed).
 */

/** A weighted bag of terms, L2-normalised. */
export type TermVector = ReadonlyMap<string, number>;

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[a-z][a-z0-9+.-]*[a-z0-9+]|[0-9]+[a-z]+[a-z0-9]*/g;

export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Han bigrams (never across a non-Han character) and Latin words of two or more characters. */
export function terms(text: string): string[] {
  const normalised = normaliseText(text);
  const out: string[] = [];
  for (const run of normalised.match(HAN_RUN) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i] + chars[i + 1];
      if (!GENERIC_BIGRAMS.has(bigram)) out.push(bigram);
    }
  }
  for (const word of normalised.match(LATIN_WORD) ?? []) out.push(word);
  return out;
}

/**
 * Title and keywords weigh more than the body; repeated terms count sub-linearly (square root),
 * so a long abstract that repeats a word does not drown a short need that names it once.
 */
export function termVector(source: TextSource, config: MatchConfig['text']): TermVector {
  const raw = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const term of terms(text)) raw.set(term, (raw.get(term) ?? 0) + weight);
  };
  add(source.title, config.titleWeight);
  for (const keyword of source.keywords) add(keyword, config.keywordWeight);
  add(source.body, config.bodyWeight);
  let norm = 0;
  const damped = new Map<string, number>();
  for (const [term, weight] of raw) {
    const value = Math.sqrt(weight);
    damped.set(term, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  if (norm === 0) return damped;
  for (const [term, value] of damped) damped.set(term, value / norm);
  return damped;
}

/** Cosine of two normalised vectors, 0–1; iterates the smaller one. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  return Math.min(1, Math.max(0, dot));
}

function fullText(source: TextSource): string {
  return normaliseText([source.title, source.keywords.join(' '), source.body].join(' '));
}

/** A keyword as compared (normalised, trimmed) and as shown (trimmed). */
interface PreparedKeyword {
  key: string;
  shown: string;
}

/** The keyword side of a text: where the other side's keywords are looked up, and its own. */
interface KeywordText {
  /** The normalised title, keywords and body. */
  text: string;
  /** The owner's keywords of at least two characters, in order. */
  keywords: PreparedKeyword[];
  /**
   * Keywords extracted from the text (text/keyword-extraction.ts) when the owner gave none,
   * best first: whole words that 推荐理由 can name. Not counted in the score: on the dev splits
   * (CSL without keywords, the market corpus) counting them lowered nDCG@10.
   */
  words: PreparedKeyword[];
}

function prepare(keywords: readonly string[]): PreparedKeyword[] {
  const prepared: PreparedKeyword[] = [];
  for (const keyword of keywords) {
    const shown = keyword.trim();
    const key = normaliseText(shown);
    if (Array.from(key).length >= 2) prepared.push({ key, shown });
  }
  return prepared;
}

/** The owner's keywords, and the extracted ones when the owner gave none. */
function preparedKeywords(source: TextSource): Pick<KeywordText, 'keywords' | 'words'> {
  return {
    keywords: prepare(source.keywords),
    words: source.keywords.length === 0 ? prepare(source.extractedKeywords ?? []) : [],
  };
}

function keywordText(source: TextSource): KeywordText {
  return { text: fullText(source), ...preparedKeywords(source) };
}

/**
 * What the similarity reads from one side, computed once per profile: normalising and
 * vectorising the same texts again for every pair dominated scoring a listing's candidates.
 */
export interface TextFeatures extends KeywordText {
  vector: TermVector;
  /** BM25 terms of the text read as a query (a need) and as a document (an achievement). */
  query: Bm25Features;
  document: Bm25Features;
}

/**
 * Each part is computed when it is first read: a candidate listing is read only as a BM25
 * document (an achievement) or query (a need), an organisation only as a vector, and computing
 * every part of every candidate was most of findCandidates' scoring time (bench `--only matching`).
 */
export function textFeatures(source: TextSource, config: MatchConfig['text']): TextFeatures {
  let text: string | undefined;
  let vector: TermVector | undefined;
  let query: Bm25Features | undefined;
  let document: Bm25Features | undefined;
  return {
    ...preparedKeywords(source),
    get text() {
      return (text ??= fullText(source));
    },
    get vector() {
      return (vector ??= termVector(source, config));
    },
    get query() {
      return (query ??= queryFeatures(source));
    },
    get document() {
      return (document ??= bm25Features(documentTerms(source)));
    },
  };
}

/**
 * Keywords of either side that the other side's text contains, each once (by normalised form),
 * `a`'s keywords first. The set does not depend on the order of the arguments.
 */
export function sharedKeywords(a: TextSource, b: TextSource): string[] {
  const left = keywordText(a);
  const right = keywordText(b);
  return sharedPrepared(left.keywords, left.text, right.keywords, right.text);
}

/**
 * Extracted keywords of either side that the other side's text contains (whole words both
 * texts have), each once, `a`'s first; symmetric like sharedKeywords.
 */
export function sharedWords(a: TextSource, b: TextSource): string[] {
  const left = keywordText(a);
  const right = keywordText(b);
  return sharedPrepared(left.words, left.text, right.words, right.text);
}

function sharedPrepared(
  aKeywords: readonly PreparedKeyword[],
  aText: string,
  bKeywords: readonly PreparedKeyword[],
  bText: string,
): string[] {
  const seen = new Set<string>();
  const shared: string[] = [];
  const consider = (keyword: PreparedKeyword, otherText: string) => {
    if (seen.has(keyword.key)) return;
    if (otherText.includes(keyword.key)) {
      seen.add(keyword.key);
      shared.push(keyword.shown);
    }
  };
  for (const keyword of aKeywords) consider(keyword, bText);
  for (const keyword of bKeywords) consider(keyword, aText);
  return shared;
}

function sharedPreparedKeywords(a: KeywordText, b: KeywordText): string[] {
  return sharedPrepared(a.keywords, a.text, b.keywords, b.text);
}

function sharedPreparedWords(a: KeywordText, b: KeywordText): string[] {
  return sharedPrepared(a.words, a.text, b.words, b.text);
}

export interface TextRelevance {
  /** 0–1: how much of the text weight applies. */
  fraction: number;
  /** Neither side named keywords: the similarity carries the whole text weight. */
  withoutKeywords: boolean;
  cosine: number;
  /** The owners' keywords either text contains: what the keyword part counts. */
  sharedKeywords: string[];
  /** Extracted keywords either text contains (whole words, for 推荐理由; not counted). */
  sharedWords: string[];
  /** Phrases of the need made of BM25 terms the achievement contains (need–achievement only). */
  matchedTerms?: string[];
}

/** Combines the bigram cosine and the shared keywords into one 0–1 relevance. */
export function textRelevance(
  a: TextSource,
  b: TextSource,
  config: MatchConfig['text'],
): TextRelevance {
  return featureRelevance(textFeatures(a, config), textFeatures(b, config), config);
}

/** textRelevance from features prepared once per profile. */
export function featureRelevance(
  a: TextFeatures,
  b: TextFeatures,
  config: MatchConfig['text'],
): TextRelevance {
  const similarity = cosine(a.vector, b.vector);
  const shared = sharedPreparedKeywords(a, b);
  const cosinePart = Math.min(1, similarity / config.cosineForFull);
  const withoutKeywords = a.keywords.length === 0 && b.keywords.length === 0;
  return {
    fraction: combinedTextFraction(cosinePart, shared.length, withoutKeywords, config),
    withoutKeywords,
    cosine: similarity,
    sharedKeywords: shared,
    sharedWords: sharedPreparedWords(a, b),
  };
}

/**
 * A need (the query) against an achievement (the document): BM25 with the platform's term
 * statistics in place of the cosine, saturating (ratio / (ratio + half)) so that it orders every
 * candidate and never ties at a cap; shared keywords as in featureRelevance.
 */
export function bm25Relevance(
  need: TextFeatures,
  achievement: TextFeatures,
  stats: TermStatistics,
  config: MatchConfig['text'],
): TextRelevance {
  const { ratio, matched } = bm25(need.query, achievement.document, stats);
  const shared = sharedPreparedKeywords(need, achievement);
  const words = sharedPreparedWords(need, achievement);
  const bm25Part = ratio / (ratio + config.bm25Half);
  const withoutKeywords = need.keywords.length === 0 && achievement.keywords.length === 0;
  return {
    fraction: combinedTextFraction(bm25Part, shared.length, withoutKeywords, config),
    withoutKeywords,
    cosine: ratio,
    sharedKeywords: shared,
    sharedWords: words,
    matchedTerms: matchedPhrases(need.text, matched.slice(0, 20), config.keywordsShown),
  };
}
