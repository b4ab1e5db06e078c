import { IndustryCatalog, SME_TIERS, SmeTier } from '@rongtong/identity';
import { anyOf, equals, numberLiteral } from '@rongtong/search';
import type { MatchCounterpartKind } from '../entities/match.entity';
import { ListingProfile } from '../scoring/match-profiles';

/** The organisation types that can solve a need (capability matches). */
export const CAPABLE_ORGANISATION_TYPES = ['university', 'research_institute', 'service_org'];
/** The organisation type an achievement is offered to directly. */
export const ACHIEVEMENT_ADOPTER_TYPES = ['sme'];

/** One Meilisearch query for candidates of one kind. */
/**
 * How Meilisearch relaxes a query that not every document matches fully. `last` drops words
 * from the end, so a title such as 寻求玄武岩技术 (寻求|玄武岩|技术) ends up as 寻求 and finds
 * anything "sought"; `frequency` drops the most common words first and keeps the topic.
 */
export type MatchingStrategy = 'last' | 'frequency' | 'all';

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

/** Request phrasing around a need's topic: 寻求…技术, 征集…改进方案, …关键技术攻关需求. */
const LEADING_FILLER = /^(寻求|需要|征集|求购|寻找|急需|诚征|征求)/u;
const TRAILING_FILLER = /(需求|求解|难题|攻关|升级|合作|支持|方案|改进|相关|关键|技术|服务)$/u;

/**
 * A title without its request phrasing, e.g. 寻求玄武岩技术 → 玄武岩: what the listing is about.
 * Such filler is rare in achievements, so Meilisearch would otherwise rank by it.
 */
export function topicOf(title: string): string {
  let topic = title.trim().replace(LEADING_FILLER, '');
  for (;;) {
    const shorter = topic.replace(TRAILING_FILLER, '');
    if (shorter === topic || Array.from(shorter).length < 2) break;
    topic = shorter;
  }
  return topic;
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
 * - the title alone, relaxed by word frequency: keeps 玄武岩 of 寻求玄武岩技术, where `last`
 *   would keep 寻求 (listings without keywords depend on it);
 * - title + keywords restricted to the listing's industry division.
 * Every filter value is quoted by the search lib's helpers.
 */
export function textQueries(
  listing: ListingProfile,
  target: MatchCounterpartKind,
  baseFilter: string[],
  maxKeywords: number,
): CandidateQuery[] {
  const keywords = keywordText(listing, maxKeywords);
  const titleAndKeywords = `${listing.title} ${keywords}`.trim();
  const query = (q: string, filter: string[], matchingStrategy: MatchingStrategy) => ({
    target,
    q,
    filter,
    matchingStrategy,
  });
  const queries: CandidateQuery[] = [query(titleAndKeywords, baseFilter, 'last')];
  if (keywords) queries.push(query(keywords, baseFilter, 'last'));
  queries.push(query(topicOf(listing.title), baseFilter, 'last'));
  const industry = industryFilter(listing.industryCode);
  if (industry) queries.push(query(titleAndKeywords, [...baseFilter, industry], 'last'));
  return queries;
}

/** Queries toward listings of another kind, open on `today`. */
export function listingQueries(
  listing: ListingProfile,
  target: 'need' | 'achievement',
  today: string,
  maxKeywords: number,
): CandidateQuery[] {
  const open = `validUntil >= ${numberLiteral(chinaDayStart(today))}`;
  return textQueries(listing, target, [open], maxKeywords);
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
