import express, { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
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

/** Encodings the build writes beside the assets (`<file>.br`, `<file>.gz`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The compressed copies `npm run build:web` wrote under /assets: `/assets/<file>` → encodings. */
function precompressedAssets(dir: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const assetsDir = join(dir, 'assets');
  if (!existsSync(assetsDir)) return found;
  for (const name of readdirSync(assetsDir)) {
    for (const { name: encoding, suffix } of ENCODINGS) {
      if (!name.endsWith(suffix)) continue;
      const original = `/assets/${name.slice(0, -suffix.length)}`;
      found.set(original, (found.get(original) ?? new Set()).add(encoding));
    }
  }
  return found;
}

/**
 * Serves the built web app: hashed files under /assets cached for a year (their names change
 * with their content), in brotli or gzip when the browser accepts it and the build wrote the
 * compressed copy, index.html never cached and given the response's CSP nonce, and
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
  const compressed = precompressedAssets(dir);
  const immutable = `public, max-age=${YEAR_SECONDS}, immutable`;
  /** A hashed asset in the best encoding the browser accepts, when the build wrote one. */
  const sendCompressed = (request: Request, response: Response): boolean => {
    const available = compressed.get(request.path);
    if (!available) return false;
    response.vary('Accept-Encoding');
    // Our order decides among the accepted ones (browsers list gzip before br at equal q).
    const encoding = ENCODINGS.find(
      (e) => available.has(e.name) && request.acceptsEncodings(e.name) === e.name,
    );
    if (!encoding) return false;
    response.setHeader('Content-Encoding', encoding.name);
    response.setHeader('Cache-Control', immutable);
    response.type(extname(request.path));
    response.sendFile(join(dir, `${request.path}${encoding.suffix}`), { cacheControl: false });
    return true;
  };
  const assets = express.static(dir, {
    index: false,
    redirect: false,
    setHeaders: (response, path) => {
      const hashed = path.startsWith(join(dir, 'assets'));
      response.setHeader('Cache-Control', hashed ? immutable : 'public, max-age=3600');
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
    if (sendCompressed(request, response)) return;
    assets(request, response, () => {
      // A missing file (a name with an extension) is a 404, not the app.
      if (/\.[a-z0-9]+$/i.test(request.path)) return next();
      sendIndex(response);
    });
  });
  return true;
}
