/**
 * `npm run eval:feedback`: how the weights in force, and candidate weights, would have ranked the
 * decisions people made on suggested matches (the judgement log, match_judgement). Reads the
 * configured database (DATABASE_URL) or an exported JSONL file; prints tables or JSON. It never
 * writes weights: adopting a change is an edit of match-weights.ts, checked with eval:matching.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfig } from '@rongtong/common';
import { baseDataSourceOptions } from '@rongtong/database';
import { JudgementLogStore, type JudgementRecord } from '@rongtong/matching';
import {
  feedbackReport,
  formatFeedbackReport,
  weightChanges,
  WeightsFileError,
} from './feedback-report';

export const USAGE = `npm run eval:feedback -- [options]
  --from FILE.jsonl   read an exported log instead of the database (one JudgementRecord per line)
  --weights FILE.json candidate weights: a partial MatchConfig (weights, text, industryLevels,
                      region, maturity, price, freshness, tier), e.g.
                      {"weights": {"needAchievement": {"text": 56, "industry": 4}}}
  --export FILE.jsonl write the log read from the database to FILE (for offline use) and report
  --examples N        flipped pairs listed (default 10)
  --json              print the report as JSON instead of tables
Environment: DATABASE_URL as for the product (when --from is not given).`;

export class UsageError extends Error {}

export interface FeedbackOptions {
  from?: string;
  weights?: string;
  exportTo?: string;
  examples: number;
  json: boolean;
}

export function parseFeedbackArgs(argv: string[]): FeedbackOptions {
  const options: FeedbackOptions = { examples: 10, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--from') options.from = value();
    else if (flag === '--weights') options.weights = value();
    else if (flag === '--export') options.exportTo = value();
    else if (flag === '--json') options.json = true;
    else if (flag === '--examples') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new UsageError('--examples: a whole number ≥ 0');
      options.examples = n;
    } else throw new UsageError(`unknown option ${flag}`);
  }
  if (options.from && options.exportTo) {
    throw new UsageError('--export writes what the database holds; it cannot be used with --from');
  }
  return options;
}

const DECISIONS = new Set(['interest', 'mutual', 'decline']);

/** Reads an exported log; a malformed line is an error naming the line. */
export function readJudgementsFile(path: string): JudgementRecord[] {
  const records: JudgementRecord[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      let record: JudgementRecord;
      try {
        record = JSON.parse(line) as JudgementRecord;
      } catch {
        throw new UsageError(`${path}:${index + 1}: not JSON`);
      }
      if (
        typeof record !== 'object' ||
        record === null ||
        typeof record.matchId !== 'string' ||
        !DECISIONS.has(record.decision) ||
        (record.side !== 'subject' && record.side !== 'counterpart') ||
        typeof record.score !== 'number' ||
        typeof record.decidedAt !== 'string'
      ) {
        throw new UsageError(
          `${path}:${index + 1}: not a judgement (needs matchId, side, decision, score, decidedAt)`,
        );
      }
      records.push({ ...record, id: String(record.id ?? index + 1) });
    });
  return records;
}

export function readWeightsFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message}`);
  }
}

/** The configured database cannot give the log: said in one line, without a stack. */
export class LogUnavailableError extends Error {}

/** Reads the log of the configured database. */
export async function readJudgementsFromDatabase(url: string): Promise<JudgementRecord[]> {
  const where = new URL(url);
  where.password = '';
  const dataSource = new DataSource({ ...baseDataSourceOptions(url), entities: [] });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new LogUnavailableError(
      `cannot open ${where.toString()}: ${(error as Error).message} (set DATABASE_URL, or read an export with --from)`,
    );
  }
  try {
    return await new JudgementLogStore(dataSource).entries();
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') {
      throw new LogUnavailableError(
        `${where.toString()} has no judgement log (match_judgement): run the migrations first (the api runs them at start)`,
      );
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

/** Runs the report; `read` supplies the database log when no file is given. Returns the text. */
export async function runFeedbackReport(
  argv: string[],
  read: () => Promise<JudgementRecord[]>,
): Promise<string> {
  const options = parseFeedbackArgs(argv);
  const changes = options.weights ? weightChanges(readWeightsFile(options.weights)) : undefined;
  const records = options.from ? readJudgementsFile(options.from) : await read();
  if (options.exportTo) {
    writeFileSync(options.exportTo, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }
  const report = feedbackReport(records, { changes, examples: options.examples });
  return options.json ? JSON.stringify(report, null, 2) : formatFeedbackReport(report);
}

async function main(): Promise<void> {
  const output = await runFeedbackReport(process.argv.slice(2), () =>
    readJudgementsFromDatabase(
      loadConfig({ NODE_ENV: 'development', ...process.env }).database.url,
    ),
  );
  process.stdout.write(`${output}\n`);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
      else if (error instanceof WeightsFileError) console.error(`--weights: ${error.message}`);
      else if (error instanceof LogUnavailableError)
        console.error(`eval:feedback: ${error.message}`);
      else console.error('eval:feedback failed:', error);
      process.exit(1);
    },
  );
}
