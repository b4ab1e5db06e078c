import { BM25_B, BM25_K1, Bm25Features, bestScore, TermStatistics } from './bm25';

/**
 * Candidate retrieval by BM25 over every document (libs/matching/src/entities/term-posting.entity.ts):
 * what a document stores per term, and which terms of a query are looked up.
 *
 * Measured on the market corpus's dev split (`npm run eval:matching`): Meilisearch queries
 * recalled 0.91 of the judged-relevant achievements within the matcher's top 50 even with 1,000
 * hits per query, because a relaxed multi-word query returns the documents that share *most*
 * query words rather than the rare ones; BM25 over every achievement recalls 0.995. Looking up
 * the query's 48 heaviest terms (frequency × IDF) that occur in at most a tenth of the
 * documents, and rescoring the best 150 with the full BM25, loses almost nothing (0.993).
 *
 * What keeps a lookup fast at 200k listings (bench `--only matching`) is bounding the rows it
 * reads: each listing stores only its heaviest terms (a document's terms by impact × IDF, what
 * they can add to any query's score; a need's by its weight), and a lookup reads each term's
 * postings highest impact first, at most `postingsPerTerm` of them (score-at-a-time over
 * impact-ordered lists: the documents a term adds most to come first).
 */
export const RETRIEVAL = {
  /** Query terms looked up, heaviest first. */
  maxQueryTerms: 48,
  /**
   * Rare terms (in at most this share of the documents, and at least in 2) are looked up
   * besides the heaviest, up to maxRareTerms of them: each reads that few postings, and a long
   * colloquial need has so many bigrams in one or two documents (底浪, 撒下, 上进) that they took
   * every one of the 48 places, leaving out the words that find its answer (金鱼 in five).
   * Market-hard dev split Recall@50 0.842 → 0.912 (BM25 over every document: 0.921); 32 rare
   * terms found what 160 did on every dev split, at a fraction of the lookup's work.
   */
  rareShare: 0.001,
  maxRareTerms: 32,
  /** Terms in more documents than this share are neither stored nor looked up… */
  maxDocumentShare: 0.1,
  /**
   * …unless they are in at most this many: on a young platform (under 200 achievements) a tenth
   * is a handful, yet a term two or three listings share (锂离子电池) is what relates them, and
   * Meilisearch's title query alone does not find them (the lookup reads little there anyway).
   */
  alwaysRetrievableDocuments: 20,
  /** Documents handed to the scorer. */
  candidates: 150,
  /** Terms stored per listing, heaviest first (see documentImpacts and queryPostings). */
  postingsPerListing: 128,
  /** Postings read per looked-up term, highest impact first. */
  postingsPerTerm: 1_000,
};

export interface WeightedTerm {
  term: string;
  weight: number;
}

/** Whether a term is rare enough to be indexed and looked up (always, before any statistics). */
function retrievable(term: string, stats: TermStatistics): boolean {
  return (
    stats.documents === 0 ||
    stats.documentFrequency(term) <=
      Math.max(RETRIEVAL.alwaysRetrievableDocuments, RETRIEVAL.maxDocumentShare * stats.documents)
  );
}

/** A term so rare that looking it up costs next to nothing (see RETRIEVAL.rareShare). */
function isRare(term: string, stats: TermStatistics): boolean {
  if (stats.documents === 0) return false;
  return stats.documentFrequency(term) <= Math.max(2, RETRIEVAL.rareShare * stats.documents);
}

/** Heaviest first by `heft`, ties by term (deterministic), at most `limit`. */
function heaviest(
  postings: readonly WeightedTerm[],
  heft: (posting: WeightedTerm) => number,
  limit: number,
): WeightedTerm[] {
  return postings
    .map((posting) => ({ posting, heft: heft(posting) }))
    .sort(
      (x, y) =>
        y.heft - x.heft ||
        (x.posting.term < y.posting.term ? -1 : x.posting.term > y.posting.term ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ posting }) => posting);
}

/**
 * A document's postings: its retrievable terms with their saturated, length-normalised
 * frequencies, the RETRIEVAL.postingsPerListing heaviest by impact × IDF (what each can add to
 * any query's score; the terms left out are the document's commonest).
 */
export function documentImpacts(doc: Bm25Features, stats: TermStatistics): WeightedTerm[] {
  const b = stats.averageLength > 0 ? BM25_B : 0;
  const norm = BM25_K1 * (1 - b + (b * doc.length) / Math.max(1, stats.averageLength));
  const impacts: WeightedTerm[] = [];
  for (const [term, tf] of doc.tf) {
    if (!retrievable(term, stats)) continue;
    impacts.push({ term, weight: (tf * (BM25_K1 + 1)) / (tf + norm) });
  }
  return heaviest(impacts, (p) => p.weight * stats.idf(p.term), RETRIEVAL.postingsPerListing);
}

/**
 * The terms a query looks up with their weights (frequency in the query × IDF): the
 * RETRIEVAL.maxQueryTerms heaviest of its common terms, then up to RETRIEVAL.maxRareTerms rare
 * ones, heaviest first in each group: Σ weight × impact over a document's postings is its BM25
 * score restricted to these terms (and to the document's stored terms).
 */
export function queryWeights(query: Bm25Features, stats: TermStatistics): WeightedTerm[] {
  const rare: WeightedTerm[] = [];
  const weights: WeightedTerm[] = [];
  for (const [term, q] of query.tf) {
    if (!retrievable(term, stats)) continue;
    const weighted = { term, weight: q * stats.idf(term) };
    if (isRare(term, stats)) rare.push(weighted);
    else weights.push(weighted);
  }
  return [
    ...heaviest(weights, (w) => w.weight, RETRIEVAL.maxQueryTerms),
    ...heaviest(rare, (w) => w.weight, RETRIEVAL.maxRareTerms),
  ];
}

/**
 * The reverse direction, an achievement looking for needs: a need's postings are its
 * retrievable query terms, each with frequency × IDF over `bestScore` (Σ frequency × IDF × (k1 + 1)
 * over its QUERY_CORE_TERMS heaviest terms, what bm25's ratio divides by), so Σ achievement impact × need posting over
 * the terms they share is the need's BM25 ratio for that achievement, as the scorer ranks it.
 * The RETRIEVAL.postingsPerListing heaviest are kept.
 */
export function queryPostings(query: Bm25Features, stats: TermStatistics): WeightedTerm[] {
  const best = bestScore(query, stats);
  if (best === 0) return [];
  const postings: WeightedTerm[] = [];
  for (const [term, q] of query.tf) {
    if (retrievable(term, stats)) postings.push({ term, weight: (q * stats.idf(term)) / best });
  }
  return heaviest(postings, (p) => p.weight, RETRIEVAL.postingsPerListing);
}

/**
 * The terms an achievement looks up among needs' postings, weighted by its impacts: the heaviest
 * by impact × IDF (what they can add to a need's ratio), at most RETRIEVAL.maxQueryTerms.
 */
export function documentLookup(doc: Bm25Features, stats: TermStatistics): WeightedTerm[] {
  return heaviest(
    documentImpacts(doc, stats),
    (p) => p.weight * stats.idf(p.term),
    RETRIEVAL.maxQueryTerms,
  );
}
