import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What a mailed account link does. */
export const ACCOUNT_TOKEN_PURPOSES = ['verify-email', 'reset-password'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * The account state a token is bound to: the address and whether it is verified (verification),
 * or the current password hash (reset). Once the state moves (verified, password changed) every
 * token minted before is dead: single use without a table of used tokens.
 */
export interface AccountTokenState {
  userId: string;
  fingerprint: string;
}

export function verificationState(user: {
  id: string;
  email: string;
  emailVerifiedAt: Date | null;
}): AccountTokenState {
  return {
    userId: user.id,
    fingerprint: `${user.email.trim().toLowerCase()}|${user.emailVerifiedAt ? 'verified' : 'open'}`,
  };
}

export function resetState(user: { id: string; passwordHash: string }): AccountTokenState {
  return { userId: user.id, fingerprint: user.passwordHash };
}

function key(secret: string): Buffer {
  return createHash('sha256').update(`rongtong-account-links:${secret}`).digest();
}

function signature(
  secret: string,
  purpose: AccountTokenPurpose,
  state: AccountTokenState,
  expiresAtSeconds: number,
): string {
  return createHmac('sha256', key(secret))
    .update(`${purpose}\n${state.userId}\n${expiresAtSeconds}\n${state.fingerprint}`)
    .digest('base64url');
}

/** `<purpose>.<userId>.<expiry seconds>.<HMAC>`: signed, short-lived, bound to the state. */
export function signAccountToken(
  secret: string,
  purpose: AccountTokenPurpose,
  state: AccountTokenState,
  expiresAt: Date,
): string {
  const expiry = Math.floor(expiresAt.getTime() / 1000);
  return `${purpose}.${state.userId}.${expiry}.${signature(secret, purpose, state, expiry)}`;
}

const TOKEN_PATTERN =
  /^(verify-email|reset-password)\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** The parts of a well-formed token; undefined for anything else. */
export function parseAccountToken(
  token: string,
): { purpose: AccountTokenPurpose; userId: string; expiresAt: Date; mac: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return undefined;
  return {
    purpose: match[1] as AccountTokenPurpose,
    userId: match[2],
    expiresAt: new Date(Number(match[3]) * 1000),
    mac: match[4],
  };
}

/** True when `token` was signed for this purpose and state and has not expired at `now`. */
export function accountTokenValid(
  secret: string,
  token: string,
  purpose: AccountTokenPurpose,
  state: AccountTokenState,
  now: Date,
): boolean {
  const parsed = parseAccountToken(token);
  if (!parsed || parsed.purpose !== purpose || parsed.userId !== state.userId) return false;
  if (parsed.expiresAt.getTime() <= now.getTime()) return false;
  const expected = Buffer.from(
    signature(secret, purpose, state, Math.floor(parsed.expiresAt.getTime() / 1000)),
  );
  const actual = Buffer.from(parsed.mac);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
