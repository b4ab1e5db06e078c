import { evaluatorInvitationToken, hashInvitationToken } from './evaluator-invitation-token';

describe('evaluatorInvitationToken', () => {
  const terms = {
    evaluatorId: '6f1c2a9e-1b7d-4c55-9f0e-2a3b4c5d6e7f',
    email: 'Expert@Example.cn ',
    expiresAt: new Date('2026-12-17T08:00:00.400Z'),
  };
  const secret = 'a-test-secret-of-sufficient-length-0123456789';

  it('mints the same token again from the same row (so the worker can mail it)', () => {
    const token = evaluatorInvitationToken(secret, terms);
    expect(evaluatorInvitationToken(secret, { ...terms, email: 'expert@example.cn' })).toBe(token);
    expect(
      evaluatorInvitationToken(secret, { ...terms, expiresAt: new Date('2026-12-17T08:00:00Z') }),
    ).toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('gives another token for another row, address, expiry or secret', () => {
    const token = evaluatorInvitationToken(secret, terms);
    const others = [
      evaluatorInvitationToken(secret, {
        ...terms,
        evaluatorId: terms.evaluatorId.replace('6', '7'),
      }),
      evaluatorInvitationToken(secret, { ...terms, email: 'other@example.cn' }),
      evaluatorInvitationToken(secret, { ...terms, expiresAt: new Date('2026-12-18T08:00:00Z') }),
      evaluatorInvitationToken(`${secret}x`, terms),
    ];
    for (const other of others) expect(other).not.toBe(token);
  });

  it('stores a hash that does not contain the token', () => {
    const token = evaluatorInvitationToken(secret, terms);
    expect(hashInvitationToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken(token)).not.toContain(token);
  });
});
