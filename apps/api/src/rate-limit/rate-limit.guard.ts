import { ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  ThrottlerOptions,
  ThrottlerRequest,
  ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request } from 'express';
import { APP_CONFIG, AppConfig, RateLimitedError } from '@rongtong/common';
import { Memberships } from '@rongtong/identity';
import type { AuthenticatedRequest } from '../auth/auth.decorators';

const AUTH_ROUTES = 'rongtong:auth-rate-limited';
/** Marks the sign-in/sign-up routes: they get the strict per-IP `auth` limit. */
export const AuthRateLimited = () => SetMetadata(AUTH_ROUTES, true);

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MINUTE = 60_000;

function requestOf(context: ExecutionContext): AuthenticatedRequest {
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
const isRead = (context: ExecutionContext) => READ_METHODS.has(requestOf(context).method);
const signedIn = (context: ExecutionContext) => requestOf(context).user !== undefined;

/** One counter per tracker across every route (a user's writes add up wherever they go). */
const acrossRoutes = (_context: ExecutionContext, tracker: string, name: string) =>
  `${name}:${tracker}`;

/**
 * The named limits (per minute): `auth` per IP on the sign-in routes; `reads` per IP (generous);
 * `writes-ip` per IP; `writes-user` per signed-in user; `writes-organisation` per organisation
 * the user acts for (each of theirs counts the write).
 */
export function rateLimitThrottlers(config: AppConfig): ThrottlerOptions[] {
  const limits = config.rateLimit;
  return [
    {
      name: 'auth',
      ttl: MINUTE,
      limit: config.auth.rateLimitPerMinute,
      skipIf: (context) => Reflect.getMetadata(AUTH_ROUTES, context.getClass()) !== true,
    },
    {
      name: 'reads',
      ttl: MINUTE,
      limit: limits.readsPerIp,
      skipIf: (context) => !isRead(context),
      generateKey: acrossRoutes,
    },
    {
      name: 'writes-ip',
      ttl: MINUTE,
      limit: limits.writesPerIp,
      skipIf: isRead,
      generateKey: acrossRoutes,
    },
    {
      name: 'writes-user',
      ttl: MINUTE,
      limit: limits.writesPerUser,
      skipIf: (context) => isRead(context) || !signedIn(context),
      getTracker: (_req, context) => `user:${requestOf(context).user?.id ?? ''}`,
      generateKey: acrossRoutes,
    },
    {
      name: 'writes-organisation',
      ttl: MINUTE,
      limit: limits.writesPerOrganisation,
      skipIf: (context) => isRead(context) || !signedIn(context),
      generateKey: acrossRoutes,
    },
  ];
}

/**
 * @nestjs/throttler with Redis counters (see RedisThrottlerStorage), run after the access-token
 * guard so writes are counted per user and per organisation. A 429 carries `Retry-After` and a
 * Chinese message.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly memberships: Memberships,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    return Promise.resolve(!this.config.rateLimit.enabled || context.getType() !== 'http');
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (props.throttler.name !== 'writes-organisation') return super.handleRequest(props);
    const user = requestOf(props.context).user;
    if (!user) return true;
    for (const organisationId of await this.memberships.organisationIdsOf(user.id)) {
      await super.handleRequest({ ...props, getTracker: () => `organisation:${organisationId}` });
    }
    return true;
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(`ip:${(req as unknown as Request).ip ?? 'unknown'}`);
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RateLimitedError(Math.max(1, detail.timeToBlockExpire));
  }
}
