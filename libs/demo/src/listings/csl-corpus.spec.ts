import { dirname, join } from 'node:path';
import { CSL_SPLITS, loadCslPapers, resolveCslDir } from './csl-corpus';

describe('loadCslPapers', () => {
  const papers = loadCslPapers();

  it('loads the 2,000 CSL papers with unique ids', () => {
    expect(CSL_SPLITS).toEqual(['dev', 'test']);
    expect(papers).toHaveLength(2000);
    expect(new Set(papers.map((paper) => paper.id)).size).toBe(2000);
    expect(papers.every((p) => p.title !== '' && p.abstract !== '' && p.keywords.length > 0)).toBe(
      true,
    );
  });

  it('joins the four task files row by row', () => {
    expect(papers[0]).toMatchObject({
      id: 'dev-1',
      title: '一种基于平方和优化的飞行器大角度机动镇定控制器设计方法',
      keywords: ['修正Rodrigues参数模型', '平方和优化', '大角度机动', 'Lyapunov函数'],
      discipline: '兵器科学与技术',
      category: '工学',
    });
    expect(papers[0].abstract.startsWith('采用修正的Rodrigues参数(MRP)')).toBe(true);
    expect(papers[1]).toMatchObject({
      id: 'dev-2',
      title: '水运工程施工项目全过程管理的有效性探索',
      keywords: ['项目管理', '全过程管理', '水运工程'],
      discipline: '水利工程',
    });
    expect(papers[1000].id).toBe('test-1');
  });

  it('has 67 disciplines and 13 categories', () => {
    expect(new Set(papers.map((p) => p.discipline)).size).toBe(67);
    expect(new Set(papers.map((p) => p.category)).size).toBe(13);
  });

  it('finds data/csl by walking up and fails clearly elsewhere', () => {
    expect(resolveCslDir().replace(/\\/g, '/')).toMatch(/\/data\/csl$/);
    expect(() => resolveCslDir('/')).toThrow('Cannot find data/csl/ts_dev.tsv');
  });

  it('honours RONGTONG_DATA_DIR', () => {
    const dataDir = dirname(resolveCslDir());
    const previous = process.env.RONGTONG_DATA_DIR;
    try {
      process.env.RONGTONG_DATA_DIR = dataDir;
      expect(resolveCslDir('/')).toBe(join(dataDir, 'csl'));
      process.env.RONGTONG_DATA_DIR = '/nowhere';
      expect(() => resolveCslDir()).toThrow('RONGTONG_DATA_DIR=/nowhere does not contain');
    } finally {
      if (previous === undefined) delete process.env.RONGTONG_DATA_DIR;
      else process.env.RONGTONG_DATA_DIR = previous;
    }
  });
});
