import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { isNotificationType, NotificationType } from '../entities/notification-types';

/** Who unsubscribes from what: a user and the notification types of the mail that carried it. */
export interface UnsubscribeScope {
  userId: string;
  types: NotificationType[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signed unsubscribe tokens: `base64url(json).base64url(hmac)`. The key is derived from the
 * JWT secret for this one purpose, so a token cannot be replayed as anything else. Tokens do
 * not expire: an unsubscribe link in an old mail must keep working.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'rongtong', 'unsubscribe-token/v1', 32));
  }

  sign(scope: UnsubscribeScope): string {
    const types = [...new Set(scope.types)].sort();
    const body = Buffer.from(JSON.stringify({ u: scope.userId, t: types })).toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** The scope of a genuine token; null for anything forged, altered or malformed. */
  verify(token: string): UnsubscribeScope | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return null;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.mac(body);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
        u?: unknown;
        t?: unknown;
      };
      if (typeof claims.u !== 'string' || !UUID.test(claims.u)) return null;
      if (!Array.isArray(claims.t) || claims.t.length === 0) return null;
      const types = claims.t.filter((t): t is string => typeof t === 'string');
      if (types.length !== claims.t.length || !types.every(isNotificationType)) return null;
      return { userId: claims.u, types };
    } catch {
      return null;
    }
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest();
  }
}
