import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DATA_DIR_ENV } from '@rongtong/identity';

/** One paper of the CSL benchmark (ydli-ai/CSL, Apache-2.0), see data/csl/SOURCE.md. */
export interface CslPaper {
  /** `dev-1` … `dev-1000`, `test-1` … `test-1000` (split and 1-based row). */
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  /** One of 67 disciplines, e.g. 计算机科学与技术. */
  discipline: string;
  /** One of 13 categories, e.g. 工学. */
  category: string;
}

export const CSL_SPLITS = ['dev', 'test'] as const;
export type CslSplit = (typeof CSL_SPLITS)[number];

const MARKER = join('csl', 'ts_dev.tsv');

/**
 * `$RONGTONG_DATA_DIR/csl` when that variable is set (as in the Docker image); otherwise walks up
 * from `startDir` until `data/csl/ts_dev.tsv` appears (works from src and dist).
 */
export function resolveCslDir(startDir: string = __dirname): string {
  const override = process.env[DATA_DIR_ENV]?.trim();
  if (override) {
    const dir = join(resolve(override), 'csl');
    if (!existsSync(join(dir, 'ts_dev.tsv'))) {
      throw new Error(`${DATA_DIR_ENV}=${override} does not contain ${MARKER}`);
    }
    return dir;
  }
  let current = resolve(startDir);
  for (;;) {
    const candidate = join(current, 'data');
    if (existsSync(join(candidate, MARKER))) return join(candidate, 'csl');
    const parent = dirname(current);
    if (parent === current) {
      throw new Error(`Cannot find data/csl/ts_dev.tsv in ${startDir} or any parent directory`);
    }
    current = parent;
  }
}

interface Row {
  input: string;
  output: string;
}

function readTask(dir: string, task: string, split: CslSplit): Row[] {
  const file = join(dir, `${task}_${split}.tsv`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const cells = line.replace(/\r$/, '').split('\t');
      if (cells.length !== 3) {
        throw new Error(
          `${file}:${index + 1}: expected 3 tab-separated cells, got ${cells.length}`,
        );
      }
      return { input: cells[1], output: cells[2] };
    });
}

/**
 * Joins the four CSL tasks row by row: `ts` (abstract → title), `kg` (abstract + title →
 * keywords joined by `_`), `cls_dcp` (abstract → discipline) and `cls_ctg` (title → category)
 * list the same papers in the same order. Throws if the rows do not line up.
 */
export function loadCslPapers(
  splits: readonly CslSplit[] = CSL_SPLITS,
  dir: string = resolveCslDir(),
): CslPaper[] {
  const papers: CslPaper[] = [];
  for (const split of splits) {
    const ts = readTask(dir, 'ts', split);
    const kg = readTask(dir, 'kg', split);
    const dcp = readTask(dir, 'cls_dcp', split);
    const ctg = readTask(dir, 'cls_ctg', split);
    if (kg.length !== ts.length || dcp.length !== ts.length || ctg.length !== ts.length) {
      throw new Error(`CSL ${split}: task files have different row counts`);
    }
    ts.forEach((row, i) => {
      const where = `CSL ${split} row ${i + 1}`;
      // kg's input is the abstract followed by the title; cls_ctg's input is the title.
      if (dcp[i].input !== row.input || !kg[i].input.startsWith(row.input)) {
        throw new Error(`${where}: abstracts of the task files do not line up`);
      }
      if (ctg[i].input !== row.output) {
        throw new Error(`${where}: titles of ts and cls_ctg do not line up`);
      }
      papers.push({
        id: `${split}-${i + 1}`,
        title: row.output,
        abstract: row.input,
        keywords: kg[i].output
          .split('_')
          .map((keyword) => keyword.trim())
          .filter((keyword) => keyword !== ''),
        discipline: dcp[i].output,
        category: ctg[i].output,
      });
    });
  }
  return papers;
}
