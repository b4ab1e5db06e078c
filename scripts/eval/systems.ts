import { INestApplicationContext } from '@nestjs/common';
import { MatchFinder } from '@rongtong/matching';
import { LISTING_INDEX, SearchClient } from '@rongtong/search';
import { Bm25Index, NAIVE_BM25, TEXTBOOK_BM25 } from './bm25';
import type { CorpusNeed, EvaluationCorpus } from './corpus-format';
import type { LoadedCorpus } from './corpus-loader';
import {
  readWordVectors,
  WORD_VECTORS_CACHE,
  wordVectorsFile,
  WordVectorSimilarity,
} from './word-vectors';
import { join } from 'node:path';
import { repoRoot } from '../cli-support';

/** Candidates asked of every system: Recall@50 needs 50. */
export const RANKING_DEPTH = 50;

/**
 * `baseline` is the reference: the need's title as a plain Meilisearch query.
 * `baseline-keywords` puts the need's keywords before its title in the query, to show how much of a difference
 * comes from using the keywords at all rather than from the matcher's scoring.
 */
export const SYSTEMS = [
  'matcher',
  'matcher-word-vectors',
  'bm25',
  'bm25-naive',
  'baseline',
  'baseline-keywords',
] as const;
export type SystemName = (typeof SYSTEMS)[number];
/** Every system but the word-vector re-ranker, whose vectors are a 49 MB download. */
export const DEFAULT_SYSTEMS: readonly SystemName[] = SYSTEMS.filter(
  (system) => system !== 'matcher-word-vectors',
);

/**
 * Weight of the word-vector cosine beside the matcher's score over the need's best: the best of
 * 0, 0.2, 0.4, 0.6, 0.8 on the market-hard dev split (0.742 → 0.772 nDCG@10).
 */
export const WORD_VECTOR_WEIGHT = 0.4;

export const SYSTEM_LABELS: Record<SystemName, string> = {
  matcher: 'matcher (MatchFinder.findCandidates)',
  'matcher-word-vectors': 'matcher re-ranked with word vectors (node-synonyms, evaluation only)',
  bm25: 'BM25, char bigrams (k1 1.2, b 0.75, need TF, title ×2 + abstract)',
  'bm25-naive': 'BM25, each query term once, bigrams across punctuation',
  baseline: 'baseline (Meilisearch, need title)',
  'baseline-keywords': 'baseline (Meilisearch, keywords + title)',
};

export interface SystemRun {
  system: SystemName;
  /** Need corpus id → achievement corpus ids, best first. */
  rankings: Map<string, string[]>;
  /** Wall time per need, ms. */
  latenciesMs: number[];
  /** Needs the system failed on (ranked as empty), with the message. */
  errors: { needId: string; message: string }[];
  /**
   * The matcher only: each ranked candidate's 匹配度 and text points, in ranking order, so the
   * report can show which pairs the persistence and notification thresholds would keep.
   */
  scores?: Map<string, CandidateScore[]>;
}

/** What decides whether a pair is stored and notified (MATCH_CONFIG.persistence). */
export interface CandidateScore {
  score: number;
  textPoints: number;
}

/** The ids it ranked, and for the matcher the scores behind them. */
interface Ranked {
  ids: string[];
  scores?: CandidateScore[];
}

/** Returns listing ids (systems of the product) or corpus ids (in-memory systems), best first. */
type Ranker = (need: CorpusNeed, listingId: string) => Promise<Ranked>;

/** The product's matcher, need → achievements only, as the issue asks. */
function matcherRanker(app: INestApplicationContext): Ranker {
  const finder = app.get(MatchFinder);
  return async (_need, listingId) => {
    const candidates = await finder.findCandidates('need', listingId, {
      limit: RANKING_DEPTH,
      counterpartKinds: ['achievement'],
    });
    return {
      ids: candidates.map((c) => c.counterpartId),
      scores: candidates.map((c) => ({
        score: c.score,
        textPoints: c.reasons.find((reason) => reason.kind === 'text')?.contribution ?? 0,
      })),
    };
  };
}

/**
 * The matcher's candidates re-ranked by 匹配度 over the need's best plus WORD_VECTOR_WEIGHT × the
 * cosine of IDF-weighted mean word vectors (scripts/eval/word-vectors.ts). Evaluation only.
 */
function wordVectorRanker(
  app: INestApplicationContext,
  corpus: EvaluationCorpus,
  loaded: LoadedCorpus,
): Ranker {
  const finder = app.get(MatchFinder);
  const vectors = readWordVectors(wordVectorsFile(join(repoRoot(__dirname), WORD_VECTORS_CACHE)));
  const similarity = new WordVectorSimilarity(vectors, corpus.achievements);
  return async (need, listingId) => {
    const candidates = await finder.findCandidates('need', listingId, {
      limit: RANKING_DEPTH,
      counterpartKinds: ['achievement'],
    });
    const best = Math.max(1, ...candidates.map((c) => c.score));
    const query = similarity.embedText(`${need.title}\n${need.description}`);
    const rescored = candidates.map((c, rank) => ({
      id: c.counterpartId,
      rank,
      value:
        c.score / best +
        WORD_VECTOR_WEIGHT *
          similarity.similarity(query, loaded.achievementIds.get(c.counterpartId) ?? ''),
    }));
    rescored.sort((a, b) => b.value - a.value || a.rank - b.rank);
    return { ids: rescored.map((r) => r.id) };
  };
}

/** A plain Meilisearch query of the achievements index with the need's title (and keywords). */
function baselineRanker(app: INestApplicationContext, withKeywords: boolean): Ranker {
  const search = app.get(SearchClient);
  const index = search.client.index(search.indexName(LISTING_INDEX.achievement));
  return async (need) => {
    // Keywords first: with Meilisearch's default `last` strategy, trailing words are dropped first.
    const q = withKeywords ? [...need.keywords, need.title].join(' ') : need.title;
    const result = await index.search(q, {
      limit: RANKING_DEPTH,
      attributesToRetrieve: ['id'],
    });
    return { ids: result.hits.map((hit) => String(hit.id)) };
  };
}

/** BM25 over the corpus's achievements in memory (scripts/eval/bm25.ts): corpus ids. */
function bm25Ranker(corpus: EvaluationCorpus, naive: boolean): Ranker {
  const index = new Bm25Index(corpus.achievements, naive ? NAIVE_BM25 : TEXTBOOK_BM25);
  return (need) =>
    Promise.resolve({
      ids: index.search(`${need.title}\n${need.description}`, RANKING_DEPTH).map((hit) => hit.id),
    });
}

function rankerFor(
  system: SystemName,
  app: INestApplicationContext,
  corpus: EvaluationCorpus,
  loaded: LoadedCorpus,
): Ranker {
  switch (system) {
    case 'matcher':
      return matcherRanker(app);
    case 'matcher-word-vectors':
      return wordVectorRanker(app, corpus, loaded);
    case 'bm25':
    case 'bm25-naive':
      return bm25Ranker(corpus, system === 'bm25-naive');
    case 'baseline':
    case 'baseline-keywords':
      return baselineRanker(app, system === 'baseline-keywords');
  }
}

/** Runs one system over the needs, one at a time (latency is per need, not under load). */
export async function runSystem(
  system: SystemName,
  app: INestApplicationContext,
  needs: readonly CorpusNeed[],
  corpus: EvaluationCorpus,
  loaded: LoadedCorpus,
  progress: (done: number) => void = () => undefined,
): Promise<SystemRun> {
  const rank = rankerFor(system, app, corpus, loaded);
  const corpusIds = new Set(corpus.achievements.map((a) => a.id));
  const run: SystemRun = { system, rankings: new Map(), latenciesMs: [], errors: [] };
  for (const need of needs) {
    const listingId = loaded.needListingIds.get(need.id)!;
    const started = performance.now();
    try {
      const { ids: listingIds, scores } = await rank(need, listingId);
      run.latenciesMs.push(performance.now() - started);
      if (scores) (run.scores ??= new Map()).set(need.id, scores);
      // Anything that is not a corpus achievement (another kind, a stray id) cannot be relevant.
      run.rankings.set(
        need.id,
        listingIds.map(
          (id) =>
            loaded.achievementIds.get(id) ?? (corpusIds.has(id) ? id : `(not in corpus) ${id}`),
        ),
      );
    } catch (error) {
      run.errors.push({ needId: need.id, message: (error as Error).message });
      run.rankings.set(need.id, []);
    }
    progress(run.rankings.size);
  }
  return run;
}
