import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The evaluation corpus format (issue 4): a directory with
 * - needs.jsonl: `id`, `title`, `description`, optional `keywords`, `industry`, `region`
 *   (also read when present: `desired_trl`, `cooperation_modes`);
 * - achievements.jsonl: `id`, `title`, `abstract`, optional `keywords`, `industry`, `maturity`
 *   (also read when present: `region`, `transfer_modes`); other fields are ignored;
 * - qrels.tsv: `need_id`, `achievement_id`, grade 0–2, tab- or space-separated, an optional header
 *   line; TREC's four columns (`need_id 0 achievement_id grade`) are accepted as well.
 * Structural problems are errors naming file:line; values are interpreted by the loader.
 */

export interface CorpusNeed {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  industry?: string;
  region?: string;
  desiredTrl?: unknown;
  cooperationModes: string[];
  /** Where the record is, for messages: `needs.jsonl:12`. */
  at: string;
}

export interface CorpusAchievement {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  industry?: string;
  region?: string;
  maturity?: unknown;
  transferModes: string[];
  at: string;
}

export type Grade = 0 | 1 | 2;
/** need id → achievement id → grade. */
export type Qrels = Map<string, Map<string, Grade>>;

export interface EvaluationCorpus {
  dir: string;
  needs: CorpusNeed[];
  achievements: CorpusAchievement[];
  qrels: Qrels;
}

export class CorpusFormatError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - 20} more` : '';
    super(`Invalid evaluation corpus:\n  ${shown.join('\n  ')}${more}`);
    this.name = 'CorpusFormatError';
  }
}

type Json = Record<string, unknown>;

/** Non-empty lines of a text file with their 1-based numbers (a BOM and CRs are dropped). */
function lines(text: string): { line: number; text: string }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((raw, index) => ({ line: index + 1, text: raw.replace(/\r$/, '') }))
    .filter(({ text: t }) => t.trim() !== '');
}

/** Parses JSON lines, reporting problems as `file:line: …` into `problems`. */
function jsonLines(file: string, text: string, problems: string[]): { at: string; record: Json }[] {
  const records: { at: string; record: Json }[] = [];
  for (const { line, text: raw } of lines(text)) {
    const at = `${file}:${line}`;
    try {
      const value: unknown = JSON.parse(raw);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push(
          `${at}: expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`,
        );
      } else {
        records.push({ at, record: value as Json });
      }
    } catch (error) {
      problems.push(`${at}: not valid JSON (${(error as Error).message})`);
    }
  }
  return records;
}

class FieldReader {
  constructor(
    private readonly at: string,
    private readonly record: Json,
    private readonly problems: string[],
  ) {}

  /** A string (or an integer, for ids and codes), trimmed; required ones must be non-empty. */
  text(field: string, required: true): string;
  text(field: string, required: false): string | undefined;
  text(field: string, required: boolean): string | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) {
      if (required) this.problems.push(`${this.at}: "${field}" is missing`);
      return undefined;
    }
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    if (typeof value !== 'string') {
      this.problems.push(`${this.at}: "${field}" must be a string, got ${typeof value}`);
      return undefined;
    }
    const trimmed = value.trim();
    if (required && trimmed === '') this.problems.push(`${this.at}: "${field}" is empty`);
    return trimmed === '' ? undefined : trimmed;
  }

  /** A list of strings, or one string split on common separators (，、;). */
  list(field: string): string[] {
    const value = this.record[field];
    if (value === undefined || value === null) return [];
    const items =
      typeof value === 'string'
        ? value.split(/[,，;；、|_]/u)
        : Array.isArray(value) && value.every((v) => typeof v === 'string')
          ? value
          : undefined;
    if (!items) {
      this.problems.push(`${this.at}: "${field}" must be a list of strings or one string`);
      return [];
    }
    return [...new Set(items.map((item) => item.trim()).filter((item) => item !== ''))];
  }

  raw(field: string): unknown {
    return this.record[field] ?? undefined;
  }
}

export function parseNeeds(file: string, text: string, problems: string[]): CorpusNeed[] {
  return jsonLines(file, text, problems).map(({ at, record }) => {
    const read = new FieldReader(at, record, problems);
    return {
      id: read.text('id', true) ?? '',
      title: read.text('title', true) ?? '',
      description: read.text('description', false) ?? '',
      keywords: read.list('keywords'),
      industry: read.text('industry', false),
      region: read.text('region', false),
      desiredTrl: read.raw('desired_trl') ?? read.raw('maturity'),
      cooperationModes: read.list('cooperation_modes'),
      at,
    };
  });
}

export function parseAchievements(
  file: string,
  text: string,
  problems: string[],
): CorpusAchievement[] {
  return jsonLines(file, text, problems).map(({ at, record }) => {
    const read = new FieldReader(at, record, problems);
    return {
      id: read.text('id', true) ?? '',
      title: read.text('title', true) ?? '',
      abstract: read.text('abstract', false) ?? '',
      keywords: read.list('keywords'),
      industry: read.text('industry', false),
      region: read.text('region', false),
      maturity: read.raw('maturity'),
      transferModes: read.list('transfer_modes'),
      at,
    };
  });
}

/** Ids must be unique within their file. */
function checkUnique(records: { id: string; at: string }[], problems: string[]): void {
  const seen = new Map<string, string>();
  for (const { id, at } of records) {
    if (id === '') continue;
    const first = seen.get(id);
    if (first) problems.push(`${at}: duplicate id "${id}" (first at ${first})`);
    else seen.set(id, at);
  }
}

export function parseQrels(
  file: string,
  text: string,
  needIds: ReadonlySet<string>,
  achievementIds: ReadonlySet<string>,
  problems: string[],
): Qrels {
  const qrels: Qrels = new Map();
  const rows = lines(text);
  rows.forEach(({ line, text: raw }, index) => {
    const at = `${file}:${line}`;
    const cells = raw.trim().split(/\t|\s+/);
    // A header line: the first line whose last column is not a number.
    if (index === 0 && !/^-?\d+$/.test(cells.at(-1) ?? '')) return;
    if (cells.length !== 3 && cells.length !== 4) {
      problems.push(
        `${at}: expected need_id, achievement_id, grade (3 columns), got ${cells.length}`,
      );
      return;
    }
    const [needId, achievementId, gradeText] =
      cells.length === 3 ? cells : [cells[0], cells[2], cells[3]];
    if (!/^[0-2]$/.test(gradeText)) {
      problems.push(`${at}: grade must be 0, 1 or 2, got "${gradeText}"`);
      return;
    }
    if (!needIds.has(needId)) problems.push(`${at}: need "${needId}" is not in needs.jsonl`);
    if (!achievementIds.has(achievementId))
      problems.push(`${at}: achievement "${achievementId}" is not in achievements.jsonl`);
    const grade = Number(gradeText) as Grade;
    const judged = qrels.get(needId) ?? new Map<string, Grade>();
    const earlier = judged.get(achievementId);
    if (earlier !== undefined && earlier !== grade) {
      problems.push(`${at}: ${needId} / ${achievementId} was already judged ${earlier}`);
    }
    judged.set(achievementId, grade);
    qrels.set(needId, judged);
  });
  return qrels;
}

/** Reads and validates a corpus directory; throws CorpusFormatError listing every problem. */
export function readCorpus(dir: string): EvaluationCorpus {
  const problems: string[] = [];
  const read = (name: string): string => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      problems.push(`${path}: missing (a corpus holds needs.jsonl, achievements.jsonl, qrels.tsv)`);
      return '';
    }
    return readFileSync(path, 'utf8');
  };
  const needs = parseNeeds('needs.jsonl', read('needs.jsonl'), problems);
  const achievements = parseAchievements(
    'achievements.jsonl',
    read('achievements.jsonl'),
    problems,
  );
  checkUnique(needs, problems);
  checkUnique(achievements, problems);
  const qrelsText = read('qrels.tsv');
  const qrels = parseQrels(
    'qrels.tsv',
    qrelsText,
    new Set(needs.map((n) => n.id)),
    new Set(achievements.map((a) => a.id)),
    problems,
  );
  if (problems.length === 0 && needs.length === 0) problems.push('needs.jsonl: no needs');
  if (problems.length === 0 && achievements.length === 0)
    problems.push('achievements.jsonl: no achievements');
  if (problems.length > 0) throw new CorpusFormatError(problems);
  return { dir, needs, achievements, qrels };
}
