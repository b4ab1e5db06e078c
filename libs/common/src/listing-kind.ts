/**
 * The kinds of listing: the one declaration every context uses (catalog stores them, jobs carry
 * them, search indexes them, matching pairs them, notify names them). It lives in common because
 * the job catalogue, below catalog in the layering, names them too.
 */
export const LISTING_KINDS = ['need', 'achievement', 'challenge'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];
