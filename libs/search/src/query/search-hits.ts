import { ListingDocument } from '../listings/listing-document';
import { OrganisationDocument } from '../organisations/organisation-document';
import { SearchTarget } from './search-criteria';

/** Public listing fields returned in hits: everything but the sub-word search field. */
export type ListingHitFields = Omit<ListingDocument, 'subwords'>;

// A record (not an array) so that the compiler insists on every field of the document type.
const LISTING_FIELDS: Record<keyof ListingHitFields, true> = {
  id: true,
  kind: true,
  version: true,
  title: true,
  keywords: true,
  body: true,
  organisationId: true,
  organisationName: true,
  organisationType: true,
  industryCode: true,
  industryPrefixes: true,
  industrySection: true,
  industryName: true,
  regionCode: true,
  regionPrefixes: true,
  provinceCode: true,
  regionName: true,
  modes: true,
  trl: true,
  amountMinWan: true,
  amountMaxWan: true,
  negotiable: true,
  minTier: true,
  eligibleOrganisationTypes: true,
  publishedAt: true,
  validUntil: true,
};
const ORGANISATION_FIELDS: Record<keyof OrganisationDocument, true> = {
  id: true,
  version: true,
  name: true,
  type: true,
  profile: true,
  regionCode: true,
  regionPrefixes: true,
  regionName: true,
  industryCode: true,
  industryPrefixes: true,
  industryName: true,
  currentTier: true,
  achievementTitles: true,
  achievementKeywords: true,
  createdAt: true,
};

/** Where the title and body of a hit come from in each index. */
export const TEXT_FIELDS: Readonly<Record<SearchTarget, { title: string; body: string }>> = {
  need: { title: 'title', body: 'body' },
  achievement: { title: 'title', body: 'body' },
  challenge: { title: 'title', body: 'body' },
  organisation: { title: 'name', body: 'profile' },
};

/** attributesToRetrieve: an explicit list, because Meilisearch has no "all but" syntax. */
export function retrievedFields(target: SearchTarget): string[] {
  return Object.keys(target === 'organisation' ? ORGANISATION_FIELDS : LISTING_FIELDS);
}

/**
 * Highlight markers sent to Meilisearch: private-use characters that never occur in our texts, so
 * the text can be HTML-escaped before they become <em> tags and a title such as `<img onerror>`
 * reaches the browser as text, not markup.
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';
export const CROP_MARKER = '…';

export interface SearchHighlight {
  /** HTML-escaped title with matches in <em>…</em>. */
  title: string;
  /** HTML-escaped snippet of the body around the matches, with matches in <em>…</em>. */
  body: string;
}

export type SearchHit<T> = T & { highlight: SearchHighlight };
export type ListingHit = SearchHit<ListingHitFields>;
export type OrganisationHit = SearchHit<OrganisationDocument>;

type RawHit = Record<string, unknown> & { _formatted?: Record<string, unknown> };

/** A Meilisearch hit as the API returns it: retrieved fields plus a clean `highlight`. */
export function toSearchHit(target: SearchTarget, raw: RawHit): ListingHit | OrganisationHit {
  const fields = target === 'organisation' ? ORGANISATION_FIELDS : LISTING_FIELDS;
  const hit: Record<string, unknown> = {};
  // Copy only known fields: whatever else an index holds never leaks into a response.
  for (const name of Object.keys(fields)) {
    if (name in raw) hit[name] = raw[name];
  }
  const text = TEXT_FIELDS[target];
  const formatted = raw._formatted ?? {};
  hit.highlight = {
    title: highlightHtml(formatted[text.title] ?? raw[text.title]),
    body: highlightHtml(formatted[text.body] ?? raw[text.body]),
  } satisfies SearchHighlight;
  return hit as ListingHit | OrganisationHit;
}

/** HTML-escapes a formatted value and turns the highlight markers into <em> tags. */
export function highlightHtml(value: unknown): string {
  if (typeof value !== 'string') return '';
  return escapeHtml(value).replaceAll(HIGHLIGHT_PRE, '<em>').replaceAll(HIGHLIGHT_POST, '</em>');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
