import type { ListingKind } from '@rongtong/common';

/**
 * The content fields of each listing kind: what the public, search and matching see. An edit of
 * a published listing is split over these fields into minor edits (applied at once) and the
 * rest, which wait in a revision for a reviewer.
 */
const COMMON_FIELDS = ['title', 'keywords', 'industryCode', 'regionCode', 'validUntil'] as const;

export const CONTENT_FIELDS: Record<ListingKind, readonly string[]> = {
  need: [
    ...COMMON_FIELDS,
    'description',
    'cooperationModes',
    'budgetMinWan',
    'budgetMaxWan',
    'budgetNegotiable',
    'desiredTrl',
    'anonymous',
  ],
  achievement: [
    ...COMMON_FIELDS,
    'abstract',
    'technologyField',
    'patents',
    'trl',
    'transferModes',
    'licenceKinds',
    'openLicenceTerms',
    'priceWan',
    'priceNegotiable',
    'team',
    'institution',
    'applicationScenarios',
  ],
  challenge: [
    ...COMMON_FIELDS,
    'problem',
    'technicalIndicators',
    'rewardWan',
    'minTier',
    'eligibleOrganisationTypes',
    'eligibleRegionCodes',
    'evaluationCriteria',
  ],
};

/** A minor edit may move a need's or achievement's last day later by at most this many days… */
export const MINOR_EXTENSION_MAX_DAYS = 180;
/** …and never past this many days from today. */
export const MINOR_VALIDITY_MAX_DAYS = 365;

/**
 * The edits an owner may make to a published listing without review, listed explicitly (and in
 * the README). Everything else waits for a reviewer. The rule: nothing that adds or changes text
 * the public reads, nor what search or matching rank on.
 *
 * - `validUntil` of a need or an achievement, extended (later than today's last day) by at most
 *   MINOR_EXTENSION_MAX_DAYS and to at most MINOR_VALIDITY_MAX_DAYS from today. A challenge's
 *   deadline binds its applicants, so it is reviewed.
 * - `anonymous` of a need switched on: hiding the owner's name never publishes anything new.
 *   Switching it off is reviewed.
 */
export function isMinorEdit(
  kind: ListingKind,
  field: string,
  before: unknown,
  after: unknown,
  today: string,
): boolean {
  if (field === 'validUntil' && kind !== 'challenge') {
    if (typeof before !== 'string' || typeof after !== 'string') return false;
    return (
      after > before &&
      after <= addDays(before, MINOR_EXTENSION_MAX_DAYS) &&
      after <= addDays(today, MINOR_VALIDITY_MAX_DAYS)
    );
  }
  if (field === 'anonymous' && kind === 'need') return before === false && after === true;
  return false;
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** The content fields whose values differ, in the kind's field order. */
export function changedFields(
  kind: ListingKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldChange[] {
  return CONTENT_FIELDS[kind]
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, old: before[field] ?? null, new: after[field] ?? null }));
}

/** The content fields of a listing as plain, detached values. */
export function contentOf(kind: ListingKind, listing: object): Record<string, unknown> {
  const source = listing as Record<string, unknown>;
  const content: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS[kind]) {
    const value = source[field];
    content[field] = value === undefined ? null : structuredClone(value);
  }
  return content;
}

/** Structural equality of JSON-like values; key order of objects does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)),
        )
      : item,
  );
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
