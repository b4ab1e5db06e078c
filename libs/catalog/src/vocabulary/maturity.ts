import type { Label } from './cooperation-modes';

/**
 * 成熟度: technology readiness levels (TRL 1–9, as in GB/T 22900 and the NASA/EU scales) and the
 * stages Chinese listings commonly use instead, each mapped to a TRL range.
 */

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type Trl = (typeof TRL_LEVELS)[number];

export const MIN_TRL: Trl = 1;
export const MAX_TRL: Trl = 9;

export const TRL_LABELS: Readonly<Record<Trl, Label>> = Object.freeze({
  1: { zh: '发现基本原理并形成报告', en: 'Basic principles observed and reported' },
  2: { zh: '形成技术概念或应用设想', en: 'Technology concept or application formulated' },
  3: {
    zh: '关键功能和特性通过实验验证（概念验证）',
    en: 'Critical function proven experimentally (proof of concept)',
  },
  4: { zh: '实验室环境中的部件或原理样机验证', en: 'Component validated in a laboratory' },
  5: { zh: '相关环境中的部件或样机验证', en: 'Component validated in a relevant environment' },
  6: {
    zh: '相关环境中的系统或原型演示',
    en: 'System or prototype demonstrated in a relevant environment',
  },
  7: {
    zh: '实际使用环境中的原型系统演示',
    en: 'System prototype demonstrated in an operational environment',
  },
  8: { zh: '系统完成并通过试验验证', en: 'Actual system completed and qualified' },
  9: { zh: '系统在实际应用中得到验证（产业化）', en: 'Actual system proven in operation' },
});

export const MATURITY_STAGE_KEYS = [
  'in_research',
  'sample',
  'lab_trial',
  'pilot_trial',
  'mass_production',
] as const;
export type MaturityStageKey = (typeof MATURITY_STAGE_KEYS)[number];

export interface MaturityStage {
  key: MaturityStageKey;
  zh: string;
  en: string;
  minTrl: Trl;
  maxTrl: Trl;
}

/**
 * Ordered from least to most mature; this order is the stage rank. Ranges overlap at TRL 5
 * (已有样品 / 通过小试) and TRL 6 (通过小试 / 通过中试), as they do in practice.
 */
export const MATURITY_STAGES: readonly Readonly<MaturityStage>[] = Object.freeze([
  { key: 'in_research', zh: '正在研发', en: 'In research', minTrl: 1, maxTrl: 3 },
  { key: 'sample', zh: '已有样品', en: 'Sample available', minTrl: 4, maxTrl: 5 },
  { key: 'lab_trial', zh: '通过小试', en: 'Lab-scale trial passed', minTrl: 5, maxTrl: 6 },
  { key: 'pilot_trial', zh: '通过中试', en: 'Pilot-scale trial passed', minTrl: 6, maxTrl: 7 },
  {
    key: 'mass_production',
    zh: '可以量产/产业化',
    en: 'Ready for mass production / industrialised',
    minTrl: 8,
    maxTrl: 9,
  },
] satisfies MaturityStage[]);

export function isTrl(value: unknown): value is Trl {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= MIN_TRL && value <= MAX_TRL
  );
}

export function isMaturityStageKey(value: string): value is MaturityStageKey {
  return (MATURITY_STAGE_KEYS as readonly string[]).includes(value);
}

/**
 * The stage to show for a TRL. Where ranges overlap the most mature (highest-ranked) stage that
 * contains the level wins, so TRL 5 → 通过小试 and TRL 6 → 通过中试; overall 1–3 正在研发,
 * 4 已有样品, 5 通过小试, 6–7 通过中试, 8–9 可以量产/产业化. Throws RangeError outside 1–9.
 */
export function stageForTrl(trl: number): Readonly<MaturityStage> {
  if (!isTrl(trl)) {
    throw new RangeError(`stageForTrl: TRL must be an integer from 1 to 9, got ${trl}`);
  }
  for (let i = MATURITY_STAGES.length - 1; i >= 0; i--) {
    const stage = MATURITY_STAGES[i];
    if (trl >= stage.minTrl && trl <= stage.maxTrl) return stage;
  }
  // The stages cover 1–9 without gaps, so this is unreachable.
  throw new RangeError(`stageForTrl: no stage covers TRL ${trl}`);
}

/** Inclusive TRL range of a stage, e.g. for filtering listings by a stage. */
export function trlRangeForStage(key: MaturityStageKey): { minTrl: Trl; maxTrl: Trl } {
  const stage = MATURITY_STAGES.find((s) => s.key === key);
  if (!stage) throw new RangeError(`trlRangeForStage: unknown maturity stage "${String(key)}"`);
  return { minTrl: stage.minTrl, maxTrl: stage.maxTrl };
}
