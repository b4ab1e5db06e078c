import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import { UnauthenticatedError } from '@rongtong/common';
import { AuthenticatedUser } from '@rongtong/identity';

export const AUTH_MODE = 'rongtong:auth-mode';
export type AuthMode = 'public' | 'optional';

/** No token needed. */
export const Public = () => SetMetadata(AUTH_MODE, 'public' satisfies AuthMode);
/** A token is read when present (a bad one is still a 401), but none is needed. */
export const OptionalAuth = () => SetMetadata(AUTH_MODE, 'optional' satisfies AuthMode);

export type AuthenticatedRequest = Request & { user?: AuthenticatedUser };

/** The authenticated caller; routes that allow anonymous callers get undefined. */
export const CurrentUser = createParamDecorator(
  (required: boolean | undefined, context: ExecutionContext) => {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user && required !== false) throw new UnauthenticatedError();
    return user;
  },
);
