/**
 * The reference lexical model (issue 11): textbook BM25 over character bigrams, computed
 * in memory over the corpus's achievements, independent of the product.
 *
 * - Tokens: lower-cased text split at every character that is neither a letter nor a digit
 *   (punctuation, spaces), then the character bigrams of each piece — a bigram never spans a
 *   punctuation mark. A one-character piece gives that character.
 * - Document: the achievement's title twice, then its abstract (keywords are not read).
 * - Query: the need's title and description, each term with its frequency in that text.
 * - Score: Σ_t qtf(t) · idf(t) · tf·(k1 + 1) / (tf + k1·(1 − b + b·|d| / avg|d|)), k1 = 1.2,
 *   b = 0.75, idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5)) with N and df from the achievements.
 *
 * The `naive` variant counts each query term once and lets bigrams run across punctuation (the
 * issue's third row): small details that move real-text quality a lot.
 */

export interface Bm25Options {
  k1: number;
  b: number;
  /** Count each distinct query term once instead of with its frequency. */
  distinctQueryTerms: boolean;
  /** Bigrams across punctuation and spaces (the whole text as one piece). */
  acrossPunctuation: boolean;
}

export const TEXTBOOK_BM25: Bm25Options = {
  k1: 1.2,
  b: 0.75,
  distinctQueryTerms: false,
  acrossPunctuation: false,
};

export const NAIVE_BM25: Bm25Options = {
  ...TEXTBOOK_BM25,
  distinctQueryTerms: true,
  acrossPunctuation: true,
};

const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Character bigrams of a text; see the module comment for where they stop. */
export function charBigrams(text: string, acrossPunctuation = false): string[] {
  const lower = text.toLowerCase();
  const pieces = acrossPunctuation
    ? [lower.split(NOT_WORD).join('')]
    : lower.split(NOT_WORD).filter((p) => p !== '');
  const grams: string[] = [];
  for (const piece of pieces) {
    const chars = [...piece];
    if (chars.length === 1) grams.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  }
  return grams;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

export interface Bm25Document {
  id: string;
  title: string;
  abstract: string;
}

/** An in-memory BM25 index over documents (title ×2 + abstract). */
export class Bm25Index {
  private readonly docs: { id: string; tf: Map<string, number>; length: number }[] = [];
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly avgLength: number;

  constructor(
    documents: readonly Bm25Document[],
    readonly options: Bm25Options = TEXTBOOK_BM25,
  ) {
    let total = 0;
    for (const d of documents) {
      const title = charBigrams(d.title, options.acrossPunctuation);
      const tokens = [...title, ...title, ...charBigrams(d.abstract, options.acrossPunctuation)];
      const tf = counts(tokens);
      const index = this.docs.length;
      this.docs.push({ id: d.id, tf, length: tokens.length });
      total += tokens.length;
      for (const [term, n] of tf) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc: index, tf: n });
        this.postings.set(term, list);
      }
    }
    this.avgLength = total / Math.max(1, this.docs.length);
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Document ids by descending score (ties by id), at most `limit`, score > 0 only. */
  search(query: string, limit: number): { id: string; score: number }[] {
    const { k1, b } = this.options;
    const qtf = counts(charBigrams(query, this.options.acrossPunctuation));
    const scores = new Map<number, number>();
    for (const [term, q] of qtf) {
      const list = this.postings.get(term);
      if (!list) continue;
      const weight = (this.options.distinctQueryTerms ? 1 : q) * this.idf(term);
      for (const { doc, tf } of list) {
        const norm = tf + k1 * (1 - b + (b * this.docs[doc].length) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (weight * tf * (k1 + 1)) / norm);
      }
    }
    return [...scores]
      .map(([doc, score]) => ({ id: this.docs[doc].id, score }))
      .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .slice(0, limit);
  }
}
