import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Environment variable that points straight at the `data` directory (the one holding `regions/`). */
export const DATA_DIR_ENV = 'RONGTONG_DATA_DIR';

// The marker is a file we ship, so a stray `data/` folder elsewhere on the way up cannot match.
const MARKER = join('regions', 'provinces.json');

let cached: { key: string; dir: string } | undefined;

/**
 * Finds the repository's `data` directory.
 *
 * The same code runs from `libs/identity/src/reference` (Jest, ts sources) and from
 * `dist/libs/identity/src/reference` (compiled), so a fixed relative path would be wrong in one of
 * them; walking up until `data/regions/provinces.json` appears works for both.
 */
export function resolveDataDir(startDir: string = __dirname): string {
  const override = process.env[DATA_DIR_ENV]?.trim();
  const key = `${override ?? ''}\u0000${startDir}`;
  if (cached?.key === key) return cached.dir;

  let dir: string;
  if (override) {
    dir = resolve(override);
    // An explicit override that is wrong should fail loudly rather than silently fall back.
    if (!existsSync(join(dir, MARKER))) {
      throw new Error(`${DATA_DIR_ENV}=${override} does not contain ${MARKER}`);
    }
  } else {
    dir = findUp(resolve(startDir));
  }
  cached = { key, dir };
  return dir;
}

function findUp(start: string): string {
  let current = start;
  for (;;) {
    const candidate = join(current, 'data');
    if (existsSync(join(candidate, MARKER))) return candidate;
    const parent = dirname(current);
    if (parent === current) {
      throw new Error(
        `Cannot find data/${MARKER.replace(/\\/g, '/')} in ${start} or any parent directory; ` +
          `set ${DATA_DIR_ENV} to the data directory`,
      );
    }
    current = parent;
  }
}
