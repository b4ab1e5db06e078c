import { IndustryCatalog } from '@rongtong/identity';
import type { NeedTopic } from './relevance';
import { CslPaper, DemoRandom, industryForPaper, problemOf, topicOf } from '@rongtong/demo';

/** One line of needs.jsonl as the evaluation format defines it. */
export interface NeedRecord {
  id: string;
  title: string;
  description: string;
  keywords?: string[];
  industry?: string;
  region?: string;
}

/**
 * Share of needs that state keywords / an industry / a region (the format makes them optional,
 * and many SMEs leave them out). Without keywords a system must find the terms in the text.
 */
const KEYWORDS_SHARE = 0.7;
const INDUSTRY_SHARE = 0.8;
const REGION_SHARE = 0.6;
/** A problem phrase longer than this reads like a sentence lifted from the abstract. */
const MAX_PROBLEM_CHARS = 24;

type TitleTemplate = (lead: string, second: string | undefined) => string;

/** The words a need is written in; the topic (focus terms, problem, industry) comes from the seed. */
export interface Phrasing {
  titles: readonly (readonly [TitleTemplate, number])[];
  problemTitle: (problem: string) => string;
  opener: (sector: string | undefined) => string;
  problem: (problem: string) => string;
  lack: (lead: string) => string;
  want: (focus: string) => string;
  closings: readonly string[];
}

/** How SMEs phrase needs on provincial platforms: what they seek, not what a paper found. */
const STANDARD: Phrasing = {
  titles: [
    [(lead) => `寻求${lead}技术`, 3],
    [(lead) => `寻求${lead}相关技术合作`, 2],
    [(lead) => `${lead}技术难题求解`, 2],
    [(lead) => `征集${lead}改进方案`, 2],
    [(lead) => `需要${lead}方面的技术支持`, 2],
    [(lead) => `${lead}技术升级需求`, 1],
    [(lead, second) => (second ? `${lead}与${second}技术需求` : `${lead}关键技术攻关需求`), 2],
  ],
  problemTitle: (problem) => `解决${problem}问题`,
  opener: (sector) =>
    sector ? `我公司是一家${sector}领域的中小企业，` : '我公司是一家科技型中小企业，',
  problem: (problem) => `目前在生产中面临${problem}等问题，现有方案难以满足要求。`,
  lack: (lead) => `目前在${lead}方面缺少成熟可靠的技术，影响产品竞争力。`,
  want: (focus) => `希望寻找${focus}方面的成熟技术成果或研发团队，`,
  closings: [
    '可采用技术转让、技术许可或合作开发等方式。',
    '欢迎高校和科研院所联系洽谈。',
    '希望尽快完成工程验证并投入生产。',
    '合作方式和经费面议。',
    '希望对方能提供技术指导和后续服务。',
  ],
};

/**
 * Other words for the same needs (same seeds, focus terms and judgements): a matcher tuned on
 * the standard phrasing, e.g. by stripping its request words, should do as well on these.
 */
const HELD_OUT: Phrasing = {
  titles: [
    [(lead) => `${lead}方向技术合作伙伴招募`, 2],
    [(lead) => `关于${lead}的技术咨询`, 2],
    [(lead) => `我司急需${lead}领域专家`, 2],
    [(lead) => `${lead}问题求助`, 2],
    [(lead) => `${lead}产品开发合作`, 2],
    [(lead) => `求${lead}解决办法`, 2],
    [(lead, second) => (second ? `${lead}及${second}研发项目` : `${lead}研发项目`), 2],
  ],
  problemTitle: (problem) => `如何解决${problem}`,
  opener: (sector) => (sector ? `本企业从事${sector}，` : '本企业为一家民营科技企业，'),
  problem: (problem) => `近期生产中出现${problem}的情况，一直没有找到办法。`,
  lack: (lead) => `近期在${lead}环节遇到瓶颈，产品质量不够稳定。`,
  want: (focus) => `拟引进${focus}相关成果或与专家团队开展合作，`,
  closings: [
    '费用可商议。',
    '有意者请与我们联系。',
    '希望一年内完成技术落地。',
    '优先考虑省内单位。',
    '可提供中试场地。',
  ],
};

export const PHRASINGS = { standard: STANDARD, 'held-out': HELD_OUT } as const;
export type PhrasingName = keyof typeof PHRASINGS;

/** Where needs come from: the manufacturing provinces the demo data uses. */
const NEED_PROVINCES = ['210000', '320000', '330000', '370000', '440000', '420000', '510000'];

/** A need's short problem phrase from the seed's abstract ("针对…问题"), if one is short. */
function shortProblem(seed: CslPaper): string | undefined {
  const clause = problemOf(seed.abstract).clause?.trim();
  if (!clause || clause.length > MAX_PROBLEM_CHARS) return undefined;
  // Never a phrase that gives away the paper's title.
  if (seed.title.includes(clause) || clause.includes(topicOf(seed.title))) return undefined;
  return clause;
}

/**
 * Writes a need the way an SME would from a seed paper's topic: the focus terms and, when the
 * abstract names one in a short phrase, the problem — never the paper's title or its sentences.
 * Deterministic: the same seed paper and id give the same need.
 */
export function writeNeed(
  id: string,
  topic: NeedTopic,
  industries: IndustryCatalog,
  regionCodes: ReadonlyMap<string, readonly string[]>,
  phrasing: Phrasing = STANDARD,
): NeedRecord {
  const { seed, lead, second } = topic;
  const random = new DemoRandom(`eval-need:${seed.id}`);
  const problem = shortProblem(seed);
  const title =
    problem && random.chance(0.25)
      ? phrasing.problemTitle(problem)
      : random.weighted(phrasing.titles)(lead, second);
  const industry = random.chance(INDUSTRY_SHARE) ? industryForPaper(seed) : undefined;
  const province = random.pick(NEED_PROVINCES);
  const region = random.chance(REGION_SHARE)
    ? random.pick(regionCodes.get(province) ?? [province])
    : undefined;

  const sector = industry ? industries.find(industry)?.name : undefined;
  const focus = second ? `${lead}、${second}` : lead;
  const description = [
    phrasing.opener(sector),
    problem ? phrasing.problem(problem) : phrasing.lack(lead),
    phrasing.want(focus),
    random.pick(phrasing.closings),
  ].join('');

  const keywords = random.chance(KEYWORDS_SHARE) ? (second ? [lead, second] : [lead]) : undefined;
  return {
    id,
    title,
    description,
    ...(keywords ? { keywords } : {}),
    ...(industry ? { industry } : {}),
    ...(region ? { region } : {}),
  };
}
