import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Where `npm run build:web` writes the app and Vite's chunk manifest. */
export const WEB_DIST = join(__dirname, '..', '..', '..', 'dist', 'web');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface InitialJs {
  /** Every JavaScript file the page needs before it can render (entry, route chunk, imports). */
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

/**
 * The initial JavaScript of the page whose lazy route module is `pageModule` (e.g.
 * `src/search/SearchPage.tsx`): the entry chunk, the page's own chunk and everything either
 * imports statically, gzipped (level 6) one file at a time. Chunks the page itself loads lazily
 * after it renders (React.lazy inside the page) are not initial.
 */
export function initialJsOf(pageModule: string): InitialJs {
  const manifest = JSON.parse(
    readFileSync(join(WEB_DIST, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const pageKey = Object.keys(manifest).find((key) => key.endsWith(pageModule));
  if (!pageKey) throw new Error(`${pageModule} is not a chunk of the build`);
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) walk(imported);
  };
  walk('index.html');
  walk(pageKey);
  const files = [...seen]
    .map((key) => manifest[key].file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      file,
      gzipBytes: gzipSync(readFileSync(join(WEB_DIST, file)), { level: 6 }).length,
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
