/** Every value of `field` in an ICS file (one per VEVENT for per-event fields). */
export const icsField = (ics: string, field: string) =>
  [...ics.matchAll(new RegExp(`^${field}:(.*)$`, 'gm'))].map((m) => m[1].trim());
