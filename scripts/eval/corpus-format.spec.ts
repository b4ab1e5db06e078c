import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusFormatError, parseNeeds, parseQrels, readCorpus } from './corpus-format';
import {
  achievementColumns,
  EVAL_DEFAULTS,
  mapIndustry,
  mapTrl,
  needColumns,
  WarningLog,
} from './corpus-mapping';

function corpusDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const NEEDS = [
  '{"id":"n1","title":"寻求锂电池技术","description":"电池一致性差","keywords":["锂电池"]}',
  '{"id":"n2","title":"需要传感器","description":"","industry":"C3983","region":"32"}',
].join('\n');
const ACHIEVEMENTS = [
  '{"id":"a1","title":"锂电池正极材料","abstract":"…","maturity":"通过中试","extra":1}',
  '{"id":"a2","title":"压力传感器","abstract":"…","keywords":"传感器，压力"}',
].join('\n');

describe('evaluation corpus format', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('reads needs, achievements and qrels with a header line', () => {
    const dir = corpusDir({
      'needs.jsonl': `${NEEDS}\n`,
      'achievements.jsonl': `\uFEFF${ACHIEVEMENTS}\r\n`,
      'qrels.tsv': 'need_id\tachievement_id\tgrade\nn1\ta1\t2\nn1\ta2\t0\nn2\ta2\t1\n',
    });
    dirs.push(dir);
    const corpus = readCorpus(dir);
    expect(corpus.needs.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(corpus.needs[1]).toMatchObject({ industry: 'C3983', region: '32', keywords: [] });
    expect(corpus.achievements[1].keywords).toEqual(['传感器', '压力']);
    expect([...corpus.qrels.get('n1')!]).toEqual([
      ['a1', 2],
      ['a2', 0],
    ]);
  });

  it('accepts TREC qrels (need 0 achievement grade) separated by spaces', () => {
    const problems: string[] = [];
    const qrels = parseQrels('q', 'n1 0 a1 1\n', new Set(['n1']), new Set(['a1']), problems);
    expect(problems).toEqual([]);
    expect(qrels.get('n1')?.get('a1')).toBe(1);
  });

  it('names file and line of every problem', () => {
    const dir = corpusDir({
      'needs.jsonl': '{"id":"n1","title":"t"}\n\nnot json\n{"id":"n1","title":""}\n[1]\n',
      'achievements.jsonl': '{"title":"no id"}\n',
      'qrels.tsv': 'n1\ta9\t3\nn9\ta1\t1\nn1\ta1\n',
    });
    dirs.push(dir);
    let error: unknown;
    try {
      readCorpus(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CorpusFormatError);
    const problems = (error as CorpusFormatError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^needs\.jsonl:3: not valid JSON/),
        'needs.jsonl:4: "title" is empty',
        'needs.jsonl:5: expected a JSON object, got an array',
        'needs.jsonl:4: duplicate id "n1" (first at needs.jsonl:1)',
        'achievements.jsonl:1: "id" is missing',
        'qrels.tsv:1: grade must be 0, 1 or 2, got "3"',
        'qrels.tsv:2: need "n9" is not in needs.jsonl',
        'qrels.tsv:2: achievement "a1" is not in achievements.jsonl',
        'qrels.tsv:3: expected need_id, achievement_id, grade (3 columns), got 2',
      ]),
    );
  });

  it('reports a missing file with its path', () => {
    const dir = corpusDir({ 'needs.jsonl': NEEDS });
    dirs.push(dir);
    expect(() => readCorpus(dir)).toThrow(/achievements\.jsonl: missing/);
  });

  it('rejects conflicting judgements of one pair', () => {
    const problems: string[] = [];
    parseQrels('q', 'n1\ta1\t1\nn1\ta1\t2\n', new Set(['n1']), new Set(['a1']), problems);
    expect(problems).toEqual(['q:2: n1 / a1 was already judged 1']);
  });
});

describe('evaluation corpus mapping', () => {
  it('maps maturity to a TRL: numbers, "TRL n", stages and their keys', () => {
    expect(mapTrl(7)).toBe(7);
    expect(mapTrl('TRL 6')).toBe(6);
    expect(mapTrl('3')).toBe(3);
    expect(mapTrl('通过中试')).toBe(6);
    expect(mapTrl('可以量产/产业化')).toBe(8);
    expect(mapTrl('已实现产业化')).toBe(8);
    expect(mapTrl('sample')).toBe(4);
    expect(mapTrl(12)).toBeUndefined();
    expect(mapTrl('soon')).toBeUndefined();
    expect(mapTrl(undefined)).toBeUndefined();
  });

  it('normalises industry codes and falls back, with a warning, on unknown ones', () => {
    const warnings = new WarningLog();
    expect(mapIndustry('C3411', 'x:1', warnings)).toBe('3411');
    expect(mapIndustry(undefined, 'x:2', warnings)).toBe(EVAL_DEFAULTS.industry);
    expect(mapIndustry('9999', 'x:3', warnings)).toBe(EVAL_DEFAULTS.industry);
    expect(warnings.lines()).toEqual([
      '1× x:3: industry "9999" is not a GB/T 4754-2017 code; using the default',
    ]);
  });

  it('turns records into published listing columns with neutral defaults', () => {
    const warnings = new WarningLog();
    const [need] = parseNeeds(
      'needs.jsonl',
      '{"id":"n1","title":"t","description":"d","region":"3201","cooperation_modes":["技术许可","x"]}',
      [],
    );
    expect(needColumns(need, warnings)).toMatchObject({
      industryCode: EVAL_DEFAULTS.industry,
      regionCode: '320100',
      cooperationModes: ['licence'],
      desiredTrl: null,
      budgetNegotiable: true,
    });
    const achievement = achievementColumns(
      {
        id: 'a1',
        title: 't',
        abstract: '',
        keywords: [],
        maturity: 'later',
        transferModes: [],
        at: 'a:1',
      },
      warnings,
    );
    expect(achievement).toMatchObject({ trl: EVAL_DEFAULTS.trl, regionCode: '110108' });
    expect(warnings.lines().join('\n')).toMatch(/cooperation mode "x" is unknown/);
    expect(warnings.lines().join('\n')).toMatch(/maturity "later" is not a TRL/);
  });
});
