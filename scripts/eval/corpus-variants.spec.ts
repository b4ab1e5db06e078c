import type { EvaluationCorpus } from './corpus-format';
import { ablateKeywords, coarsenIndustry, inSplit, splitOf } from './corpus-variants';

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
});
