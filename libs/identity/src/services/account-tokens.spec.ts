import {
  accountTokenValid,
  resetState,
  signAccountToken,
  verificationState,
} from './account-tokens';

const SECRET = 's'.repeat(40);
const NOW = new Date('2026-12-03T10:00:00Z');
const LATER = new Date('2026-12-03T10:30:00Z');
const user = {
  id: '0b7e3f4a-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  email: 'Li.Ming@example.cn',
  emailVerifiedAt: null,
  passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$abc$def',
};

describe('account tokens', () => {
  it('accepts a token for its purpose, user and state until it expires', () => {
    const token = signAccountToken(SECRET, 'verify-email', verificationState(user), LATER);
    expect(accountTokenValid(SECRET, token, 'verify-email', verificationState(user), NOW)).toBe(
      true,
    );
    expect(accountTokenValid(SECRET, token, 'verify-email', verificationState(user), LATER)).toBe(
      false,
    );
  });

  it('dies once the state moves: verified, or the password changed (single use)', () => {
    const verify = signAccountToken(SECRET, 'verify-email', verificationState(user), LATER);
    const verified = verificationState({ ...user, emailVerifiedAt: NOW });
    expect(accountTokenValid(SECRET, verify, 'verify-email', verified, NOW)).toBe(false);
    const reset = signAccountToken(SECRET, 'reset-password', resetState(user), LATER);
    const changed = resetState({ ...user, passwordHash: `${user.passwordHash}x` });
    expect(accountTokenValid(SECRET, reset, 'reset-password', resetState(user), NOW)).toBe(true);
    expect(accountTokenValid(SECRET, reset, 'reset-password', changed, NOW)).toBe(false);
  });

  it('refuses another purpose, another secret, a changed expiry and garbage', () => {
    const token = signAccountToken(SECRET, 'reset-password', resetState(user), LATER);
    expect(accountTokenValid(SECRET, token, 'verify-email', resetState(user), NOW)).toBe(false);
    expect(accountTokenValid('t'.repeat(40), token, 'reset-password', resetState(user), NOW)).toBe(
      false,
    );
    const [purpose, id, expiry, mac] = token.split('.');
    const stretched = [purpose, id, String(Number(expiry) + 86_400), mac].join('.');
    expect(accountTokenValid(SECRET, stretched, 'reset-password', resetState(user), NOW)).toBe(
      false,
    );
    expect(accountTokenValid(SECRET, 'x', 'reset-password', resetState(user), NOW)).toBe(false);
  });
});
