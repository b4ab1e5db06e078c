/** Pages of the web app a notification can point at, by subject kind. */
const PATH_BY_KIND: Record<string, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
  match: 'matches',
  organisation: 'organisations',
  saved_search: 'saved-searches',
  webhook_endpoint: 'webhooks',
};

/** The path (under the public URL) of what a notification is about; the inbox when unknown. */
export function subjectPath(kind: string | null, id: string | null): string {
  const segment = kind ? PATH_BY_KIND[kind] : undefined;
  return segment && id ? `/${segment}/${encodeURIComponent(id)}` : '/notifications';
}
