import { chinaDate, ListingKind } from '@rongtong/common';
import type {
  AchievementPatent,
  AchievementRow,
  ChallengeRow,
  CooperationMode,
  EvaluationCriterion,
  LicenceKind,
  ListingState,
  OpenLicenceTerms,
  TechnicalIndicator,
  TechNeedRow,
} from '@rongtong/catalog';
import {
  LICENCE_KINDS,
  makeValidPatentNumber,
  MODE_LABELS,
  PATENT_TYPE_BY_DIGIT,
} from '@rongtong/catalog';
import { IndustryCatalog, OrganisationType, RegionCatalog, SmeTier } from '@rongtong/identity';
import type { CslPaper } from './csl-corpus';
import { DemoRandom, nameBasedUuid } from './demo-random';
import { disciplineIndustry, DisciplineSector, industryForPaper } from './discipline-industry';

/** An organisation that owns demo listings, with the user recorded as their author. */
export interface DemoOwner {
  organisationId: string;
  userId: string;
  name: string;
  type: OrganisationType;
  regionCode: string;
  /** GB/T 4754 code of the organisation's business; SMEs post needs about it. */
  industryCode?: string;
}

export interface DemoOwners {
  /** Achievements alternate between the university and the research institute. */
  university: DemoOwner;
  researchInstitute: DemoOwner;
  /** Challenges. */
  largeEnterprise: DemoOwner;
  /**
   * Each SME posts the needs whose paper is about its business (SME_NEED_TOPICS); the service
   * organisation posts the rest on behalf of its client enterprises.
   */
  smes: readonly DemoOwner[];
  serviceOrg: DemoOwner;
}

/** How many listings of each kind to build, published and in the review pipeline. */
export interface DemoListingCounts {
  published: number;
  draft: number;
  pendingReview: number;
}

export const DEMO_LISTING_COUNTS: Readonly<Record<ListingKind, DemoListingCounts>> = Object.freeze({
  achievement: { published: 1320, draft: 4, pendingReview: 6 },
  need: { published: 620, draft: 3, pendingReview: 5 },
  challenge: { published: 100, draft: 2, pendingReview: 2 },
});

export interface DemoListingSet {
  achievements: AchievementRow[];
  needs: TechNeedRow[];
  challenges: ChallengeRow[];
}

/**
 * What each demo SME's needs are about, by the SME's industry code: a paper whose title or
 * keywords match becomes one of that SME's needs, so a demo login shows a coherent story (the
 * lithium-battery materials firm asks about batteries, the machine-tool maker about machining).
 */
export const SME_NEED_TOPICS: Readonly<Record<string, RegExp>> = Object.freeze({
  '3841': /电池|储能|锂离子|锂电|正极材料|负极材料|超级电容/,
  '3421': /机床|数控|刀具|切削|主轴|铣削|车削|磨削|滚刀|齿轮|轴承/,
});

/** The SME whose business a paper is about, if any (the first SME whose topic matches). */
export function smeForPaper(paper: CslPaper, smes: readonly DemoOwner[]): DemoOwner | undefined {
  const text = `${paper.title} ${paper.keywords.join(' ')}`;
  return smes.find((sme) => {
    const topic = sme.industryCode ? SME_NEED_TOPICS[sme.industryCode] : undefined;
    return topic?.test(text) ?? false;
  });
}

/** Stable id of the demo listing of `kind` built from CSL paper `paperId`. */
export function demoListingId(kind: ListingKind, paperId: string): string {
  return nameBasedUuid(`rongtong-demo-listing:${kind}:${paperId}`);
}

const DAY_MS = 86_400_000;

/** Provinces needs are spread over besides their owner's region: the main manufacturing bases. */
const NEED_PROVINCES = [
  '110000', // 北京市
  '120000', // 天津市
  '210000', // 辽宁省
  '310000', // 上海市
  '320000', // 江苏省
  '330000', // 浙江省
  '340000', // 安徽省
  '370000', // 山东省
  '420000', // 湖北省
  '440000', // 广东省
  '510000', // 四川省
  '610000', // 陕西省
] as const;

/** 长三角 (the Yangtze River Delta): a common regional restriction of challenges. */
const YANGTZE_DELTA = ['310000', '320000', '330000', '340000'];

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
  '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
]; // prettier-ignore

const ACHIEVEMENT_MODES: readonly (readonly [CooperationMode, number])[] = [
  ['licence', 30],
  ['assignment', 25],
  ['joint_development', 15],
  ['equity', 8],
  ['service_consulting', 8],
  ['pilot_maturation', 8],
  ['commissioned_development', 4],
  ['talent_platform', 2],
];

const NEED_MODES: readonly (readonly [CooperationMode, number])[] = [
  ['joint_development', 30],
  ['commissioned_development', 20],
  ['assignment', 15],
  ['licence', 12],
  ['service_consulting', 10],
  ['pilot_maturation', 8],
  ['talent_platform', 3],
  ['equity', 2],
];

const TRL_WEIGHTS: readonly (readonly [number, number])[] = [
  [2, 3],
  [3, 9],
  [4, 14],
  [5, 18],
  [6, 20],
  [7, 15],
  [8, 13],
  [9, 8],
];

const PRICES_WAN = [5, 8, 10, 15, 20, 30, 50, 80, 100, 150, 200, 300, 500, 800];
const BUDGET_MIN_WAN = [5, 10, 20, 30, 50, 80, 100, 150, 200, 300];
const BUDGET_SPREAD = [1, 1.5, 2, 3, 4];
const REWARDS_WAN = [50, 80, 100, 150, 200, 300, 500, 800, 1000, 1500, 2000];

const EVALUATION_CRITERIA = [
  '技术方案先进性',
  '技术路线可行性',
  '团队研发能力与业绩',
  '经济性与报价',
  '产业化前景',
  '知识产权情况',
  '实施计划与进度安排',
];

type IndicatorTemplate = (keyword: string, random: DemoRandom) => TechnicalIndicator;
const INDICATORS: readonly IndicatorTemplate[] = [
  (_, r) => ({ name: '单位生产成本降低', target: `≥ ${r.pick([10, 15, 20, 30])}`, unit: '%' }),
  (_, r) => ({
    name: '连续稳定运行时间',
    target: `≥ ${r.pick([500, 1000, 2000, 5000])}`,
    unit: 'h',
  }),
  (_, r) => ({ name: '关键部件国产化率', target: `≥ ${r.pick([80, 90, 95, 100])}`, unit: '%' }),
  (_, r) => ({ name: '综合能耗降低', target: `≥ ${r.pick([8, 10, 15, 20])}`, unit: '%' }),
  (_, r) => ({ name: '检测识别准确率', target: `≥ ${r.pick([95, 98, 99, 99.5])}`, unit: '%' }),
  (_, r) => ({ name: '产品一次合格率', target: `≥ ${r.pick([98, 99, 99.5])}`, unit: '%' }),
  (_, r) => ({ name: '研发交付周期', target: `≤ ${r.pick([6, 9, 12, 18])}`, unit: '月' }),
  (_, r) => ({ name: '形成发明专利申请', target: `≥ ${r.pick([1, 2, 3, 5])}`, unit: '件' }),
];

const TIER_WEIGHTS: readonly (readonly [SmeTier | null, number])[] = [
  [null, 45],
  ['innovative', 15],
  ['specialised', 30],
  ['little_giant', 10],
];

const ELIGIBLE_TYPES: readonly (readonly OrganisationType[])[] = [
  [],
  ['sme'],
  ['sme', 'university', 'research_institute'],
  ['university', 'research_institute'],
];

const TITLE_SUFFIX =
  /(?:中?存在的问题及(?:其)?对策|的?问题(?:及|与)对策|的?(?:研究进展|研究|分析|探讨|初探|探索|综述|浅析|试验|实验|对策|思考))$/u;
const PROBLEM_WORDS = /问题|难题|不足|瓶颈|难以|缺乏|制约|亟待|亟需|困难|缺陷/u;

/** Context shared by every listing: owners, the reference data and the seeding instant. */
interface BuildContext {
  owners: DemoOwners;
  now: Date;
  industries: IndustryCatalog;
  needCounties: readonly string[];
}

export interface BuildDemoListingsOptions {
  now: Date;
  industries?: IndustryCatalog;
  regions?: RegionCatalog;
}

/**
 * Builds every demo listing from the CSL papers, deterministically for a given `now`: the same
 * papers, owners and instant give the same rows. Papers are shuffled once; challenges take
 * engineering papers, achievements the technology papers left (then service, then research
 * papers), and needs are written from technology papers (often the same papers as achievements,
 * so the matching demo finds partners).
 */
export function buildDemoListings(
  papers: readonly CslPaper[],
  owners: DemoOwners,
  options: BuildDemoListingsOptions,
): DemoListingSet {
  const context: BuildContext = {
    owners,
    now: options.now,
    industries: options.industries ?? IndustryCatalog.shared(),
    needCounties: countiesOf(options.regions ?? RegionCatalog.shared(), NEED_PROVINCES),
  };
  const sector = (paper: CslPaper): DisciplineSector => disciplineIndustry(paper.discipline).sector;
  const shuffled = new DemoRandom('rongtong-demo-papers').shuffle(papers);
  const total = (kind: ListingKind) => {
    const counts = DEMO_LISTING_COUNTS[kind];
    return counts.published + counts.draft + counts.pendingReview;
  };

  const challengePapers = shuffled
    .filter((paper) => sector(paper) === 'technology' && paper.category === '工学')
    .slice(0, total('challenge'));
  const taken = new Set(challengePapers.map((paper) => paper.id));
  const rest = shuffled.filter((paper) => !taken.has(paper.id));
  const achievementPapers = [
    ...rest.filter((paper) => sector(paper) === 'technology'),
    ...rest.filter((paper) => sector(paper) === 'service'),
    ...rest.filter((paper) => sector(paper) === 'research'),
  ].slice(0, total('achievement'));
  // Needs about the SMEs' own businesses first (all published), then technology papers that the
  // service organisation posts for its clients.
  const topical = shuffled.filter((paper) => smeForPaper(paper, owners.smes));
  const topicalIds = new Set(topical.map((paper) => paper.id));
  const needPapers = [
    ...topical,
    ...new DemoRandom('rongtong-demo-need-papers').shuffle(
      shuffled.filter((paper) => sector(paper) === 'technology' && !topicalIds.has(paper.id)),
    ),
  ].slice(0, total('need'));

  return {
    achievements: achievementPapers.map((paper, index) =>
      buildAchievement(paper, index, stateAt('achievement', index), context),
    ),
    needs: needPapers.map((paper, index) => buildNeed(paper, stateAt('need', index), context)),
    challenges: challengePapers.map((paper, index) =>
      buildChallenge(paper, stateAt('challenge', index), context),
    ),
  };
}

/** The first listings of a kind are published, then drafts, then ones pending review. */
function stateAt(kind: ListingKind, index: number): ListingState {
  const counts = DEMO_LISTING_COUNTS[kind];
  if (index < counts.published) return 'published';
  return index < counts.published + counts.draft ? 'draft' : 'pending_review';
}

function countiesOf(regions: RegionCatalog, provinceCodes: readonly string[]): string[] {
  const counties: string[] = [];
  for (const provinceCode of provinceCodes) {
    for (const city of regions.children(provinceCode)) {
      for (const county of regions.children(city.code)) {
        if (county.level === 'county' && !county.isDevelopmentZone) counties.push(county.code);
      }
    }
  }
  return counties;
}

interface Common {
  id: string;
  organisationId: string;
  createdByUserId: string;
  status: ListingState;
  rejectionReason: null;
  title: string;
  keywords: string[];
  industryCode: string;
  regionCode: string;
  validUntil: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

function common(
  kind: ListingKind,
  paper: CslPaper,
  owner: DemoOwner,
  state: ListingState,
  random: DemoRandom,
  context: BuildContext,
  validMonths: readonly [number, number],
): Omit<Common, 'title' | 'keywords' | 'regionCode'> {
  const now = context.now.getTime();
  const published = now - random.int(0, 89) * DAY_MS - random.int(0, 86_399) * 1000;
  const created = published - random.int(0, 6) * DAY_MS - random.int(0, 86_399) * 1000;
  const validUntil = chinaDate(
    new Date(now + random.int(validMonths[0] * 30, validMonths[1] * 30) * DAY_MS),
  );
  return {
    id: demoListingId(kind, paper.id),
    organisationId: owner.organisationId,
    createdByUserId: owner.userId,
    status: state,
    rejectionReason: null,
    industryCode: industryForPaper(paper),
    validUntil,
    publishedAt: state === 'published' ? new Date(published) : null,
    createdAt: new Date(created),
    updatedAt: new Date(state === 'published' ? published : created),
  };
}

/** Keywords a listing can carry: distinct, 1–30 characters, at most 20. */
export function cleanKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const keyword of keywords) {
    const trimmed = keyword.trim();
    if (trimmed.length >= 1 && trimmed.length <= 30) seen.add(trimmed);
  }
  return [...seen].slice(0, 20);
}

/** A paper's usable keywords; its title's topic when none is usable. */
function keywordsOf(paper: CslPaper): string[] {
  const keywords = cleanKeywords(paper.keywords);
  return keywords.length > 0 ? keywords : [topicOf(paper.title).slice(0, 30)];
}

/** The keyword to name a listing after: the first mostly-Chinese one of 2–12 characters. */
function leadKeyword(keywords: readonly string[], paper: CslPaper): string {
  const han = keywords.find((k) => k.length >= 2 && k.length <= 12 && /^\p{Script=Han}/u.test(k));
  return han ?? keywords.find((k) => k.length >= 2 && k.length <= 12) ?? topicOf(paper.title);
}

/** A paper title without its academic tail (…研究, …分析): the technology it is about. */
export function topicOf(title: string): string {
  const topic = title.replace(TITLE_SUFFIX, '').replace(/[，,:：]$/u, '');
  return topic.length >= 4 ? topic : title;
}

/** Sentences of an abstract; half-width full stops end sentences unless a digit follows. */
export function sentencesOf(abstract: string): string[] {
  return abstract
    .split(/(?<=[。！？；;])|(?<=\.)(?!\d)/u)
    .map((sentence) => sentence.replace(/^(?:目的|方法|结果|结论|摘要|背景)[:：]/u, '').trim())
    .filter((sentence) => sentence.length >= 6);
}

export interface PaperProblem {
  /** "…等问题" phrase from 针对…问题, without the trailing 问题. */
  clause?: string;
  /** A sentence naming a difficulty. */
  sentence?: string;
  /** The method the paper proposes (提出…), if it says. */
  approach?: string;
}

/** The problem a paper addresses and the approach it proposes, from its abstract. */
export function problemOf(abstract: string): PaperProblem {
  const result: PaperProblem = {};
  const clause = /针对([^，,。；;.]{4,60}?)(?:等)?(?:问题|难题|不足)/u.exec(abstract);
  if (clause && !/^(?:上述|这一|该|此|以上|这些)/u.test(clause[1])) result.clause = clause[1];
  const sentence = sentencesOf(abstract).find(
    (s) => PROBLEM_WORDS.test(s) && !/本文|本研究|笔者|我们/u.test(s) && s.length <= 120,
  );
  if (sentence) result.sentence = sentence.replace(/[。.；;！？]+$/u, '');
  const approach = /提出(?:了)?(?:一种|一个|一类)?([^，,。；;.]{4,40})/u.exec(abstract);
  if (approach) result.approach = approach[1];
  return result;
}

function industryName(context: BuildContext, code: string): string {
  return context.industries.find(code)?.name ?? '相关行业';
}

function modeNames(modes: readonly CooperationMode[]): string {
  return modes.map((mode) => MODE_LABELS[mode].zh).join('、');
}

function pickModes(
  random: DemoRandom,
  weights: readonly (readonly [CooperationMode, number])[],
  max: number,
): CooperationMode[] {
  const count = random.int(1, max);
  const modes = new Set<CooperationMode>();
  while (modes.size < count) modes.add(random.weighted(weights));
  return weights.map(([mode]) => mode).filter((mode) => modes.has(mode));
}

function buildAchievement(
  paper: CslPaper,
  index: number,
  state: ListingState,
  context: BuildContext,
): AchievementRow {
  const random = new DemoRandom(`achievement:${paper.id}`);
  const owner = index % 2 === 0 ? context.owners.university : context.owners.researchInstitute;
  const base = common('achievement', paper, owner, state, random, context, [6, 24]);
  const keywords = keywordsOf(paper);
  const field = paper.discipline.split('/').pop() ?? paper.discipline;
  const trl = random.weighted(TRL_WEIGHTS);

  const transferModes = pickModes(random, ACHIEVEMENT_MODES, 3);
  let licenceKinds: LicenceKind[] = [];
  let openLicenceTerms: OpenLicenceTerms | null = null;
  if (transferModes.includes('licence')) {
    licenceKinds = random.chance(0.3)
      ? ['open', ...(random.chance(0.4) ? (['non_exclusive'] as const) : [])]
      : random.sample(
          LICENCE_KINDS.filter((kind) => kind !== 'open'),
          random.int(1, 2),
        );
    licenceKinds = LICENCE_KINDS.filter((kind) => licenceKinds.includes(kind));
    if (licenceKinds.includes('open')) {
      openLicenceTerms = {
        feeWan: random.pick([1, 2, 3, 5, 8, 10]),
        royaltyPercent: random.pick([1, 1.5, 2, 3, 5]),
        termYears: random.pick([3, 5]),
        notes:
          '专利开放许可（一对多）：任何单位按公开的许可使用费和期限书面通知后即可实施，中小企业可申请减免首年费用。',
      };
    }
  }
  const priceNegotiable = random.chance(0.35);
  const priceWan = priceNegotiable
    ? null
    : random.pick(PRICES_WAN.slice(trl >= 7 ? 4 : 0, trl >= 7 ? PRICES_WAN.length : 10));

  const patentCount = random.weighted([
    [0, 35],
    [1, 40],
    [2, 25],
  ] as const);
  const thisYear = context.now.getUTCFullYear();
  const patents: AchievementPatent[] = [];
  for (let i = 0; i < patentCount; i++) {
    const year = random.int(thisYear - 9, thisYear - 1);
    const typeDigit = i === 0 || random.chance(0.6) ? 1 : 2;
    const age = thisYear - year;
    const legalStatus = random.chance(0.05)
      ? 'lapsed'
      : (typeDigit === 2 && age >= 1) || (age >= 3 && random.chance(0.8))
        ? 'granted'
        : 'pending';
    patents.push({
      // Serials below two million, as CNIPA issues them per year and type.
      number: makeValidPatentNumber(year, typeDigit, random.int(10_000, 1_999_999)),
      type: PATENT_TYPE_BY_DIGIT[String(typeDigit)],
      legalStatus,
      title:
        i === 0
          ? topicOf(paper.title)
          : `一种用于${leadKeyword(keywords, paper)}的${typeDigit === 2 ? '装置' : '方法'}`,
    });
  }

  const surname = random.pick(SURNAMES);
  const team =
    owner.type === 'university'
      ? `${surname}教授团队（${field}学院）`
      : `${surname}研究员团队（${field}研究室）`;
  const sector = industryName(context, base.industryCode);
  const applicationScenarios = [
    ...keywords
      .filter((keyword) => keyword.length <= 12)
      .slice(0, 2)
      .map((keyword, i) =>
        i === 0 ? `${keyword}相关产品研发与升级` : `${keyword}工程化应用与示范`,
      ),
    `${sector}企业技术改造`,
  ];

  return {
    ...base,
    // The API requires 4 characters; a few CSL titles are shorter (e.g. 论X).
    title: paper.title.length >= 4 ? paper.title : `${paper.title}相关技术成果`,
    keywords,
    regionCode: owner.regionCode,
    abstract: paper.abstract,
    technologyField: paper.discipline,
    patents,
    trl,
    transferModes,
    licenceKinds,
    openLicenceTerms,
    priceWan,
    priceNegotiable,
    team,
    institution: owner.name,
    applicationScenarios,
  };
}

function buildNeed(paper: CslPaper, state: ListingState, context: BuildContext): TechNeedRow {
  const random = new DemoRandom(`need:${paper.id}`);
  const sme = smeForPaper(paper, context.owners.smes);
  const owner = sme ?? context.owners.serviceOrg;
  const shared = common('need', paper, owner, state, random, context, [3, 12]);
  // An SME's need sits in its own industry (a battery firm's need is a battery need).
  const base = sme?.industryCode ? { ...shared, industryCode: sme.industryCode } : shared;
  const all = keywordsOf(paper);
  const lead = leadKeyword(all, paper);
  const others = all.filter((keyword) => keyword !== lead);
  const keywords = [
    lead,
    ...random.sample(others, random.int(Math.min(1, others.length), others.length)),
  ];
  const second = others.find((keyword) => keyword.length <= 10);

  const title = random.weighted<string>([
    [`寻求${lead}技术合作`, 3],
    [`${lead}相关技术需求`, 3],
    [`${lead}关键技术攻关需求`, 2],
    [`征集${lead}解决方案`, 2],
    [second ? `${lead}与${second}技术合作需求` : `${lead}工艺优化合作需求`, 2],
  ]);

  const cooperationModes = pickModes(random, NEED_MODES, 3);
  const negotiable = random.chance(0.25);
  const budgetMinWan = negotiable ? null : random.pick(BUDGET_MIN_WAN);
  const budgetMaxWan =
    budgetMinWan === null ? null : Math.round(budgetMinWan * random.pick(BUDGET_SPREAD));
  const desiredTrl = random.chance(0.1) ? null : random.int(4, 8);
  const regionCode =
    owner.type !== 'service_org' && random.chance(0.5)
      ? owner.regionCode
      : random.pick(context.needCounties);

  const sector = industryName(context, base.industryCode);
  const subject = owner.type === 'service_org' ? '该企业' : '我司';
  const problem = problemOf(paper.abstract);
  const focus = [lead, ...(second ? [second] : [])].join('、');
  const parts = [
    owner.type === 'service_org' ? '本机构受一家合作企业委托发布此需求。' : '',
    `${subject}业务面向${sector}领域，在${focus}方面存在技术短板。`,
    problem.clause
      ? `目前生产中面临${problem.clause}等问题，现有工艺和设备难以满足客户要求。`
      : problem.sentence
        ? `行业现状：${problem.sentence}，${subject}同样受此困扰。`
        : `目前在${topicOf(paper.title)}方面缺乏成熟、可落地的技术方案。`,
    `希望与高校、科研院所合作，${
      problem.approach
        ? `引入${problem.approach}等技术并完成工程验证`
        : `共同攻克${lead}相关技术难题并实现产业化应用`
    }，合作方式可为${modeNames(cooperationModes)}。`,
    desiredTrl === null ? '' : `期望技术成熟度不低于TRL ${desiredTrl}。`,
    negotiable
      ? '经费面议。'
      : budgetMinWan === budgetMaxWan
        ? `预算${budgetMinWan}万元。`
        : `预算${budgetMinWan}–${budgetMaxWan}万元。`,
  ];

  return {
    ...base,
    title,
    keywords,
    regionCode,
    description: parts.join(''),
    cooperationModes,
    budgetMinWan,
    budgetMaxWan,
    budgetNegotiable: negotiable,
    desiredTrl,
    anonymous: random.chance(0.15),
  };
}

/** Weights in multiples of 5, at least 10 each, summing to 100. */
export function evaluationWeights(random: DemoRandom, count: number): number[] {
  const units = Array.from({ length: count }, () => 2);
  for (let left = 20 - 2 * count; left > 0; left--) units[random.int(0, count - 1)]++;
  return units.map((unit) => unit * 5).sort((a, b) => b - a);
}

function buildChallenge(paper: CslPaper, state: ListingState, context: BuildContext): ChallengeRow {
  const random = new DemoRandom(`challenge:${paper.id}`);
  const owner = context.owners.largeEnterprise;
  const base = common('challenge', paper, owner, state, random, context, [1, 6]);
  const keywords = keywordsOf(paper);
  const lead = leadKeyword(keywords, paper);
  const second = keywords.find((keyword) => keyword !== lead && keyword.length <= 10);
  const topic = topicOf(paper.title);

  const title = random.weighted<string>([
    [`${lead}关键技术攻关`, 3],
    [`${lead}技术难题揭榜挂帅`, 2],
    [`${topic}攻关项目`, 2],
    [second ? `面向${second}的${lead}技术开发` : `${lead}国产化替代技术开发`, 2],
  ]);

  const indicatorCount = random.int(2, 4);
  const technicalIndicators: TechnicalIndicator[] = [
    { name: `${lead}关键性能指标提升`, target: `≥ ${random.pick([15, 20, 30, 50])}`, unit: '%' },
    ...random.sample(INDICATORS, indicatorCount - 1).map((make) => make(lead, random)),
  ];

  const criteria = random.sample(EVALUATION_CRITERIA, random.int(3, 5));
  const weights = evaluationWeights(random, criteria.length);
  const evaluationCriteria: EvaluationCriterion[] = criteria.map((name, i) => ({
    name,
    weight: weights[i],
  }));

  const minTier = random.weighted(TIER_WEIGHTS);
  const eligibleOrganisationTypes =
    minTier === null
      ? [...random.pick(ELIGIBLE_TYPES)]
      : random.pick<OrganisationType[]>([['sme'], ['sme', 'university', 'research_institute']]);
  const eligibleRegionCodes = random.weighted<string[]>([
    [[], 60],
    [YANGTZE_DELTA, 25],
    [['310000'], 15],
  ]);

  const months = random.pick([6, 9, 12, 18, 24]);
  const problem = problemOf(paper.abstract);
  const sector = industryName(context, base.industryCode);
  const parts = [
    `我集团在${sector}领域推进${lead}${second ? `与${second}` : ''}技术升级，`,
    problem.clause
      ? `当前面临${problem.clause}等问题，已成为制约产业链提质增效的关键环节。`
      : problem.sentence
        ? `现状是：${problem.sentence}，亟需突破。`
        : `在${topic}方面尚无成熟的国产化方案。`,
    `现面向社会公开发榜，征集具备${lead}研发与工程化能力的团队揭榜攻关，`,
    problem.approach ? `鼓励采用${problem.approach}等技术路线，` : '',
    `要求揭榜后${months}个月内完成样机或示范应用并通过验收。`,
  ];

  return {
    ...base,
    title,
    keywords,
    regionCode: owner.regionCode,
    problem: parts.join(''),
    technicalIndicators,
    rewardWan: random.pick(REWARDS_WAN),
    minTier,
    eligibleOrganisationTypes,
    eligibleRegionCodes,
    evaluationCriteria,
  };
}
