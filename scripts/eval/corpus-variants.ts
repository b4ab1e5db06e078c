import { createHash } from 'node:crypto';
import { IndustryCatalog } from '@rongtong/identity';
import type { EvaluationCorpus } from './corpus-format';

/**
 * Ablations that make any corpus look like a real technology market (issue 11): no keywords on
 * either side, needs' industries known only to the GB/T 4754 section, and a fixed split of the
 * needs into a tuning half and a half only evaluated on.
 */

export const ABLATIONS = ['keywords'] as const;
export type Ablation = (typeof ABLATIONS)[number];

export const COARSENINGS = ['section'] as const;
export type Coarsening = (typeof COARSENINGS)[number];

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** The share of needs in the dev split (tune here; report on test). */
export const DEV_SHARE = 0.4;

/** Every keyword of every need and achievement removed. */
export function ablateKeywords(corpus: EvaluationCorpus): EvaluationCorpus {
  return {
    ...corpus,
    needs: corpus.needs.map((n) => ({ ...n, keywords: [] })),
    achievements: corpus.achievements.map((a) => ({ ...a, keywords: [] })),
  };
}

/** Needs' industries cut to their section letter (C3411 → C); unknown codes are left alone. */
export function coarsenIndustry(corpus: EvaluationCorpus): EvaluationCorpus {
  const industries = IndustryCatalog.shared();
  return {
    ...corpus,
    needs: corpus.needs.map((n) =>
      n.industry === undefined
        ? n
        : { ...n, industry: industries.sectionOf(n.industry)?.code ?? n.industry },
    ),
  };
}

/** A need's split from its id alone (SHA-256), so it never changes as the corpus grows. */
export function splitOf(needId: string): Split {
  const hash = createHash('sha256').update(`rongtong-eval-split:${needId}`).digest();
  return hash.readUInt32BE(0) / 2 ** 32 < DEV_SHARE ? 'dev' : 'test';
}

export function inSplit(corpus: EvaluationCorpus, split: Split): EvaluationCorpus {
  return { ...corpus, needs: corpus.needs.filter((n) => splitOf(n.id) === split) };
}
