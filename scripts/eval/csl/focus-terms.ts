import { type CslPaper } from '@rongtong/demo';

/**
 * Keywords too general to say what a need is about: methods, evaluation words and places that
 * occur across many unrelated fields. A need built around one of them would make "relevant"
 * mean "uses the same word", so they are never focus terms and never count as shared keywords.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  '中国', '美国', '日本', '俄罗斯', '应用', '研究', '分析', '问题', '对策', '技术', '方法', '系统',
  '设计', '性能', '控制', '影响', '影响因素', '优化', '优化设计', '试验', '实验', '制备', '合成',
  '综述', '进展', '研究进展', '质量', '质量控制', '管理', '发展', '模型', '数学模型', '预测', '评价',
  '效果', '机制', '机理', '特征', '特性', '结构', '因素', '策略', '措施', '现状', '数值模拟', '仿真',
  '模拟', '测定', '检测', '生产', '产量', '品质', '指标', '标准', '差异', '规律', '理论', '基础',
  '历史', '现代化', '思想', '可持续发展', '经济效益', '非线性', '关联', '治理', '工艺', '参数',
  '数据', '算法', '遗传算法', '神经网络', '有限元', '有限元法', '稳定性', '安全', '监测', '测试',
  '计算', '评估', '改进', '创新', '实践', '对比', '比较', '相关性', '含量', '生长', '形态', '时代',
  '科学', '地区', '主题', '著作', '试验研究', '临床观察', '疗效', '治疗', '临床', '大鼠', '小鼠',
  '统计分析', '回归分析', '主成分分析', '聚类分析', '层次分析法', '可靠性', '效率', '成本',
  '布局', '恶性', '评价指标', '指标体系', '作用机理', '冲突', '发病率', '回收', '负荷', '培育',
  '选育', '果实', '动力响应', '数值分析', '基础设施', '干涉', '承载力', '作用', '现状调查',
  '对策研究', '发展趋势', '前景', '展望', '意义', '原因', '途径', '建议', '调查', '观察', '体会',
  '探讨', '初探', '浅析', '启示', '概述', '模式', '机制研究', '特点', '规划', '建设', '保护',
  '利用', '开发', '改革', '政策', '经济', '环境', '社会', '文化', '教育', '人才', '市场',
  '基本特征', '示范', '判据', '界面', '分化', '反演', '计算机模拟', '分辨率', '成活率', '条件概率',
  '辨识', '基质', '苗期', '正交试验',
]); // prettier-ignore

/** Place names say where a paper worked, not what a need is about. */
const PLACE_NAME =
  /(?:地区|省|市|县|自治区|自治州)$|^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|内蒙古|台湾|香港|澳门)/u;

/** Focus terms must be found in few papers, within few disciplines. */
export const MAX_TERM_HOLDERS = 30;
export const MAX_TERM_DISCIPLINES = 4;

/** Does the paper's title or one of its keywords contain the term? */
export function mentions(paper: CslPaper, term: string): boolean {
  return paper.title.includes(term) || paper.keywords.some((keyword) => keyword.includes(term));
}

/** A keyword that can name a need's topic: Han-led, 2–12 characters, not generic. */
export function isCandidateTerm(keyword: string): boolean {
  return (
    keyword.length >= 2 &&
    keyword.length <= 12 &&
    /^\p{Script=Han}/u.test(keyword) &&
    !/[、，,;；\s]/u.test(keyword) &&
    !GENERIC_TERMS.has(keyword) &&
    !PLACE_NAME.test(keyword) &&
    // CSL keyword lists hold a few sentence fragments (现报告如下): not terms.
    !/(?:如下|报告|本文|我们)/u.test(keyword)
  );
}

export interface TermStats {
  /** Papers whose title or keywords contain the term. */
  holders: number;
  disciplines: number;
  /** Holders per CSL category (学科门类). */
  byCategory: ReadonlyMap<string, number>;
}

/** Term statistics over the whole corpus, memoised (the same terms are asked for repeatedly). */
export class TermIndex {
  private readonly cache = new Map<string, TermStats>();

  constructor(private readonly papers: readonly CslPaper[]) {}

  stats(term: string): TermStats {
    let stats = this.cache.get(term);
    if (!stats) {
      const holders = this.papers.filter((paper) => mentions(paper, term));
      const byCategory = new Map<string, number>();
      for (const paper of holders)
        byCategory.set(paper.category, (byCategory.get(paper.category) ?? 0) + 1);
      stats = {
        holders: holders.length,
        disciplines: new Set(holders.map((paper) => paper.discipline)).size,
        byCategory,
      };
      this.cache.set(term, stats);
    }
    return stats;
  }

  holdersInCategory(term: string, category: string): number {
    return this.stats(term).byCategory.get(category) ?? 0;
  }

  /** Specific enough to be what a need is about (see MAX_TERM_HOLDERS, MAX_TERM_DISCIPLINES). */
  isSpecific(term: string): boolean {
    if (!isCandidateTerm(term)) return false;
    const { holders, disciplines } = this.stats(term);
    return holders <= MAX_TERM_HOLDERS && disciplines <= MAX_TERM_DISCIPLINES;
  }

  /** The seed's specific keywords, in the authors' order (they list the main topic first). */
  specificKeywords(seed: CslPaper): string[] {
    return [...new Set(seed.keywords.map((k) => k.trim()))].filter((k) => this.isSpecific(k));
  }
}

/**
 * The terms a need written from `seed` is about: a lead term (the first specific keyword in the
 * authors' order — they list the main topic first — that other papers of the seed's category
 * also mention, so the need has more than its seed to find; else the first specific keyword)
 * and, sometimes, a second one that neither contains nor is contained in the lead.
 */
export function chooseFocusTerms(
  seed: CslPaper,
  terms: TermIndex,
  wantSecond: boolean,
): { lead: string; second?: string } | undefined {
  const specific = terms.specificKeywords(seed);
  if (specific.length === 0) return undefined;
  const lead =
    specific.find((term) => terms.holdersInCategory(term, seed.category) >= 2) ?? specific[0];
  const second = wantSecond
    ? specific.find(
        (term) =>
          term !== lead && term.length <= 10 && !term.includes(lead) && !lead.includes(term),
      )
    : undefined;
  return second ? { lead, second } : { lead };
}
