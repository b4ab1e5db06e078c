import { createHmac } from 'node:crypto';
import { UnsubscribeTokens } from './unsubscribe-token';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const USER = '6f1c2d4e-8a9b-4c0d-9e1f-2a3b4c5d6e7f';

describe('UnsubscribeTokens', () => {
  const tokens = new UnsubscribeTokens(SECRET);

  it('round-trips the user and the types (sorted, unique)', () => {
    const token = tokens.sign({
      userId: USER,
      types: ['match.found', 'listing.expiring', 'match.found'],
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(tokens.verify(token)).toEqual({
      userId: USER,
      types: ['listing.expiring', 'match.found'],
    });
  });

  it('rejects a token whose payload was changed', () => {
    const token = tokens.sign({ userId: USER, types: ['match.found'] });
    const [, signature] = token.split('.');
    const other = Buffer.from(
      JSON.stringify({ u: '00000000-0000-4000-8000-000000000000', t: ['match.found'] }),
    ).toString('base64url');
    expect(tokens.verify(`${other}.${signature}`)).toBeNull();
  });

  it('rejects tokens signed with another key, or with the JWT secret itself', () => {
    const foreign = new UnsubscribeTokens('another-secret-that-is-also-long-enough!!');
    expect(tokens.verify(foreign.sign({ userId: USER, types: ['match.found'] }))).toBeNull();
    // The key is derived, so a MAC computed with the raw secret does not verify either.
    const body = Buffer.from(JSON.stringify({ u: USER, t: ['match.found'] })).toString('base64url');
    const rawMac = createHmac('sha256', SECRET).update(body).digest('base64url');
    expect(tokens.verify(`${body}.${rawMac}`)).toBeNull();
  });

  it('rejects malformed tokens and well-signed ones naming unknown types', () => {
    for (const bad of ['', 'abc', 'a.b.c', '..', `${'x'.repeat(40)}.${'y'.repeat(43)}`]) {
      expect(tokens.verify(bad)).toBeNull();
    }
    const forgedType = tokens.sign({ userId: USER, types: ['sms.blast' as never] });
    expect(tokens.verify(forgedType)).toBeNull();
    const noTypes = tokens.sign({ userId: USER, types: [] });
    expect(tokens.verify(noTypes)).toBeNull();
    const notAUser = tokens.sign({ userId: 'admin', types: ['match.found'] });
    expect(tokens.verify(notAUser)).toBeNull();
  });
});
