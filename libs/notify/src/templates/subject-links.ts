/** Pages of the web app a notification can point at, by subject kind. */
const PATH_BY_KIND: Record<string, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
  challenge_application: 'applications',
  challenge_review: 'review-queue',
  match: 'matches',
  organisation: 'organisations',
  saved_search: 'saved-searches',
  webhook_endpoint: 'webhooks',
  event: 'events',
  uscc_claim: 'uscc-claims',
  event_registration: 'event-registrations',
};

/** Subjects that open a tab of their page (its key after '#'). */
const TAB_BY_KIND: Record<string, string> = {
  event_registration: 'agenda',
};

/** Subjects shown on a tab of a page rather than a page of their own. */
const FIXED_PATH_BY_KIND: Record<string, string> = {
  certification: '/my/organisation#certificates',
  name_change: '/my/organisation#profile',
};

/** The path (under the public URL) of what a notification is about; the inbox when unknown. */
export function subjectPath(kind: string | null, id: string | null): string {
  const fixed = kind ? FIXED_PATH_BY_KIND[kind] : undefined;
  if (fixed) return fixed;
  const segment = kind ? PATH_BY_KIND[kind] : undefined;
  if (!segment || !id) return '/notifications';
  const tab = kind ? TAB_BY_KIND[kind] : undefined;
  return `/${segment}/${encodeURIComponent(id)}${tab ? `#${tab}` : ''}`;
}
