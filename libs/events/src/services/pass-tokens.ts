import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an attendee's QR code carries: the pass, signed, never a bare id. */
export interface PassClaims {
  eventId: string;
  registrationId: string;
  attendeeIndex: number;
  /** Unix seconds. */
  expiresAt: number;
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function sign(secret: string, payload: string): Buffer {
  return createHmac('sha256', `event-pass:${secret}`).update(payload).digest();
}

export function signPass(secret: string, claims: PassClaims): string {
  const payload = b64(
    JSON.stringify([claims.eventId, claims.registrationId, claims.attendeeIndex, claims.expiresAt]),
  );
  return `${payload}.${b64(sign(secret, payload))}`;
}

/** The claims of a well-signed token (expired or not: the caller decides); null otherwise. */
export function readPass(secret: string, token: string): PassClaims | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = sign(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [eventId, registrationId, attendeeIndex, expiresAt] = parsed as unknown[];
    if (typeof eventId !== 'string' || typeof registrationId !== 'string') return null;
    if (typeof attendeeIndex !== 'number' || typeof expiresAt !== 'number') return null;
    return { eventId, registrationId, attendeeIndex, expiresAt };
  } catch {
    return null;
  }
}
