import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, UnauthenticatedError } from '@rongtong/common';
import { PlatformRole } from '../entities/user.entity';

/** Who is calling: what every access decision starts from. */
export interface AuthenticatedUser {
  id: string;
  platformRoles: PlatformRole[];
}

interface AccessClaims {
  sub: string;
  roles: PlatformRole[];
  typ: 'access';
}

/** Short-lived signed access tokens (HS256). */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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

  async verify(token: string): Promise<AuthenticatedUser> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.config.auth.jwtSecret,
        algorithms: ['HS256'],
        issuer: 'rongtong',
      });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string')
        throw new Error('not an access token');
      return { id: claims.sub, platformRoles: Array.isArray(claims.roles) ? claims.roles : [] };
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new UnauthenticatedError('TOKEN_EXPIRED', 'The access token has expired; refresh it');
      }
      throw new UnauthenticatedError('TOKEN_INVALID', 'The access token is invalid');
    }
  }
}
