import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The fields of a CSL paper the generator uses (see CslPaper in the catalog/search libs). */
export interface CslPaperText {
  title: string;
  abstract: string;
  keywords: string[];
  category: string;
}

/**
 * loadCslPapers() lives in libs/catalog/src/demo/csl-corpus.ts (earlier in
 * libs/search/src/chinese/csl-corpus.ts): whichever the build contains is used, so the bench does
 * not break while the module moves. Resolved relative to this file in dist/bench (or bench/).
 */
export function loadCslPaperTexts(): CslPaperText[] {
  const candidates = [
    '../libs/catalog/src/demo/csl-corpus',
    '../libs/search/src/chinese/csl-corpus',
  ];
  for (const candidate of candidates) {
    const base = join(__dirname, candidate);
    if (existsSync(`${base}.js`) || existsSync(`${base}.ts`)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(base) as { loadCslPapers: () => CslPaperText[] };
      return module.loadCslPapers();
    }
  }
  throw new Error(
    `loadCslPapers not found (looked for ${candidates.join(', ')} from ${__dirname})`,
  );
}
