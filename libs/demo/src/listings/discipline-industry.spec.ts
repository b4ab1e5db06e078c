import { IndustryCatalog } from '@rongtong/identity';
import { loadCslPapers } from './csl-corpus';
import {
  DEFAULT_DEMO_INDUSTRY,
  DISCIPLINE_INDUSTRY,
  disciplineIndustry,
  industryForPaper,
  KEYWORD_INDUSTRY,
} from './discipline-industry';

describe('discipline → industry mapping', () => {
  const industries = IndustryCatalog.shared();
  const papers = loadCslPapers();
  const disciplines = [...new Set(papers.map((paper) => paper.discipline))].sort();

  it('covers every one of the 67 CSL disciplines, and nothing else', () => {
    expect(disciplines).toHaveLength(67);
    expect(Object.keys(DISCIPLINE_INDUSTRY).sort()).toEqual(disciplines);
  });

  it('uses only real GB/T 4754-2017 codes, in canonical digit form', () => {
    const codes = [
      ...Object.values(DISCIPLINE_INDUSTRY).map((entry) => entry.code),
      ...KEYWORD_INDUSTRY.map((rule) => rule.code),
      DEFAULT_DEMO_INDUSTRY.code,
    ];
    const invalid = codes.filter(
      (code) => !industries.isValid(code) || industries.normalise(code) !== code,
    );
    expect(invalid).toEqual([]);
  });

  it('maps research-only disciplines under 73 研究和试验发展', () => {
    const research = Object.entries(DISCIPLINE_INDUSTRY).filter(([, e]) => e.sector === 'research');
    expect(research.length).toBeGreaterThan(0);
    for (const [, entry] of research) expect(industries.isWithin(entry.code, '73')).toBe(true);
    expect(disciplineIndustry('哲学').code).toBe('7350');
  });

  it('examples: 电气工程 → 38, 计算机 → 软件开发, 临床医学 → 综合医院, 作物学 → 农业', () => {
    expect(disciplineIndustry('电气工程').code).toBe('38');
    expect(industries.find(disciplineIndustry('计算机科学与技术').code)?.name).toBe('软件开发');
    expect(disciplineIndustry('基础医学/临床医学').code).toBe('8411');
    expect(disciplineIndustry('作物学').code).toBe('01');
    expect(disciplineIndustry('no such discipline')).toBe(DEFAULT_DEMO_INDUSTRY);
  });

  it('refines technology papers by keyword, within the listed categories only', () => {
    const paper = {
      discipline: '材料科学与工程',
      category: '工学',
      title: '高镍正极材料的制备',
      keywords: ['锂离子电池', '正极材料'],
    };
    expect(industryForPaper(paper)).toBe('3841');
    expect(industryForPaper({ ...paper, keywords: ['正极材料'] })).toBe('7513');
    // 水稻 refines 农学 papers only; a 农业工程 (工学) paper keeps 农业机械.
    expect(
      industryForPaper({
        discipline: '农业工程',
        category: '工学',
        title: '水稻插秧机',
        keywords: [],
      }),
    ).toBe('357');
    expect(
      industryForPaper({
        discipline: '作物学',
        category: '农学',
        title: '水稻高产栽培',
        keywords: [],
      }),
    ).toBe('0111');
    expect(
      industryForPaper({ discipline: '哲学', category: '哲学', title: '机床', keywords: [] }),
    ).toBe('7350');
  });

  it('gives every CSL paper a valid code', () => {
    expect(papers.filter((paper) => !industries.isValid(industryForPaper(paper)))).toEqual([]);
  });
});
