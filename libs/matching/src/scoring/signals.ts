import { chinaDate } from '@rongtong/common';
import { MODE_LABELS, isCooperationMode } from '@rongtong/catalog';
import { IndustryCatalog, RegionCatalog } from '@rongtong/identity';
import type { MatchSignal } from '../entities/match.entity';
import type {
  IndustryLevel,
  MaturityGrade,
  PriceGrade,
  RegionLevel,
} from '../entities/pair-features.types';
import { MatchConfig } from './match-weights';
import { ListingProfile } from './match-profiles';
import { TextRelevance } from './text-similarity';

/**
 * Each signal grades one aspect of a pair from 0 (absent) to 1 (fully holds) and says why in
 * both languages, naming the specifics. The scorer turns fractions into points with the weights.
 */
export interface SignalOutcome {
  kind: MatchSignal;
  fraction: number;
  zh: string;
  en: string;
}

/** Each outcome also says what it graded, before any weight (the judgement log keeps it). */
export interface IndustryOutcome extends SignalOutcome {
  level: IndustryLevel;
}
export interface RegionOutcome extends SignalOutcome {
  level: RegionLevel;
}
export interface ModesOutcome extends SignalOutcome {
  shared: number;
}
export interface MaturityOutcome extends SignalOutcome {
  grade: MaturityGrade;
}
export interface PriceOutcome extends SignalOutcome {
  grade: PriceGrade;
}

const LIST_ZH = '、';
const LIST_EN = ', ';

export function textSignal(relevance: TextRelevance, config: MatchConfig['text']): SignalOutcome {
  const shown = relevance.sharedKeywords.slice(0, config.keywordsShown);
  const percent = Math.round(relevance.cosine * 100);
  if (shown.length > 0) {
    return {
      kind: 'text',
      fraction: relevance.fraction,
      zh: `关键词重合：${shown.join(LIST_ZH)}`,
      en: `Shared keywords: ${shown.join(LIST_EN)}`,
    };
  }
  // Whole words both texts contain (extracted keywords), else the phrases BM25 matched.
  const terms = (
    relevance.sharedWords.length > 0 ? relevance.sharedWords : (relevance.matchedTerms ?? [])
  ).slice(0, config.keywordsShown);
  if (terms.length > 0) {
    return {
      kind: 'text',
      fraction: relevance.fraction,
      zh: `内容相近：都提到${terms.join(LIST_ZH)}`,
      en: `Similar content: both mention ${terms.join(LIST_EN)}`,
    };
  }
  return {
    kind: 'text',
    fraction: relevance.fraction,
    zh: `内容相近：文本相似度 ${percent}%`,
    en: `Similar content: ${percent}% text similarity`,
  };
}

const LEVEL_ZH = { class: '小类', group: '中类', division: '大类', section: '门类' } as const;
const LEVEL_EN = {
  class: 'class',
  group: 'group',
  division: 'division',
  section: 'section',
} as const;

/** The deepest GB/T 4754 level two codes share: class > group > division > section. */
export function industrySignal(
  a: string,
  b: string,
  config: MatchConfig['industryLevels'],
): IndustryOutcome | null {
  const catalog = IndustryCatalog.shared();
  const left = catalog.find(a);
  const right = catalog.find(b);
  if (!left || !right) return null;
  let common: string | undefined;
  for (let i = 0; i < Math.min(left.path.length, right.path.length); i++) {
    if (left.path[i] !== right.path[i]) break;
    common = left.path[i];
  }
  const shared = common === undefined ? undefined : catalog.find(common);
  if (!shared) return null;
  const label = `${catalog.qualifiedCode(shared.code)} ${shared.name}`;
  return {
    kind: 'industry',
    level: shared.level,
    fraction: config[shared.level],
    zh: `行业一致（${LEVEL_ZH[shared.level]}）：${label}`,
    en: `Same industry ${LEVEL_EN[shared.level]}: ${label}`,
  };
}

/** Same prefecture-level city (first 4 digits of GB/T 2260) or same province (first 2). */
export function regionSignal(
  a: string,
  b: string,
  config: MatchConfig['region'],
): RegionOutcome | null {
  const regions = RegionCatalog.shared();
  if (a.slice(0, 2) !== b.slice(0, 2)) return null;
  const province = regions.provinceOf(a) ?? regions.provinceOf(`${a.slice(0, 2)}0000`);
  const provinceName = province?.name ?? a.slice(0, 2);
  const city = regions.cityOf(a);
  const sameCity = a.slice(0, 4) === b.slice(0, 4) && city !== undefined && !city.isPlaceholder;
  if (sameCity) {
    return {
      kind: 'region',
      level: 'city',
      fraction: config.city,
      zh: `同城：${provinceName}${city.name}`,
      en: `Same city: ${provinceName}${city.name}`,
    };
  }
  return {
    kind: 'region',
    level: 'province',
    fraction: config.province,
    zh: `同省：${provinceName}`,
    en: `Same province: ${provinceName}`,
  };
}

function modeLabel(mode: string, language: 'zh' | 'en'): string {
  return isCooperationMode(mode) ? MODE_LABELS[mode][language] : mode;
}

/** Cooperation modes the need wants that the achievement offers (技术许可, 技术转让 …). */
export function modesSignal(wanted: string[], offered: string[]): ModesOutcome | null {
  const offeredSet = new Set(offered);
  const common = wanted.filter((mode) => offeredSet.has(mode));
  if (common.length === 0) return null;
  return {
    kind: 'modes',
    shared: common.length,
    fraction: 1,
    zh: `合作方式匹配：${common.map((m) => modeLabel(m, 'zh')).join(LIST_ZH)}`,
    en: `Cooperation mode match: ${common.map((m) => modeLabel(m, 'en')).join(LIST_EN)}`,
  };
}

/** The achievement's TRL against the lowest TRL the need can work with. */
export function maturitySignal(
  achievementTrl: number | null,
  desiredTrl: number | null,
  config: MatchConfig['maturity'],
): MaturityOutcome | null {
  if (achievementTrl === null) return null;
  if (desiredTrl === null) {
    return {
      kind: 'maturity',
      grade: 'unspecified',
      fraction: config.unspecified,
      zh: `成熟度：TRL ${achievementTrl}（需求未限定）`,
      en: `Maturity: TRL ${achievementTrl} (the need sets no minimum)`,
    };
  }
  if (achievementTrl >= desiredTrl) {
    return {
      kind: 'maturity',
      grade: 'met',
      fraction: 1,
      zh: `成熟度满足：TRL ${achievementTrl} ≥ 需求 TRL ${desiredTrl}`,
      en: `Maturity sufficient: TRL ${achievementTrl} ≥ required TRL ${desiredTrl}`,
    };
  }
  if (achievementTrl === desiredTrl - 1) {
    return {
      kind: 'maturity',
      grade: 'oneBelow',
      fraction: config.oneBelow,
      zh: `成熟度接近：TRL ${achievementTrl}，需求 TRL ${desiredTrl}`,
      en: `Maturity close: TRL ${achievementTrl}, required TRL ${desiredTrl}`,
    };
  }
  return null;
}

const wan = (value: number) => `${Number(value.toFixed(2))} 万元`;
/** 万元 in English: 80 万元 → CNY 800,000. */
const yuan = (value: number) => `CNY ${Math.round(value * 10_000).toLocaleString('en-US')}`;

/** The achievement's price against the need's budget (upper end), 面议 on either side. */
export function priceSignal(
  need: Pick<ListingProfile, 'amountMinWan' | 'amountMaxWan' | 'negotiable'>,
  achievement: Pick<ListingProfile, 'amountMaxWan' | 'negotiable'>,
  config: MatchConfig['price'],
): PriceOutcome | null {
  const price = achievement.amountMaxWan;
  const budget = need.amountMaxWan;
  if (price !== null && budget !== null) {
    if (price <= budget) {
      return {
        kind: 'price',
        grade: 'withinBudget',
        fraction: config.withinBudget,
        zh: `价格在预算内：${wan(price)} ≤ ${wan(budget)}`,
        en: `Price within budget: ${yuan(price)} ≤ ${yuan(budget)}`,
      };
    }
    if (price <= budget * config.overTolerance) {
      return {
        kind: 'price',
        grade: 'slightlyOver',
        fraction: config.slightlyOver,
        zh: `价格略超预算：${wan(price)}，预算 ${wan(budget)}`,
        en: `Price slightly over budget: ${yuan(price)}, budget ${yuan(budget)}`,
      };
    }
    if (!need.negotiable && !achievement.negotiable) return null;
  }
  if (need.negotiable || achievement.negotiable) {
    const who = achievement.negotiable ? '成果价格面议' : '需求预算面议';
    const whoEn = achievement.negotiable ? 'price negotiable' : 'budget negotiable';
    return {
      kind: 'price',
      grade: 'negotiable',
      fraction: config.negotiable,
      zh: `价格可议：${who}`,
      en: `Price open: ${whoEn}`,
    };
  }
  return null;
}

const DAY_MS = 86_400_000;

function ageInDays(publishedAt: Date | null, now: Date): number | null {
  if (!publishedAt) return null;
  const published = Date.parse(`${chinaDate(publishedAt)}T00:00:00Z`);
  const today = Date.parse(`${chinaDate(now)}T00:00:00Z`);
  return Math.max(0, Math.round((today - published) / DAY_MS));
}

/**
 * Freshness of the older of the listings (so a pair grades the same from both sides), by China
 * calendar days: full within `fullDays`, falling linearly to none at `zeroDays`.
 */
export function freshnessSignal(
  publishedAt: (Date | null)[],
  now: Date,
  config: MatchConfig['freshness'],
): SignalOutcome | null {
  return freshnessOfAge(oldestAgeInDays(publishedAt, now), config);
}

/** Age in China calendar days of the older listing, or null when either was never published. */
export function oldestAgeInDays(publishedAt: (Date | null)[], now: Date): number | null {
  const ages = publishedAt.map((date) => ageInDays(date, now));
  if (ages.some((age) => age === null)) return null;
  return Math.max(...(ages as number[]));
}

/** freshnessSignal from the age of the older listing (oldestAgeInDays). */
export function freshnessOfAge(
  oldest: number | null,
  config: MatchConfig['freshness'],
): SignalOutcome | null {
  if (oldest === null) return null;
  const fraction =
    oldest <= config.fullDays
      ? 1
      : Math.max(0, (config.zeroDays - oldest) / (config.zeroDays - config.fullDays));
  if (fraction <= 0) return null;
  return {
    kind: 'freshness',
    fraction,
    zh: `新近发布：${oldest} 天内`,
    en: `Recently published: within ${oldest} days`,
  };
}
