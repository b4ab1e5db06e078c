import { stripBoilerplate } from './boilerplate';
import { GENERIC_BIGRAMS } from './generic-terms';

/**
 * BM25 text relevance of a need (the query) to an achievement (the document), with document
 * frequencies from the platform's own listings (TermStatistics, refreshed by the nightly
 * recompute). Terms are character bigrams that never cross punctuation or spaces (Chinese has no
 * spaces; bigrams are what a word-free index of it reads), a one-character piece being itself.
 * - Query: the need's title, keywords and description (boilerplate stripped), each term with its
 *   frequency, so what the text says several times weighs more.
 * - Document: title and keywords twice, then the body (boilerplate stripped): BM25F-style field
 *   weights by repetition.
 */

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

const NOT_WORD = /[^\p{L}\p{N}]+/u;

export function bm25Terms(text: string): string[] {
  const pieces = text.normalize('NFKC').toLowerCase().split(NOT_WORD);
  const terms: string[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    const chars = Array.from(piece);
    if (chars.length === 1) terms.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
  }
  return terms;
}

function counts(terms: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

export interface Bm25Source {
  title: string;
  keywords: readonly string[];
  body: string;
}

/** The terms of a listing read as a document (what TermStatistics counts). */
export function documentTerms(source: Bm25Source): string[] {
  const heading = bm25Terms([source.title, ...source.keywords].join('，'));
  return [...heading, ...heading, ...bm25Terms(stripBoilerplate(source.body))];
}

/**
 * The terms of a listing read as a query, without the generic bigrams of technical writing
 * (技术, 方案, 问题 …: a need's request words would otherwise match every achievement a little).
 */
export function queryTerms(source: Bm25Source): string[] {
  return queryTermsOf(queryText(source));
}

/** What a listing says as a query: title, keywords and the body without boilerplate. */
export function queryText(source: Bm25Source): string {
  return [source.title, ...source.keywords, stripBoilerplate(source.body)].join('，');
}

/** The query terms of a queryText. */
export function queryTermsOf(text: string): string[] {
  return bm25Terms(text).filter((term) => !GENERIC_BIGRAMS.has(term));
}

export interface Bm25Features {
  tf: ReadonlyMap<string, number>;
  length: number;
  /**
   * Query terms added by thesaurus expansion (thesaurus.ts): they add to a document's score but
   * not to the best a document could score, so a need's ratio is not lowered by words it never
   * wrote.
   */
  expanded?: ReadonlySet<string>;
}

export function bm25Features(terms: readonly string[]): Bm25Features {
  return { tf: counts(terms), length: terms.length };
}

/**
 * Document frequencies of the listings of one kind. A term absent from the table occurs in at
 * most one document (the table keeps df ≥ 2), so a document that has it is that one: df 1.
 * Without statistics (a new platform, before the first refresh) every term weighs alike and
 * lengths are not normalised.
 */
export class TermStatistics {
  constructor(
    readonly documents: number,
    readonly averageLength: number,
    private readonly frequencies: ReadonlyMap<string, number>,
  ) {}

  static readonly EMPTY = new TermStatistics(0, 0, new Map());

  documentFrequency(term: string): number {
    return this.frequencies.get(term) ?? 1;
  }

  idf(term: string): number {
    if (this.documents === 0) return 1;
    const df = Math.min(this.documentFrequency(term), this.documents);
    return Math.log(1 + (this.documents - df + 0.5) / (df + 0.5));
  }

  get terms(): number {
    return this.frequencies.size;
  }
}

/**
 * Query terms whose weights make up the best score a document could reach: the heaviest (by
 * frequency × IDF) this many. A long posting (a company introduction, several problems, colloquial
 * words) has far more terms than any answer can share; dividing by all of them put the best
 * answer's ratio at 0.02–0.05 and its 匹配度 under every threshold, so real needs matched nothing.
 */
export const QUERY_CORE_TERMS = 16;

interface WeighedQuery {
  stats: TermStatistics;
  /** Each query term with its frequency × IDF. */
  terms: { term: string; weight: number }[];
  /** What a document containing the query's core terms, saturating, would score. */
  best: number;
}

/** The query side of bm25, computed once per query and statistics (one need, many documents). */
const weighedQueries = new WeakMap<Bm25Features, WeighedQuery>();

function weighedQuery(query: Bm25Features, stats: TermStatistics): WeighedQuery {
  const cached = weighedQueries.get(query);
  if (cached?.stats === stats) return cached;
  const terms: WeighedQuery['terms'] = [];
  for (const [term, q] of query.tf) terms.push({ term, weight: q * stats.idf(term) });
  const best = terms
    .filter((t) => !query.expanded?.has(t.term))
    .map((t) => t.weight * (BM25_K1 + 1))
    .sort((x, y) => y - x)
    .slice(0, QUERY_CORE_TERMS)
    .reduce((sum, w) => sum + w, 0);
  const weighed = { stats, terms, best };
  weighedQueries.set(query, weighed);
  return weighed;
}

/** The best a document could score on this query: its core terms all present, saturating. */
export function bestScore(query: Bm25Features, stats: TermStatistics): number {
  return weighedQuery(query, stats).best;
}

/**
 * BM25 of a query against a document, and its ratio to the best a document could score on the
 * query's core terms (bestScore), at most 1, so the ratio is comparable across needs: 0–1.
 */
export function bm25(
  query: Bm25Features,
  doc: Bm25Features,
  stats: TermStatistics,
): { score: number; ratio: number; matched: string[] } {
  const b = stats.averageLength > 0 ? BM25_B : 0;
  const norm = BM25_K1 * (1 - b + (b * doc.length) / Math.max(1, stats.averageLength));
  const { terms, best } = weighedQuery(query, stats);
  let score = 0;
  const matched: { term: string; weight: number }[] = [];
  for (const { term, weight: queryWeight } of terms) {
    const tf = doc.tf.get(term);
    if (!tf) continue;
    const weight = (queryWeight * tf * (BM25_K1 + 1)) / (tf + norm);
    score += weight;
    matched.push({ term, weight });
  }
  matched.sort((x, y) => y.weight - x.weight);
  return {
    score,
    ratio: best > 0 ? Math.min(1, score / best) : 0,
    matched: matched.map((m) => m.term),
  };
}

/**
 * The phrases of `text` made of matched terms (runs of overlapping matched bigrams: 热封 + 封复
 * + 复合 → 热封复合), heaviest first by their heaviest term, each once; for 推荐理由.
 */
export function matchedPhrases(text: string, matched: readonly string[], limit: number): string[] {
  const rank = new Map(matched.map((term, i) => [term, i]));
  const phrases = new Map<string, number>();
  for (const { chars, bigrams } of textPieces(text)) {
    let start = -1;
    let best = Infinity;
    const close = (end: number) => {
      if (start < 0) return;
      const phrase = chars.slice(start, end + 1).join('');
      phrases.set(phrase, Math.min(phrases.get(phrase) ?? Infinity, best));
      start = -1;
      best = Infinity;
    };
    for (let i = 0; i < bigrams.length; i++) {
      const r = rank.get(bigrams[i]);
      if (r === undefined) {
        close(i);
        continue;
      }
      if (start < 0) start = i;
      best = Math.min(best, r);
    }
    close(chars.length - 1);
  }
  return [...phrases]
    .sort((x, y) => x[1] - y[1])
    .map(([phrase]) => phrase)
    .filter((phrase, i, all) => !all.some((other, j) => j < i && other.includes(phrase)))
    .slice(0, limit);
}

/** One run of a text between punctuation: its characters and its bigrams (bigram i = chars i, i + 1). */
interface TextPiece {
  chars: string[];
  bigrams: string[];
}

/**
 * Texts whose pieces are kept: a need's phrases are looked for in every achievement it is
 * scored against, and cutting its text again for each pair was a tenth of the scoring time.
 */
const PIECES_KEPT = 1_000;
const piecesOfText = new Map<string, TextPiece[]>();

function textPieces(text: string): TextPiece[] {
  let pieces = piecesOfText.get(text);
  if (!pieces) {
    pieces = text
      .normalize('NFKC')
      .toLowerCase()
      .split(NOT_WORD)
      .map((piece) => {
        const chars = Array.from(piece);
        return { chars, bigrams: chars.slice(1).map((char, i) => chars[i] + char) };
      });
    if (piecesOfText.size >= PIECES_KEPT) piecesOfText.clear();
    piecesOfText.set(text, pieces);
  }
  return pieces;
}
