import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthenticatedError } from '@rongtong/common';
import { AccessTokenService } from '@rongtong/identity';
import { AUTH_MODE, AuthenticatedRequest, AuthMode } from './auth.decorators';

/** Global guard: every route needs a valid Bearer token unless marked @Public or @OptionalAuth. */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const mode = this.reflector.getAllAndOverride<AuthMode | undefined>(AUTH_MODE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (mode === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (!header) {
      if (mode === 'optional') return true;
      throw new UnauthenticatedError(
        'UNAUTHENTICATED',
        'Send an access token: Authorization: Bearer <token>',
      );
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new UnauthenticatedError(
        'TOKEN_INVALID',
        'The Authorization header must be "Bearer <token>"',
      );
    request.user = await this.tokens.verify(match[1]);
    return true;
  }
}
