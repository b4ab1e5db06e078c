import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharedGlobalSetup from '../../support/global-setup';

const ROOT = join(__dirname, '..', '..', '..');

/** The shared setup (one Meilisearch), plus the built web app the api serves. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
    execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  }
  await sharedGlobalSetup();
}
