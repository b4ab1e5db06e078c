import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock, UnauthenticatedError } from '@rongtong/common';
import { RefreshToken } from '../entities/refresh-token.entity';

const TOKEN_PATTERN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const invalid = () =>
  new UnauthenticatedError('REFRESH_TOKEN_INVALID', 'The refresh token is invalid or expired');

/**
 * Rotating refresh tokens `<id>.<secret>`: each use replaces the token; presenting a rotated
 * token again revokes its whole family (it was stolen, or the client is confused).
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    @InjectRepository(RefreshToken) private readonly tokens: Repository<RefreshToken>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * A new session (sign-in) or its next token (rotation, with the family and the session's
   * absolute end): a token never outlives the session it belongs to.
   */
  async issue(
    userId: string,
    session?: { familyId: string; sessionExpiresAt: Date },
  ): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock.now().getTime();
    const sessionExpiresAt =
      session?.sessionExpiresAt ?? new Date(now + this.config.auth.sessionMaxDays * 86_400_000);
    const expiresAt = new Date(
      Math.min(now + this.config.auth.refreshTtlDays * 86_400_000, sessionExpiresAt.getTime()),
    );
    const saved = await this.tokens.save(
      this.tokens.create({
        userId,
        familyId: session?.familyId ?? randomUUID(),
        secretHash: hashSecret(secret),
        expiresAt,
        sessionExpiresAt,
      }),
    );
    return `${saved.id}.${secret}`;
  }

  /** Consumes a token and returns the user id and a successor in the same family. */
  async rotate(presented: string): Promise<{ userId: string; refreshToken: string }> {
    const token = await this.find(presented);
    const now = this.clock.now();
    if (token.revokedAt || token.expiresAt <= now || token.sessionExpiresAt <= now) {
      throw invalid();
    }
    // Only one concurrent rotation of the same token can win.
    const claimed = await this.tokens.update(
      { id: token.id, rotatedAt: IsNull() },
      { rotatedAt: now },
    );
    if (!claimed.affected) {
      await this.revokeFamily(token.familyId);
      throw new UnauthenticatedError(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was used already; sign in again',
      );
    }
    return {
      userId: token.userId,
      refreshToken: await this.issue(token.userId, {
        familyId: token.familyId,
        sessionExpiresAt: token.sessionExpiresAt,
      }),
    };
  }

  /** Logout: revokes the token's family. Unknown tokens are ignored (logout is idempotent). */
  async revoke(presented: string): Promise<void> {
    const match = TOKEN_PATTERN.exec(presented);
    if (!match) return;
    const token = await this.tokens.findOneBy({ id: match[1] });
    if (token && this.secretMatches(token, match[2])) await this.revokeFamily(token.familyId);
  }

  /** Sign-out everywhere: every session of the user ends (their next refresh is refused). */
  async revokeAllForUser(userId: string): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  private async find(presented: string): Promise<RefreshToken> {
    const match = TOKEN_PATTERN.exec(presented);
    if (!match) throw invalid();
    const token = await this.tokens.findOneBy({ id: match[1] });
    if (!token || !this.secretMatches(token, match[2])) throw invalid();
    if (token.rotatedAt && !token.revokedAt) {
      await this.revokeFamily(token.familyId);
      throw new UnauthenticatedError(
        'REFRESH_TOKEN_REUSED',
        'This refresh token was used already; sign in again',
      );
    }
    return token;
  }

  private secretMatches(token: RefreshToken, secret: string): boolean {
    const expected = Buffer.from(token.secretHash, 'hex');
    const actual = Buffer.from(hashSecret(secret), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }
}
