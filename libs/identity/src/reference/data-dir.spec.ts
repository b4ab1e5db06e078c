import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DATA_DIR_ENV, resolveDataDir } from './data-dir';

// Located independently of resolveDataDir: the repository root is where package.json is.
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error('package.json not found');
    dir = dirname(dir);
  }
  return dir;
}
const repoData = join(repoRoot(), 'data');

describe('resolveDataDir', () => {
  const saved = process.env[DATA_DIR_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[DATA_DIR_ENV];
    else process.env[DATA_DIR_ENV] = saved;
  });

  it('walks up from the sources to <repo>/data', () => {
    delete process.env[DATA_DIR_ENV];
    expect(resolveDataDir()).toBe(repoData);
  });

  it('walks up from the compiled location under dist/', () => {
    delete process.env[DATA_DIR_ENV];
    const compiled = resolve(repoRoot(), 'dist/libs/identity/src/reference');
    expect(resolveDataDir(compiled)).toBe(repoData);
  });

  it('fails with a hint when no data directory is above the start', () => {
    delete process.env[DATA_DIR_ENV];
    const empty = mkdtempSync(join(tmpdir(), 'rongtong-nodata-'));
    expect(() => resolveDataDir(empty)).toThrow(
      /Cannot find data\/regions\/provinces\.json .*RONGTONG_DATA_DIR/,
    );
  });

  it('honours RONGTONG_DATA_DIR', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rongtong-data-'));
    mkdirSync(join(dir, 'regions'));
    writeFileSync(join(dir, 'regions', 'provinces.json'), '[]');
    process.env[DATA_DIR_ENV] = dir;
    expect(resolveDataDir()).toBe(dir);
  });

  it('rejects a RONGTONG_DATA_DIR without the region files instead of falling back', () => {
    process.env[DATA_DIR_ENV] = mkdtempSync(join(tmpdir(), 'rongtong-bad-'));
    expect(() => resolveDataDir()).toThrow('does not contain regions/provinces.json');
  });
});
