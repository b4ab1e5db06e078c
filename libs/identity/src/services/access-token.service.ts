import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, UnauthenticatedError } from '@rongtong/common';
import { PlatformRole } from '../entities/user.entity';
import { CallerRoles } from '../roles/caller-roles';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who is calling: what every access decision starts from. */
export interface AuthenticatedUser {
  id: string;
  platformRoles: PlatformRole[];
}

interface AccessClaims {
  sub: string;
  /** What the user held at sign-in, for clients; access decisions read the database instead. */
  roles: PlatformRole[];
  typ: 'access';
}

/** Short-lived signed access tokens (HS256). */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly callerRoles: CallerRoles,
  ) {}

  sign(user: AuthenticatedUser): Promise<string> {
    const claims: AccessClaims = { sub: user.id, roles: user.platformRoles, typ: 'access' };
    return this.jwt.signAsync(claims, {
      secret: this.config.auth.jwtSecret,
      expiresIn: this.config.auth.accessTtlSeconds,
      algorithm: 'HS256',
      issuer: 'rongtong',
    });
  }

  /**
   * The caller behind a token: its signature and expiry checked, its roles read from the
   * database (briefly cached), so a forged or stale `roles` claim grants nothing and a removed
   * role stops working within seconds.
   */
  async verify(token: string): Promise<AuthenticatedUser> {
    const userId = await this.subjectOf(token);
    const platformRoles = await this.callerRoles.of(userId);
    if (!platformRoles)
      throw new UnauthenticatedError('TOKEN_INVALID', 'The access token is invalid');
    return { id: userId, platformRoles };
  }

  private async subjectOf(token: string): Promise<string> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.config.auth.jwtSecret,
        algorithms: ['HS256'],
        issuer: 'rongtong',
      });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || !UUID.test(claims.sub))
        throw new Error('not an access token');
      return claims.sub;
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new UnauthenticatedError('TOKEN_EXPIRED', 'The access token has expired; refresh it');
      }
      throw new UnauthenticatedError('TOKEN_INVALID', 'The access token is invalid');
    }
  }
}
