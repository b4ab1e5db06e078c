/**
 * CSL disciplines (一级学科, 67 classes in data/csl) → GB/T 4754-2017 国民经济行业分类 codes, for
 * demo listings built from CSL papers. A curated judgement, not data: each discipline gets the most
 * specific code that fits the field as a whole (a 大类, 中类 or 小类), and a few keywords refine
 * it (a materials paper on 锂离子电池 belongs in 3841). Disciplines without an industrial
 * counterpart map to 研究和试验发展 (7310 natural sciences, 7320 engineering, 7350 social sciences
 * and humanities); the 2017 standard has no 7300 class, only the 73 division.
 */

/**
 * - technology: an industrial counterpart; papers make plausible achievements, needs and challenges;
 * - service: a service-sector counterpart (consulting, sport, media); plausible achievements only;
 * - research: no industrial counterpart, classified under 研究和试验发展.
 */
export type DisciplineSector = 'technology' | 'service' | 'research';

export interface DisciplineIndustry {
  /** GB/T 4754-2017 code (2–4 digits). */
  code: string;
  sector: DisciplineSector;
}

const technology = (code: string): DisciplineIndustry => ({ code, sector: 'technology' });
const service = (code: string): DisciplineIndustry => ({ code, sector: 'service' });
const research = (code: string): DisciplineIndustry => ({ code, sector: 'research' });

export const DISCIPLINE_INDUSTRY: Readonly<Record<string, DisciplineIndustry>> = Object.freeze({
  // 工学
  材料科学与工程: technology('7513'), // 新材料技术推广服务; refined by keyword below
  '化学/化学工程与技术': technology('26'), // 化学原料和化学制品制造业
  食品科学与工程: technology('14'), // 食品制造业
  交通运输工程: technology('54'), // 道路运输业
  信息与通信工程: technology('3921'), // 通信系统设备制造
  环境科学与工程: technology('772'), // 环境治理业
  农业工程: technology('357'), // 农、林、牧、渔专用机械制造
  力学: research('7320'), // 工程和技术研究和试验发展
  计算机科学与技术: technology('651'), // 软件开发
  纺织科学与工程: technology('17'), // 纺织业
  土木工程: technology('48'), // 土木工程建筑业
  矿业工程: technology('11'), // 开采专业及辅助性活动
  石油与天然气工程: technology('07'), // 石油和天然气开采业
  机械工程: technology('34'), // 通用设备制造业
  电气工程: technology('38'), // 电气机械和器材制造业
  兵器科学与技术: research('7320'),
  电子科学与技术: technology('397'), // 电子器件制造
  船舶与海洋工程: technology('373'), // 船舶及相关装置制造
  光学工程: technology('4040'), // 光学仪器制造
  冶金工程: technology('31'), // 黑色金属冶炼和压延加工业
  动力工程及工程热物理: technology('341'), // 锅炉及原动设备制造
  测绘科学与技术: technology('744'), // 测绘地理信息服务
  水利工程: technology('482'), // 水利和水运工程建筑
  '地质学/地质资源与地质工程': technology('747'), // 地质勘查
  建筑学: technology('7484'), // 工程设计活动
  控制科学与工程: technology('4011'), // 工业自动控制系统装置制造
  核科学与技术: technology('4414'), // 核力发电
  航空宇航科学与技术: technology('374'), // 航空、航天器及设备制造
  // 医学
  '中医学/中药学': technology('2740'), // 中成药生产
  药学: technology('27'), // 医药制造业
  '基础医学/临床医学': technology('8411'), // 综合医院
  口腔医学: technology('8415'), // 专科医院
  公共卫生与预防医学: technology('8431'), // 疾病预防控制中心
  // 农学
  园艺学: technology('014'), // 蔬菜、食用菌及园艺作物种植
  水产: technology('041'), // 水产养殖
  作物学: technology('01'), // 农业
  '林学/林业工程': technology('02'), // 林业
  '畜牧学/兽医学': technology('03'), // 畜牧业
  农业资源利用: technology('262'), // 肥料制造
  植物保护: technology('0515'), // 农作物病虫害防治活动
  // 理学
  地理学: technology('6571'), // 地理遥感信息服务
  大气科学: technology('7410'), // 气象服务
  '生物学/生物科学与工程': technology('7512'), // 生物技术推广服务
  海洋科学: technology('743'), // 海洋服务
  地球物理学: technology('7475'), // 地质勘查技术服务
  数学: research('7310'), // 自然科学研究和试验发展
  物理学: research('7310'),
  天文学: research('7310'),
  // 管理学, 经济学, 教育学, 艺术学 with a service-sector counterpart
  '图书馆、情报与档案管理': service('883'), // 图书馆与档案馆
  工商管理: service('7243'), // 社会经济咨询
  应用经济学: service('7243'),
  农林经济管理: service('7243'),
  体育学: service('89'), // 体育
  教育学: service('83'), // 教育
  新闻传播学: service('8610'), // 新闻业
  艺术学: service('88'), // 文化艺术业
  // Research only: 社会人文科学研究
  公共管理: research('7350'),
  理论经济学: research('7350'),
  哲学: research('7350'),
  历史学: research('7350'),
  民族学: research('7350'),
  法学: research('7350'),
  政治学: research('7350'),
  军事学: research('7350'),
  社会学: research('7350'),
  心理学: research('7350'),
  中国语言文学: research('7350'),
});

export interface KeywordRefinement {
  term: string;
  code: string;
  /** CSL categories (学科门类) the refinement applies to. */
  categories: readonly string[];
}

const ENGINEERING = ['工学'];
const AGRICULTURE = ['农学'];
const refine = (term: string, code: string, categories: readonly string[]): KeywordRefinement => ({
  term,
  code,
  categories,
});

/**
 * Keyword refinements, first match wins: a paper of a technology discipline in one of the listed
 * categories whose title or keywords contain the term is classified under the refinement's code.
 */
export const KEYWORD_INDUSTRY: readonly KeywordRefinement[] = Object.freeze([
  refine('锂离子电池', '3841', ENGINEERING), // 锂离子电池制造
  refine('锂电池', '3841', ENGINEERING),
  refine('燃料电池', '3849', ENGINEERING), // 其他电池制造
  refine('太阳能电池', '3825', ENGINEERING), // 光伏设备及元器件制造
  refine('光伏', '3825', ENGINEERING),
  refine('风力发电', '4415', ENGINEERING), // 风力发电
  refine('风电', '4415', ENGINEERING),
  refine('机床', '3421', ENGINEERING), // 金属切削机床制造
  refine('工业机器人', '3491', ENGINEERING), // 工业机器人制造
  refine('无人机', '3963', ENGINEERING), // 智能无人飞行器制造
  refine('增材制造', '3493', ENGINEERING), // 增材制造装备制造
  refine('3D打印', '3493', ENGINEERING),
  refine('传感器', '3983', ENGINEERING), // 敏感元件及传感器制造
  refine('集成电路', '3973', ENGINEERING), // 集成电路制造
  refine('电动汽车', '3612', ENGINEERING), // 新能源车整车制造
  refine('新能源汽车', '3612', ENGINEERING),
  refine('轴承', '3451', ENGINEERING), // 滚动轴承制造
  refine('齿轮', '3453', ENGINEERING), // 齿轮及齿轮减、变速箱制造
  refine('焊接', '3424', ENGINEERING), // 金属切割及焊接设备制造
  refine('涂层', '3360', ENGINEERING), // 金属表面处理及热处理加工
  refine('铝合金', '3252', ENGINEERING), // 铝压延加工
  refine('混凝土', '3021', ENGINEERING), // 水泥制品制造
  refine('陶瓷', '3073', ENGINEERING), // 特种陶瓷制品制造
  refine('污水', '4620', ENGINEERING), // 污水处理及其再生利用
  refine('废水', '4620', ENGINEERING),
  refine('乳制品', '144', ENGINEERING), // 乳制品制造 (食品科学与工程 is 工学)
  refine('酸奶', '144', ENGINEERING),
  refine('水稻', '0111', AGRICULTURE), // 稻谷种植
  refine('小麦', '0112', AGRICULTURE), // 小麦种植
  refine('玉米', '0113', AGRICULTURE), // 玉米种植
  refine('茶树', '0164', AGRICULTURE), // 茶叶种植
  refine('食用菌', '0142', AGRICULTURE), // 食用菌种植
]);

/** The fallback for an unknown discipline: 工程和技术研究和试验发展. */
export const DEFAULT_DEMO_INDUSTRY: DisciplineIndustry = Object.freeze(research('7320'));

export function disciplineIndustry(discipline: string): DisciplineIndustry {
  return DISCIPLINE_INDUSTRY[discipline] ?? DEFAULT_DEMO_INDUSTRY;
}

/** Industry code of a paper: a keyword refinement for technology disciplines, else its discipline's. */
export function industryForPaper(paper: {
  discipline: string;
  category: string;
  title: string;
  keywords: readonly string[];
}): string {
  const base = disciplineIndustry(paper.discipline);
  if (base.sector !== 'technology') return base.code;
  const text = `${paper.title} ${paper.keywords.join(' ')}`;
  const refined = KEYWORD_INDUSTRY.find(
    (rule) => rule.categories.includes(paper.category) && text.includes(rule.term),
  );
  return refined ? refined.code : base.code;
}
