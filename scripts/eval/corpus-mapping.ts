import {
  COOPERATION_MODES,
  isCooperationMode,
  isTrl,
  MATURITY_STAGES,
  MODE_LABELS,
} from '@rongtong/catalog';
import { IndustryCatalog, RegionCatalog } from '@rongtong/identity';
import type { CorpusAchievement, CorpusNeed } from './corpus-format';
import { nameBasedUuid } from '@rongtong/demo';

/**
 * How corpus records become listings. A missing value gets a default that is the same for every
 * record, so it shifts every candidate's score alike and leaves the ranking to what the corpus
 * does say (see scripts/eval/README.md).
 */
export const EVAL_DEFAULTS = {
  /** O 8090 其他居民服务业: no CSL discipline maps near it, so it earns no industry points. */
  industry: '8090',
  /** The SME's region (杭州市西湖区) and the university's (北京市海淀区): different provinces. */
  smeRegion: '330106',
  universityRegion: '110108',
  /** An achievement that states no maturity: 通过小试 (TRL 5), the middle of the scale. */
  trl: 5,
} as const;

type CooperationMode = (typeof COOPERATION_MODES)[number];

/** Stable listing ids: the same corpus id always gives the same UUID. */
const EVAL_NAMESPACE = '6f1c2a9e-4b7d-4e3a-8c21-5d9e0f7a3b64';
export function listingIdFor(kind: 'need' | 'achievement', corpusId: string): string {
  return nameBasedUuid(`rongtong-eval:${kind}:${corpusId}`, EVAL_NAMESPACE);
}

export interface MappingWarnings {
  add(message: string): void;
}

/** Warnings are counted per kind of problem; the first few are shown with their line. */
export class WarningLog implements MappingWarnings {
  readonly counts = new Map<string, { count: number; examples: string[] }>();

  add(message: string): void {
    const key = message.replace(/^[^:]+:\d+: /, '').replace(/"[^"]*"/g, '"…"');
    const entry = this.counts.get(key) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(message);
    this.counts.set(key, entry);
  }

  lines(): string[] {
    return [...this.counts.values()].map(
      ({ count, examples }) => `${count}× ${examples.join('; ')}${count > 3 ? '; …' : ''}`,
    );
  }
}

/** A GB/T 4754 code in either form (C3411 or 3411), stored as the product stores it. */
export function mapIndustry(
  code: string | undefined,
  at: string,
  warnings: MappingWarnings,
): string {
  if (code === undefined) return EVAL_DEFAULTS.industry;
  const industries = IndustryCatalog.shared();
  const found = industries.find(code);
  if (!found) {
    warnings.add(`${at}: industry "${code}" is not a GB/T 4754-2017 code; using the default`);
    return EVAL_DEFAULTS.industry;
  }
  return found.code;
}

/** A GB/T 2260 code; province or city prefixes (32, 3201) are widened to six digits. */
export function mapRegion(
  code: string | undefined,
  fallback: string,
  at: string,
  warnings: MappingWarnings,
): string {
  if (code === undefined) return fallback;
  const six = RegionCatalog.toSixDigits(code);
  if (!six || !RegionCatalog.shared().isValid(six)) {
    warnings.add(`${at}: region "${code}" is not a GB/T 2260 code; using the default`);
    return fallback;
  }
  return six;
}

const STAGE_ALIASES: Readonly<Record<string, string>> = {
  量产: 'mass_production',
  产业化: 'mass_production',
  可以量产: 'mass_production',
  小试: 'lab_trial',
  中试: 'pilot_trial',
  样品: 'sample',
  研发: 'in_research',
};

/**
 * Maturity as a TRL: a number 1–9, "TRL 6", a stage (正在研发, 已有样品, 通过小试, 通过中试,
 * 可以量产/产业化, or its key) → the lowest TRL of that stage (what the holder can claim for sure).
 */
export function mapTrl(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return isTrl(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const numeric = /^(?:TRL\s*)?([1-9])$/i.exec(text);
  if (numeric) return Number(numeric[1]);
  const stage =
    MATURITY_STAGES.find((s) => s.zh === text || s.key === text || s.en === text) ??
    MATURITY_STAGES.find(
      (s) => s.key === Object.entries(STAGE_ALIASES).find(([alias]) => text.includes(alias))?.[1],
    );
  return stage?.minTrl;
}

/** Cooperation modes by key (licence) or Chinese label (技术许可); unknown ones are dropped. */
export function mapModes(values: readonly string[], at: string, warnings: MappingWarnings) {
  const modes = new Set<CooperationMode>();
  for (const value of values) {
    const byLabel = (Object.entries(MODE_LABELS) as [CooperationMode, { zh: string }][]).find(
      ([, label]) => label.zh === value,
    )?.[0];
    const mode = isCooperationMode(value) ? value : byLabel;
    if (mode) modes.add(mode);
    else warnings.add(`${at}: cooperation mode "${value}" is unknown; dropped`);
  }
  return [...modes].sort();
}

/** The listing columns of a need as the harness stores it (published, open for a year). */
export function needColumns(need: CorpusNeed, warnings: MappingWarnings) {
  const desiredTrl = mapTrl(need.desiredTrl);
  if (need.desiredTrl !== undefined && desiredTrl === undefined)
    warnings.add(
      `${need.at}: desired maturity ${JSON.stringify(need.desiredTrl)} is not a TRL or stage`,
    );
  return {
    id: listingIdFor('need', need.id),
    title: need.title,
    description: need.description,
    keywords: need.keywords.filter((k) => k.length <= 30).slice(0, 20),
    industryCode: mapIndustry(need.industry, need.at, warnings),
    regionCode: mapRegion(need.region, EVAL_DEFAULTS.smeRegion, need.at, warnings),
    cooperationModes: mapModes(need.cooperationModes, need.at, warnings),
    budgetMinWan: null,
    budgetMaxWan: null,
    budgetNegotiable: true,
    desiredTrl: desiredTrl ?? null,
    anonymous: false,
  };
}

export function achievementColumns(achievement: CorpusAchievement, warnings: MappingWarnings) {
  const trl = mapTrl(achievement.maturity);
  if (achievement.maturity !== undefined && trl === undefined)
    warnings.add(
      `${achievement.at}: maturity ${JSON.stringify(achievement.maturity)} is not a TRL or stage; using TRL ${EVAL_DEFAULTS.trl}`,
    );
  return {
    id: listingIdFor('achievement', achievement.id),
    title: achievement.title,
    abstract: achievement.abstract,
    keywords: achievement.keywords.filter((k) => k.length <= 30).slice(0, 20),
    industryCode: mapIndustry(achievement.industry, achievement.at, warnings),
    regionCode: mapRegion(
      achievement.region,
      EVAL_DEFAULTS.universityRegion,
      achievement.at,
      warnings,
    ),
    technologyField: '',
    patents: [],
    trl: trl ?? EVAL_DEFAULTS.trl,
    transferModes: mapModes(achievement.transferModes, achievement.at, warnings),
    licenceKinds: [],
    openLicenceTerms: null,
    priceWan: null,
    priceNegotiable: true,
    team: '',
    institution: '',
    applicationScenarios: [],
  };
}
