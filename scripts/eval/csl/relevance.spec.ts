import { isCandidateTerm } from './focus-terms';
import { comparePaperIds, judge, judgeAll } from './relevance';
import { type CslPaper } from '@rongtong/demo';

function paper(
  id: string,
  title: string,
  keywords: string[],
  discipline = '电气工程',
  category = '工学',
): CslPaper {
  return { id, title, abstract: '', keywords, discipline, category };
}

const seed = paper('dev-1', '锂离子电池热失控预警方法', ['锂离子电池', '热失控', '预警']);
const topic = { seed, lead: '锂离子电池', second: '热失控' };

describe('CSL relevance rule', () => {
  it('grades the seed 2', () => {
    expect(judge(topic, seed)).toBe(2);
  });

  it('grades 2 a paper of the same discipline on the lead term and the second term', () => {
    expect(judge(topic, paper('dev-2', '锂离子电池热失控传播实验', ['电池安全']))).toBe(2);
  });

  it('grades 2 a paper of the same discipline on the lead term sharing another keyword', () => {
    expect(judge(topic, paper('dev-3', '锂离子电池状态估计', ['预警', 'SOC']))).toBe(2);
  });

  it('grades 1 a paper of the same category that mentions a focus term only', () => {
    expect(judge(topic, paper('dev-4', '锂离子电池正极材料', ['正极'], '材料科学与工程'))).toBe(1);
    expect(judge(topic, paper('dev-5', '储能系统设计', ['热失控'], '动力工程及工程热物理'))).toBe(
      1,
    );
  });

  it('grades 0 the same characters in another category, and leaves the rest unjudged', () => {
    expect(judge(topic, paper('dev-6', '锂离子电池回收政策', ['政策'], '法学', '法学'))).toBe(0);
    expect(judge(topic, paper('dev-7', '风电场功率预测', ['风电']))).toBeUndefined();
  });

  it('does not count generic keywords as shared', () => {
    const a = paper('dev-8', '甲', ['应用', '研究', '中国']);
    expect(judge({ seed: paper('dev-9', '乙', ['应用', '研究', '中国']), lead: '乙' }, a)).toBe(
      undefined,
    );
  });

  it('lists judgements grade 2 first, then by paper id', () => {
    const papers = [
      paper('test-1', '锂离子电池正极', [], '材料科学与工程'),
      paper('dev-10', '锂离子电池热失控', []),
      seed,
    ];
    expect(judgeAll(topic, papers).map((j) => `${j.paper.id}:${j.grade}`)).toEqual([
      'dev-1:2',
      'dev-10:2',
      'test-1:1',
    ]);
    expect(['dev-10', 'test-1', 'dev-2'].sort(comparePaperIds)).toEqual([
      'dev-2',
      'dev-10',
      'test-1',
    ]);
  });

  it('never takes a generic word, a place or a sentence fragment as a focus term', () => {
    expect(isCandidateTerm('锂离子电池')).toBe(true);
    expect(isCandidateTerm('数值模拟')).toBe(false);
    expect(isCandidateTerm('贵州')).toBe(false);
    expect(isCandidateTerm('湖光岩地区')).toBe(false);
    expect(isCandidateTerm('现报告如下')).toBe(false);
    expect(isCandidateTerm('SOC')).toBe(false);
  });
});
