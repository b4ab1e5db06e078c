export type ListingKind = 'need' | 'achievement' | 'challenge';

const SEGMENTS: Record<ListingKind, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
};

/** The page of a listing: /needs/:id, /achievements/:id, /challenges/:id. */
export function listingPath(kind: ListingKind, id: string): string {
  return `/${SEGMENTS[kind]}/${id}`;
}
