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

export const SCATTERINGS = ['structure'] as const;
export type Scattering = (typeof SCATTERINGS)[number];

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

/**
 * Where the scattered listings are: district codes of 12 provincial capitals and industrial
 * cities (GB/T 2260), so pairs fall in the same city, the same province or neither.
 */
const SCATTER_REGIONS = [
  '110108', // 北京市海淀区
  '310104', // 上海市徐汇区
  '330106', // 杭州市西湖区
  '330203', // 宁波市海曙区
  '320102', // 南京市玄武区
  '320505', // 苏州市虎丘区
  '420111', // 武汉市洪山区
  '440106', // 广州市天河区
  '510107', // 成都市武侯区
  '610113', // 西安市雁塔区
  '340111', // 合肥市包河区
  '370102', // 济南市历下区
] as const;

/** Maturity stages as real markets state them (the loader maps them to TRL). */
const SCATTER_STAGES = ['正在研发', '已有样品', '通过小试', '通过中试', '可以量产'] as const;

/** Cooperation modes as real markets label them. */
const SCATTER_MODES = ['技术转让', '技术许可', '作价入股', '合作开发', '技术服务与咨询'] as const;

/** A number in [0, 1) from an id and a purpose, stable across runs and machines. */
function draw(id: string, purpose: string): number {
  const hash = createHash('sha256').update(`rongtong-eval-scatter:${purpose}:${id}`).digest();
  return hash.readUInt32BE(0) / 2 ** 32;
}

function pick<T>(values: readonly T[], id: string, purpose: string): T {
  return values[Math.floor(draw(id, purpose) * values.length)];
}

/** One to `max` distinct values, drawn by the id. */
function pickSome<T>(values: readonly T[], id: string, purpose: string, max: number): T[] {
  const count = 1 + Math.floor(draw(id, `${purpose}:count`) * max);
  return [...values]
    .map((value, i) => ({ value, order: draw(id, `${purpose}:${i}`) }))
    .sort((x, y) => x.order - y.order)
    .slice(0, count)
    .map(({ value }) => value);
}

/**
 * Gives every listing the structured fields a real market's listings carry, drawn from a hash of
 * its id and so independent of relevance: achievements a region, a maturity stage and one to three
 * transfer modes; needs a region (kept where the corpus has one), cooperation modes on half of
 * them and a desired maturity on a third. Judgements say only whether an achievement addresses
 * the need, so a matcher whose structured signals re-rank only among text-relevant candidates
 * should lose little here; one that lets region or modes outweigh relevance loses a lot.
 */
export function scatterStructure(corpus: EvaluationCorpus): EvaluationCorpus {
  return {
    ...corpus,
    needs: corpus.needs.map((n) => ({
      ...n,
      region: n.region ?? pick(SCATTER_REGIONS, n.id, 'region'),
      cooperationModes:
        n.cooperationModes.length > 0 || draw(n.id, 'has-modes') >= 0.5
          ? n.cooperationModes
          : pickSome(SCATTER_MODES, n.id, 'modes', 2),
      desiredTrl:
        n.desiredTrl ??
        (draw(n.id, 'has-trl') < 1 / 3 ? pick(SCATTER_STAGES, n.id, 'trl') : undefined),
    })),
    achievements: corpus.achievements.map((a) => ({
      ...a,
      region: a.region ?? pick(SCATTER_REGIONS, a.id, 'region'),
      maturity: a.maturity ?? pick(SCATTER_STAGES, a.id, 'maturity'),
      transferModes:
        a.transferModes.length > 0 ? a.transferModes : pickSome(SCATTER_MODES, a.id, 'modes', 3),
    })),
  };
}
