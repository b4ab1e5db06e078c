import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The repository root for a script run from `dist/<dir>/` (two levels up holds package.json),
 * or the working directory when run some other way.
 */
export function repoRoot(scriptDir: string): string {
  const fromDist = resolve(scriptDir, '..', '..');
  return existsSync(join(fromDist, 'package.json')) ? fromDist : process.cwd();
}

/** A progress logger on stderr: `[tag   12.3s] line`, seconds since it was made. */
export function progressLog(tag: string, width = 7): (line: string) => void {
  const started = Date.now();
  return (line) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(width);
    process.stderr.write(`[${tag} ${seconds}s] ${line}\n`);
  };
}
