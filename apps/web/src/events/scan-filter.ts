/**
 * What the camera scanner decides before it calls the API: whether a decoded QR code can be a
 * Rongtong pass at all, and whether it is the same code seen again a moment ago.
 */

/**
 * A pass token is `payload.signature`, both base64url: the payload a JSON array
 * [eventId, registrationId, attendeeIndex, expiresAt], the signature an HMAC-SHA256 (43 chars).
 * Only the shape is checked here; the signature and the event are the server's to judge.
 */
export function looksLikePass(text: string): boolean {
  const match = /^([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{43})$/.exec(text.trim());
  if (!match) return false;
  try {
    const padded = match[1].replace(/-/g, '+').replace(/_/g, '/');
    const parsed: unknown = JSON.parse(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4)));
    return (
      Array.isArray(parsed) &&
      parsed.length === 4 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'number' &&
      typeof parsed[3] === 'number'
    );
  } catch {
    return false;
  }
}

/**
 * The camera sees the same code in frame after frame while the attendee holds up the phone:
 * a code counts once, and again only after it has been out of sight for `quietMs`.
 */
export class RepeatFilter {
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly quietMs: number) {}

  /** True when `text` is new (or back after a quiet spell); every sighting restarts its quiet time. */
  fresh(text: string, now: number): boolean {
    for (const [seen, at] of this.lastSeen) {
      if (now - at >= this.quietMs) this.lastSeen.delete(seen);
    }
    const known = this.lastSeen.has(text);
    this.lastSeen.set(text, now);
    return !known;
  }

  /** Forget a code, so that the next sighting counts (after a failed network call, say). */
  forget(text: string): void {
    this.lastSeen.delete(text);
  }
}
