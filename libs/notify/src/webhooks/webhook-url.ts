import { isIP } from 'node:net';

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** A webhook URL whose shape is acceptable; where it resolves is checked separately. */
export interface WebhookUrl {
  url: URL;
  /** Hostname without IPv6 brackets: what DNS resolves or what is already an address. */
  host: string;
  /** Set when the host is an IP literal. */
  literalAddress?: string;
}

/**
 * Parses an endpoint URL: absolute http(s), at most 2048 characters, no credentials, a host.
 * Returns the problem as a sentence instead of throwing, so callers choose the error's field.
 */
export function parseWebhookUrl(raw: string): WebhookUrl | { problem: string } {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) {
    return { problem: `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'must be an absolute http:// or https:// URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: 'must be an http:// or https:// URL' };
  }
  if (url.username !== '' || url.password !== '') {
    return { problem: 'must not contain a user name or password' };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '') return { problem: 'must name a host' };
  return isIP(host) ? { url, host, literalAddress: host } : { url, host };
}
