import { MatchConfig } from './match-weights';
import { TextSource } from './match-profiles';

/**
 * Text relevance of two listings without a search engine: weighted Han bigrams (and Latin
 * words) compared by cosine, plus the keywords either side names that the other's text
 * contains. Both parts are symmetric in their two arguments, so a need–achievement pair scores
 * the same whichever side computed it, and deterministic (no corpus statistics that change with
 * what else is indexed).
 */

/** A weighted bag of terms, L2-normalised. */
export type TermVector = ReadonlyMap<string, number>;

/**
 * Bigrams that appear in most technical Chinese texts and say nothing about the topic; they
 * would make every pair look a little similar. Kept short on purpose: only words that are
 * generic in needs, abstracts and challenges alike.
 */
const GENERIC_BIGRAMS = new Set(
  (
    '研究 技术 方法 一种 基于 进行 通过 采用 分析 提出 结果 表明 我们 本文 以及 具有 实现 ' +
    '可以 提高 利用 需要 希望 合作 我司 公司 企业 开发 目前 存在 主要 方面 能够 相关 有效 ' +
    '发展 情况 工作 要求 使用 问题 其中 同时 对于 由于 因此 并且 或者 不同 一定 以上 以下 ' +
    '解决 方案 产品 项目 单位 我们 显著 明显 达到 实验 试验 验证 成果 需求'
  ).split(/\s+/),
);

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
  /** Keywords of at least two characters, in order. */
  keywords: PreparedKeyword[];
}

function keywordText(source: TextSource): KeywordText {
  const keywords: PreparedKeyword[] = [];
  for (const keyword of source.keywords) {
    const shown = keyword.trim();
    const key = normaliseText(shown);
    if (Array.from(key).length >= 2) keywords.push({ key, shown });
  }
  return { text: fullText(source), keywords };
}

/**
 * What the similarity reads from one side, computed once per profile: normalising and
 * vectorising the same texts again for every pair dominated scoring a listing's candidates.
 */
export interface TextFeatures extends KeywordText {
  vector: TermVector;
}

export function textFeatures(source: TextSource, config: MatchConfig['text']): TextFeatures {
  return { vector: termVector(source, config), ...keywordText(source) };
}

/**
 * Keywords of either side that the other side's text contains, each once (by normalised form),
 * `a`'s keywords first. The set does not depend on the order of the arguments.
 */
export function sharedKeywords(a: TextSource, b: TextSource): string[] {
  return sharedPreparedKeywords(keywordText(a), keywordText(b));
}

function sharedPreparedKeywords(a: KeywordText, b: KeywordText): string[] {
  const seen = new Set<string>();
  const shared: string[] = [];
  const consider = (keyword: PreparedKeyword, otherText: string) => {
    if (seen.has(keyword.key)) return;
    if (otherText.includes(keyword.key)) {
      seen.add(keyword.key);
      shared.push(keyword.shown);
    }
  };
  for (const keyword of a.keywords) consider(keyword, b.text);
  for (const keyword of b.keywords) consider(keyword, a.text);
  return shared;
}

export interface TextRelevance {
  /** 0–1: how much of the text weight applies. */
  fraction: number;
  cosine: number;
  sharedKeywords: string[];
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
  const keywordPart = Math.min(1, shared.length / config.keywordsForFull);
  return {
    fraction: config.cosineShare * cosinePart + (1 - config.cosineShare) * keywordPart,
    cosine: similarity,
    sharedKeywords: shared,
  };
}
