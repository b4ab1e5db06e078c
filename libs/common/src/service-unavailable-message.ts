/** What a newcomer should run when a backing service does not answer. */
export const START_HINTS = {
  postgres:
    'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start   (or: docker compose -f docker/compose.yml up -d postgres)',
  redis:
    'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log   (or: docker compose -f docker/compose.yml up -d redis)',
  meilisearch:
    'unset MEILI_URL to let npm start spawn the bundled binary, or: docker compose -f docker/compose.yml up -d meilisearch',
} as const;

export type BackingService = keyof typeof START_HINTS;

/** Strips credentials so a URL can be printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

export function serviceUnreachableMessage(
  service: BackingService,
  url: string,
  cause: string,
): string {
  return [
    `${service} did not answer at ${redactUrl(url)}: ${cause}`,
    `Start it with: ${START_HINTS[service]}`,
  ].join('\n');
}
