import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig, ForbiddenError, UnauthenticatedError } from '@rongtong/common';
import { TokenPair } from '@rongtong/identity';
import { readCookie, strictCookie } from '../http/cookies';

/** The refresh token of a browser session, out of reach of scripts. */
export const REFRESH_COOKIE = 'rt_refresh';
/** Sent only to the auth routes that read it (refresh, logout), not with every API call. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';
/** The header that asks for the cookie transport on login and refresh. */
export const AUTH_TRANSPORT_HEADER = 'x-auth-transport';
/**
 * A custom header no HTML form can send and no other origin may add without a CORS preflight
 * (which this API never grants): required with the cookie on refresh and logout.
 */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'rongtong-web';

/** What login and refresh answer: the refresh token is absent when it went into the cookie. */
export type TokenAnswer = Omit<TokenPair, 'refreshToken'> & { refreshToken?: string };

/**
 * The browser transport of the session contract: with `X-Auth-Transport: cookie` the refresh
 * token travels in the `rt_refresh` HttpOnly, SameSite=Strict cookie scoped to the auth routes
 * (Secure outside development), and refresh/logout check the custom header and the Origin.
 * Without that header API clients keep the JSON token flow unchanged.
 */
@Injectable()
export class BrowserSession {
  private readonly allowedOrigin: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.allowedOrigin = new URL(config.publicUrl).origin;
  }

  usesCookie(request: Request): boolean {
    return request.headers[AUTH_TRANSPORT_HEADER] === 'cookie';
  }

  /** The refresh token a cookie-mode refresh or logout presents, after the CSRF checks. */
  presentedToken(request: Request): string | undefined {
    this.assertSameSiteRequest(request);
    return readCookie(request, REFRESH_COOKIE);
  }

  /** Puts the refresh token into the cookie when the browser asked for it, else answers it. */
  deliver(tokens: TokenPair, request: Request, response: Response): TokenAnswer {
    if (!this.usesCookie(request)) return tokens;
    const { refreshToken, ...rest } = tokens;
    const maxAge = this.config.auth.refreshTtlDays * 86_400;
    response.append('Set-Cookie', this.cookie(refreshToken, maxAge));
    return rest;
  }

  clear(response: Response): void {
    response.append('Set-Cookie', this.cookie('', 0));
  }

  private cookie(value: string, maxAgeSeconds: number): string {
    return strictCookie(REFRESH_COOKIE, value, {
      path: REFRESH_COOKIE_PATH,
      maxAgeSeconds,
      secure: this.config.env !== 'development',
    });
  }

  private assertSameSiteRequest(request: Request): void {
    if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
      throw new ForbiddenError(
        'CSRF_HEADER_MISSING',
        `Cookie sessions need the header X-Requested-With: ${CSRF_HEADER_VALUE}`,
      );
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== this.allowedOrigin) {
      throw new ForbiddenError('CSRF_ORIGIN_MISMATCH', `Requests from ${origin} are not accepted`);
    }
  }
}

export const missingRefreshToken = () =>
  new UnauthenticatedError('REFRESH_TOKEN_MISSING', 'No refresh token: sign in again');
