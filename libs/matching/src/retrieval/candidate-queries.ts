import { IndustryCatalog, SME_TIERS, SmeTier } from '@rongtong/identity';
import { anyOf, equals, numberLiteral } from '@rongtong/search';
import type { MatchCounterpartKind } from '../entities/match.entity';
import { ListingProfile } from '../scoring/match-profiles';
import { stripBoilerplate } from '../text/boilerplate';

/** The organisation types that can solve a need (capability matches). */
export const CAPABLE_ORGANISATION_TYPES = ['university', 'research_institute', 'service_org'];
/** The organisation type an achievement is offered to directly. */
export const ACHIEVEMENT_ADOPTER_TYPES = ['sme'];

/**
 * How Meilisearch relaxes a query that not every document matches fully. `last` drops words
 * from the end, so a title such as 寻求玄武岩技术 (寻求|玄武岩|技术) ends up as 寻求 and finds
 * anything "sought"; `frequency` drops the most common words first, but so keeps words the
 * index hardly has, such as request words (我司, 办法), and then finds nothing. So the queries
 * put the specific words first and relax with `last` (measured with `npm run eval:matching`).
 */
export type MatchingStrategy = 'last' | 'frequency' | 'all';

/** One Meilisearch query for candidates of one kind. */
export interface CandidateQuery {
  target: MatchCounterpartKind;
  q: string;
  filter: string[];
  matchingStrategy: MatchingStrategy;
}

/** Meilisearch reads only the first 10 words of a query; keep the keywords that fit. */
function keywordText(listing: ListingProfile, maxKeywords: number): string {
  return listing.keywords.slice(0, maxKeywords).join(' ');
}

/** The title and the keywords that fit, the first query toward any kind. */
function titleAndKeywords(listing: ListingProfile, maxKeywords: number): string {
  return `${listing.title} ${keywordText(listing, maxKeywords)}`.trim();
}

/**
 * Generic request and boilerplate vocabulary of Chinese technology listings (who asks, that
 * they ask, for "technology", "a solution", "cooperation"): words that say nothing about the
 * topic. Deliberately generic; the topic itself is found by `topicTerms`, not by this list.
 */
const REQUEST_WORDS = (
  '我公司 本公司 我司 本司 我单位 本单位 我企业 本企业 我们 公司 企业 单位 中小企业 科技型 一家 ' +
  '寻求 寻找 需要 需求 希望 征集 征求 求购 求助 急需 诚征 ' +
  '技术 方案 合作 问题 咨询 领域 专家 团队 难题 求解 攻关 解决 提供 支持 服务 相关 方面 ' +
  '改进 升级 关键 成果 欢迎 联系 洽谈 目前 进行 实现 高校 科研院所 院所 产品 能够 可以 以及 有关'
)
  .split(' ')
  // Longest first, so 中小企业 goes as a whole before 企业 could split it.
  .sort((a, b) => b.length - a.length);
const REQUEST_PATTERN = new RegExp(REQUEST_WORDS.join('|'), 'gu');
const NOT_A_WORD = /[^\p{L}\p{N}]+/u;

function normalised(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The text's phrases (runs between punctuation) without request vocabulary, each once. */
export function contentPhrases(text: string): string[] {
  const phrases = normalised(text)
    .replace(REQUEST_PATTERN, ' ')
    .split(NOT_A_WORD)
    .filter((phrase) => Array.from(phrase).length >= 2);
  return [...new Set(phrases)];
}

/** The longest pieces (two characters or more) of the phrases that `text` contains. */
function repeatedPieces(phrases: string[], text: string): string[] {
  const found = new Set<string>();
  for (const phrase of phrases) {
    const chars = Array.from(phrase);
    let start = 0;
    while (start < chars.length - 1) {
      let end = chars.length;
      while (end >= start + 2 && !text.includes(chars.slice(start, end).join(''))) end--;
      if (end >= start + 2) {
        found.add(chars.slice(start, end).join(''));
        start = end;
      } else start++;
    }
  }
  return [...found].sort((a, b) => Array.from(b).length - Array.from(a).length);
}

/**
 * What a listing is about: the longest pieces of its title that its description repeats,
 * longest (most specific) first. A writer names the topic in the title and again in the text,
 * while the title's request phrasing (寻求…技术, 求…解决办法) usually is not repeated, so this
 * needs no list of how titles are phrased. E.g. 我司急需玄武岩纤维领域专家 with a text on
 * 玄武岩纤维 → 玄武岩纤维. Falls back to the title's content phrases (nothing repeated, e.g. no
 * description), then, for a title made only of generic words (关键问题), to its repeated
 * pieces unfiltered, and last to the title itself.
 */
export function topicTerms(title: string, body: string): string[] {
  const repeated = repeatedPieces(contentPhrases(title), contentPhrases(body).join(' '));
  if (repeated.length > 0) return repeated;
  const phrases = contentPhrases(title);
  if (phrases.length > 0) return phrases;
  const generic = repeatedPieces(normalised(title).split(NOT_A_WORD), normalised(body));
  return generic.length > 0 ? generic : [title.trim()];
}

/** Description queries per listing, and the characters a query gathers before it is closed. */
const BODY_QUERIES = 6;
const BODY_QUERY_CHARS = 10;

/**
 * The description, boilerplate and request words removed, cut into short queries of whole
 * phrases (about ten characters each, Meilisearch reading at most ten words), in order: each
 * finds what one statement of the problem is about, so a text naming several problems, or its
 * problem only in the body, still reaches every topic.
 */
export function bodyQueries(body: string): string[] {
  const queries: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const phrase of contentPhrases(stripBoilerplate(body))) {
    current.push(phrase);
    length += Array.from(phrase).length;
    if (length >= BODY_QUERY_CHARS) {
      queries.push(current.join(' '));
      current = [];
      length = 0;
    }
  }
  if (current.length > 0 && length >= 4) queries.push(current.join(' '));
  return queries.slice(0, BODY_QUERIES);
}

/** The listing's industry at division level (or its section), for an industry-restricted query. */
function industryFilter(code: string): string | undefined {
  const industry = IndustryCatalog.shared().find(code);
  if (!industry) return undefined;
  return equals('industryPrefixes', industry.path[1] ?? industry.path[0]);
}

/** Start of a China calendar day in Unix seconds: documents valid on it have validUntil ≥ it. */
export function chinaDayStart(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00+08:00`) / 1000);
}

/**
 * Several queries that together recall what one query would miss:
 * - title + keywords, relaxed from the end (`last`): keywords are listed most important first;
 * - the keywords alone (Meilisearch reads at most ten words, so a long title can crowd them out);
 * - the topic: title terms the description repeats, longest (most specific) first, relaxed from
 *   the end: keeps 玄武岩 of 寻求玄武岩技术, where title + keywords relaxed by `last` would keep
 *   寻求 (listings without keywords depend on it; see topicTerms);
 * - title + keywords restricted to the listing's industry division;
 * - the description cut into short queries (bodyQueries).
 * Every filter value is quoted by the search lib's helpers.
 */
export function textQueries(
  listing: ListingProfile,
  target: MatchCounterpartKind,
  baseFilter: string[],
  maxKeywords: number,
): CandidateQuery[] {
  const keywords = keywordText(listing, maxKeywords);
  const title = titleAndKeywords(listing, maxKeywords);
  const query = (q: string, filter: string[], matchingStrategy: MatchingStrategy) => ({
    target,
    q,
    filter,
    matchingStrategy,
  });
  const queries: CandidateQuery[] = [query(title, baseFilter, 'last')];
  if (keywords) queries.push(query(keywords, baseFilter, 'last'));
  const topic = topicTerms(listing.title, listing.body).join(' ');
  if (topic) queries.push(query(topic, baseFilter, 'last'));
  const industry = industryFilter(listing.industryCode);
  if (industry) queries.push(query(title, [...baseFilter, industry], 'last'));
  // Rare words first: `frequency` drops the commonest words of a description clause first.
  for (const q of bodyQueries(listing.body)) queries.push(query(q, baseFilter, 'frequency'));
  return queries;
}

/**
 * Queries toward listings of another kind, open on `today`: title + keywords only. Needs and
 * achievements are ranked for each other by BM25 over every listing of the other kind in
 * PostgreSQL (TermStatisticsService.retrieve), which finds what the description, heaviest-bigram,
 * keyword, topic and industry queries were for. Measured on the dev splits
 * (`npm run eval:matching`, nDCG@10 / P@5 / Recall@50): with the keyword, topic and industry
 * queries too, market 0.922 / 0.324 / 1.000, CSL with keywords ablated and industries coarsened
 * 0.861 / 0.354 / 0.926, CSL 0.958 / 0.428 / 0.992; with this one query the same (CSL P@5 0.430);
 * with no query at all market Recall@50 drops to 0.989. One query instead of four: the matcher's
 * multi-search and the candidates it scores shrink (bench `--only matching`).
 */
export function listingQueries(
  listing: ListingProfile,
  target: 'need' | 'achievement',
  today: string,
  maxKeywords: number,
): CandidateQuery[] {
  const open = `validUntil >= ${numberLiteral(chinaDayStart(today))}`;
  return [
    { target, q: titleAndKeywords(listing, maxKeywords), filter: [open], matchingStrategy: 'last' },
  ];
}

/** Queries toward capability profiles of organisations of the given types. */
export function organisationQueries(
  listing: ListingProfile,
  types: readonly string[],
  maxKeywords: number,
): CandidateQuery[] {
  return textQueries(listing, 'organisation', [anyOf('type', types)], maxKeywords);
}

/** Tiers at least `minimum`, for a pre-filter on the profile's current tier. */
export function tiersFrom(minimum: SmeTier): SmeTier[] {
  return SME_TIERS.slice(SME_TIERS.indexOf(minimum));
}

/**
 * A challenge's eligible organisations: its type and region restrictions as filters (regions by
 * their ancestor codes, so a province admits every code below it). With a minimum tier, one
 * more query asks, without text, for profiles certified at that tier today, so eligible
 * organisations whose profile shares no words with the challenge are still considered; the tier
 * on the deadline is checked against PostgreSQL afterwards.
 */
export function challengeQueries(challenge: ListingProfile, maxKeywords: number): CandidateQuery[] {
  const filter: string[] = [];
  if (challenge.eligibleOrganisationTypes.length > 0) {
    filter.push(anyOf('type', challenge.eligibleOrganisationTypes));
  }
  if (challenge.eligibleRegionCodes.length > 0) {
    filter.push(anyOf('regionPrefixes', challenge.eligibleRegionCodes));
  }
  const queries = textQueries(challenge, 'organisation', filter, maxKeywords);
  if (challenge.minTier) {
    queries.push({
      target: 'organisation',
      q: '',
      filter: [...filter, anyOf('currentTier', tiersFrom(challenge.minTier))],
      matchingStrategy: 'last',
    });
  }
  return queries;
}
