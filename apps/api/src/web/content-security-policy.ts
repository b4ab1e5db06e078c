import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Placeholder Vite writes into index.html (`html.cspNonce`); replaced per response. */
export const CSP_NONCE_PLACEHOLDER = '__RONGTONG_CSP_NONCE__';

/** Paths the web app never serves: the API (with Swagger UI), health and the admin pages. */
export const SERVER_PATHS = ['/api', '/health', '/admin'];

export function isServerPath(path: string): boolean {
  return SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function cspNonce(response: Response): string {
  return (response.locals as { cspNonce: string }).cspNonce;
}

/**
 * Security headers. The web app gets a policy that allows its own files and nothing more:
 * scripts from this origin only (no inline script at all), styles from this origin plus the
 * `<style>` elements Ant Design's CSS-in-JS inserts, which carry the per-response nonce. Swagger
 * UI and Bull Board (under /api and /admin) keep helmet's default policy, which they need.
 */
export function securityHeaders() {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (_request, response) => `'nonce-${cspNonce(response as Response)}'`],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  const defaults = helmet();
  return (request: Request, response: Response, next: NextFunction) => {
    (response.locals as { cspNonce: string }).cspNonce = randomBytes(16).toString('base64');
    (isServerPath(request.path) ? defaults : strict)(request, response, next);
  };
}
