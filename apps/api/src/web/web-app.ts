import express, { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cspNonce, CSP_NONCE_PLACEHOLDER, isServerPath } from './content-security-policy';

/** Where `npm run build:web` writes the app: `<repository>/dist/web`. */
export function webDistDir(startDir: string = __dirname): string {
  let dir = resolve(startDir);
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) return resolve('dist', 'web');
    dir = dirname(dir);
  }
  return join(dir, 'dist', 'web');
}

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Serves the built web app: hashed files under /assets cached for a year (their names change
 * with their content), index.html never cached and given the response's CSP nonce, and
 * index.html for any other GET outside /api, /health and /admin so client routes survive a
 * reload. Returns false when the app is not built (the API works without it).
 */
export function mountWebApp(
  app: { use: (handler: express.RequestHandler) => unknown },
  dir: string = webDistDir(),
): boolean {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile, 'utf8');
  const assets = express.static(dir, {
    index: false,
    redirect: false,
    setHeaders: (response, path) => {
      const hashed = path.startsWith(join(dir, 'assets'));
      response.setHeader(
        'Cache-Control',
        hashed ? `public, max-age=${YEAR_SECONDS}, immutable` : 'public, max-age=3600',
      );
    },
  });
  const sendIndex = (response: Response) => {
    response
      .status(200)
      .type('html')
      .setHeader('Cache-Control', 'no-cache')
      .send(index.replaceAll(CSP_NONCE_PLACEHOLDER, cspNonce(response)));
  };
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isServerPath(request.path)) {
      return next();
    }
    if (request.path === '/' || request.path === '/index.html') return sendIndex(response);
    assets(request, response, () => {
      // A missing file (a name with an extension) is a 404, not the app.
      if (/\.[a-z0-9]+$/i.test(request.path)) return next();
      sendIndex(response);
    });
  });
  return true;
}
