import { createHash, createHmac } from 'node:crypto';

/** What an external expert's invitation token is bound to. */
export interface EvaluatorInvitationTerms {
  evaluatorId: string;
  email: string;
  expiresAt: Date;
}

function key(secret: string): Buffer {
  return createHash('sha256').update(`rongtong-evaluator-invitations:${secret}`).digest();
}

/**
 * The invitation token: an HMAC of the evaluator row, its address and its expiry under the
 * server secret. The database keeps only its SHA-256 (as for every token), yet the worker can
 * mint the same token again when it mails the invitation, so no bearer secret ever sits in the
 * outbox or a job. A re-invitation (new expiry) or another address gives another token.
 */
export function evaluatorInvitationToken(secret: string, terms: EvaluatorInvitationTerms): string {
  const expiry = Math.floor(terms.expiresAt.getTime() / 1000);
  return createHmac('sha256', key(secret))
    .update(`${terms.evaluatorId}\n${terms.email.trim().toLowerCase()}\n${expiry}`)
    .digest('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
