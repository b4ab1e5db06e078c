import type { EvaluationCorpus } from './corpus-format';
import { readCorpus } from './corpus-format';
import { join } from 'node:path';
import { achievementColumns, needColumns, WarningLog } from './corpus-mapping';
import {
  ablateKeywords,
  coarsenIndustry,
  inSplit,
  scatterStructure,
  splitOf,
} from './corpus-variants';

const corpus: EvaluationCorpus = {
  dir: '/x',
  needs: [
    {
      id: 'n1',
      title: 't',
      description: '',
      keywords: ['热封'],
      industry: 'C2923',
      cooperationModes: [],
      at: 'needs.jsonl:1',
    },
    {
      id: 'n2',
      title: 't',
      description: '',
      keywords: [],
      industry: '0111',
      cooperationModes: [],
      at: 'needs.jsonl:2',
    },
    {
      id: 'n3',
      title: 't',
      description: '',
      keywords: [],
      cooperationModes: [],
      at: 'needs.jsonl:3',
    },
  ],
  achievements: [
    {
      id: 'a1',
      title: 't',
      abstract: '',
      keywords: ['复合膜'],
      industry: '2923',
      transferModes: [],
      at: 'achievements.jsonl:1',
    },
  ],
  qrels: new Map(),
};

describe('corpus variants', () => {
  it('drops every keyword of needs and achievements', () => {
    const ablated = ablateKeywords(corpus);
    expect(ablated.needs.every((n) => n.keywords.length === 0)).toBe(true);
    expect(ablated.achievements[0].keywords).toEqual([]);
    expect(corpus.needs[0].keywords).toEqual(['热封']);
  });

  it("cuts needs' industries to the section and leaves achievements alone", () => {
    const coarse = coarsenIndustry(corpus);
    expect(coarse.needs.map((n) => n.industry)).toEqual(['C', 'A', undefined]);
    expect(coarse.achievements[0].industry).toBe('2923');
  });

  it('splits needs by id, the same way every time, about 40 % dev', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `need-${i}`);
    const dev = ids.filter((id) => splitOf(id) === 'dev').length;
    expect(dev / ids.length).toBeGreaterThan(0.37);
    expect(dev / ids.length).toBeLessThan(0.43);
    expect(ids.map(splitOf)).toEqual(ids.map(splitOf));
    const devCorpus = inSplit(corpus, 'dev');
    const testCorpus = inSplit(corpus, 'test');
    expect(devCorpus.needs.length + testCorpus.needs.length).toBe(3);
  });

  it('scatters region, maturity and modes by id, keeping what the corpus states', () => {
    const market = readCorpus(join(__dirname, '../../data/eval/market'));
    const scattered = scatterStructure(market);
    expect(scatterStructure(market)).toEqual(scattered);
    // Stated regions stay; every listing ends up with one.
    market.needs.forEach((need, i) => {
      if (need.region) expect(scattered.needs[i].region).toBe(need.region);
    });
    expect(scattered.needs.every((n) => n.region)).toBe(true);
    const achievements = scattered.achievements;
    expect(achievements.every((a) => a.region && a.maturity && a.transferModes.length > 0)).toBe(
      true,
    );
    // Spread, not one value: several regions, every stage, one to three modes.
    expect(new Set(achievements.map((a) => a.region)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(achievements.map((a) => a.maturity)).size).toBe(5);
    expect(new Set(achievements.map((a) => a.transferModes.length))).toEqual(new Set([1, 2, 3]));
    const withModes = scattered.needs.filter((n) => n.cooperationModes.length > 0).length;
    expect(withModes / scattered.needs.length).toBeGreaterThan(0.35);
    expect(withModes / scattered.needs.length).toBeLessThan(0.65);
    // The loader reads every drawn value without a warning (valid codes, stages and labels).
    const warnings = new WarningLog();
    scattered.needs.forEach((n) => needColumns(n, warnings));
    achievements.forEach((a) => achievementColumns(a, warnings));
    expect([...warnings.counts.keys()]).toEqual([]);
  });
});
