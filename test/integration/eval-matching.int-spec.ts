import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { readCorpus } from '../../scripts/eval/corpus-format';
import { evaluateCorpus, formatTable } from '../../scripts/eval/evaluation';

jest.setTimeout(90_000);

const BASE_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rongtong';

const jsonl = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');

/** A tiny corpus: two needs with relevant achievements, one judged only "not relevant". */
function writeCorpus(dir: string): void {
  writeFileSync(
    join(dir, 'needs.jsonl'),
    jsonl([
      {
        id: 'battery',
        title: '寻求锂离子电池热失控预警方案',
        description: '我公司储能电池包在高温工况下存在热失控风险，需要早期预警技术。',
        keywords: ['锂离子电池', '热失控'],
        industry: 'C3841',
        region: '320506',
      },
      {
        id: 'lathe',
        title: '数控机床热变形补偿',
        description: '主轴连续加工后热伸长导致精度漂移。',
        industry: '3421',
      },
      { id: 'unjudged', title: '水稻育种', description: '' },
    ]),
  );
  writeFileSync(
    join(dir, 'achievements.jsonl'),
    jsonl([
      {
        id: 'a-runaway',
        title: '锂离子电池热失控早期预警技术',
        abstract: '基于气体传感与温升速率的锂离子电池热失控预警方法，适用于储能电站。',
        keywords: ['锂离子电池', '热失控', '预警'],
        industry: '3841',
        maturity: '通过中试',
      },
      {
        id: 'a-cathode',
        title: '锂离子电池高镍正极材料制备',
        abstract: '高镍三元正极材料的共沉淀制备工艺。',
        keywords: ['锂离子电池', '正极材料'],
        industry: '3841',
        maturity: 'TRL 5',
      },
      {
        id: 'a-lathe',
        title: '数控机床热变形补偿系统',
        abstract: '通过温度场建模对数控机床主轴热变形进行实时补偿。',
        keywords: ['数控机床', '热变形'],
        industry: '3421',
        maturity: 7,
      },
      {
        id: 'a-wind',
        title: '风力发电机组齿轮箱故障诊断',
        abstract: '基于振动信号的风电齿轮箱故障诊断方法。',
        keywords: ['风力发电', '故障诊断'],
        industry: '4415',
      },
      { id: 'a-rice', title: '水稻抗倒伏栽培技术', abstract: '水稻栽培。', industry: '0111' },
    ]),
  );
  writeFileSync(
    join(dir, 'qrels.tsv'),
    [
      'need_id\tachievement_id\tgrade',
      'battery\ta-runaway\t2',
      'battery\ta-cathode\t1',
      'battery\ta-wind\t0',
      'lathe\ta-lathe\t2',
      'unjudged\ta-rice\t0',
    ].join('\n'),
  );
}

async function evalDatabases(): Promise<string[]> {
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'rongtong_eval_%'",
    );
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

async function evalIndexes(): Promise<string[]> {
  const response = await fetch(`${process.env.MEILI_URL}/indexes?limit=1000`, {
    headers: { authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` },
  });
  const body = (await response.json()) as { results: { uid: string }[] };
  return body.results.map((i) => i.uid).filter((uid) => uid.startsWith('eval'));
}

/**
 * The scratch database and index prefix a run named in its log: only these are checked, so that
 * another evaluation running on the same machine does not make the check fail.
 */
function scratchNamed(lines: readonly string[]): { database: string; indexPrefix: string }[] {
  return lines.flatMap((line) => {
    const named = /scratch database (rongtong_eval_[0-9a-f]+), index prefix (\S+)/.exec(line);
    return named ? [{ database: named[1], indexPrefix: named[2] }] : [];
  });
}

describe('eval:matching on a tiny corpus (real PostgreSQL, Redis, Meilisearch)', () => {
  let dir: string;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval-int-'));
    writeCorpus(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores the matcher and the baseline, and leaves no scratch database or index', async () => {
    const logged = lines.length;

    const report = await evaluateCorpus(readCorpus(dir), {
      systems: ['matcher', 'baseline'],
      log,
    });

    expect(report.corpus).toMatchObject({ needs: 3, achievements: 5, needsWithRelevant: 2 });
    expect(report.rows.map((r) => [r.system, r.needs, r.errors])).toEqual([
      ['matcher', 2, 0],
      ['baseline', 2, 0],
    ]);
    // Rankings come back as corpus ids, never listing UUIDs.
    const ids = new Set(['a-runaway', 'a-cathode', 'a-lathe', 'a-wind', 'a-rice']);
    for (const need of report.perNeed) {
      for (const system of ['matcher', 'baseline']) {
        expect(need.systems[system].top10.every((id) => ids.has(id))).toBe(true);
      }
    }
    const lathe = report.perNeed.find((n) => n.needId === 'lathe')!;
    // The title's words are all in a-lathe: Meilisearch ranks it first.
    expect(lathe.systems.baseline.top10[0]).toBe('a-lathe');
    expect(lathe.systems.baseline).toMatchObject({ ndcg10: 1, recall50: 1, p5: 0.2 });
    const battery = report.perNeed.find((n) => n.needId === 'battery')!;
    expect(battery.relevant).toBe(2);
    expect(battery.systems.matcher.recall50).toBe(1);
    for (const row of report.rows) {
      expect(row.ndcg10).toBeGreaterThanOrEqual(0);
      expect(row.ndcg10).toBeLessThanOrEqual(1);
      expect(row.latencyMs.p50).toBeGreaterThan(0);
    }
    expect(formatTable(report)).toMatch(
      /\| matcher \(MatchFinder\.findCandidates\) \| \d\.\d{3} \|/,
    );
    expect(report.warnings).toEqual([]);

    const [scratch, ...more] = scratchNamed(lines.slice(logged));
    expect(more).toEqual([]);
    expect(scratch.database).toMatch(/^rongtong_eval_/);
    expect(await evalDatabases()).not.toContain(scratch.database);
    expect((await evalIndexes()).filter((uid) => uid.startsWith(scratch.indexPrefix))).toEqual([]);
  });

  it('removes the scratch database and indexes when the run is interrupted', async () => {
    const logged = lines.length;
    const databasesBefore = await evalDatabases();
    const abort = new AbortController();
    abort.abort(new Error('interrupted by the test'));
    await expect(
      evaluateCorpus(readCorpus(dir), { systems: ['baseline'], log, signal: abort.signal }),
    ).rejects.toThrow('interrupted by the test');
    const named = scratchNamed(lines.slice(logged)).map((s) => s.database);
    const after = await evalDatabases();
    expect(after.filter((d) => named.includes(d))).toEqual([]);
    // Interrupted before it named one: no database of its own can be left either (another run's
    // would show here only if one started during these few milliseconds).
    if (named.length === 0) expect(after.filter((d) => !databasesBefore.includes(d))).toEqual([]);
  });
});
