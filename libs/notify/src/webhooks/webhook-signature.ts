import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Receivers should refuse signatures older (or newer) than this: it bounds replays. */
export const DEFAULT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** A fresh endpoint secret: 32 random bytes, prefixed so a leaked one is recognisable. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** Hex HMAC-SHA256 keyed by the secret (its UTF-8 bytes) over `<timestamp>.<raw body>`. */
export function webhookHmac(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** The `X-Rongtong-Signature` header value: `t=<unix seconds>,v1=<hex HMAC>`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${webhookHmac(secret, timestamp, body)}`;
}

export interface VerifyWebhookOptions {
  /** Largest accepted distance between the signed timestamp and now. */
  toleranceSeconds?: number;
  /** Unix seconds; defaults to the current time. */
  nowSeconds?: number;
}

/**
 * True when the header holds a v1 signature of exactly this body by this secret, made within the
 * tolerance. Several v1 entries are accepted (one of them must match), so a sender may sign with
 * an old and a new secret during a rotation.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string,
  body: string,
  options: VerifyWebhookOptions = {},
): boolean {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamps = parts.filter(([key]) => key === 't').map(([, value]) => value);
  const signatures = parts.filter(([key]) => key === 'v1').map(([, value]) => value ?? '');
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0] ?? '')) return false;
  const timestamp = Number(timestamps[0]);
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS;
  if (Math.abs(now - timestamp) > tolerance) return false;
  const expected = Buffer.from(webhookHmac(secret, timestamp, body), 'hex');
  return signatures.some((signature) => {
    if (!/^[0-9a-f]{64}$/i.test(signature)) return false;
    return timingSafeEqual(Buffer.from(signature, 'hex'), expected);
  });
}
