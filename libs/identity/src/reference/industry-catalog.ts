import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from './data-dir';

/** 门类 (letter), 大类 (2 digits), 中类 (3 digits), 小类 (4 digits). */
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export interface Industry {
  /** Canonical code: the letter for a section, digits otherwise ("C", "34", "341", "3411"). */
  readonly code: string;
  readonly name: string;
  readonly level: IndustryLevel;
  /** Section letter, e.g. "C". */
  readonly sectionCode: string;
  /** Codes from the section down to this entry, e.g. ["C", "34", "341", "3411"]. */
  readonly path: readonly string[];
}

export interface RawIndustryNode {
  code: string;
  name: string;
  children: readonly RawIndustryNode[];
}

export interface IndustryCounts {
  sections: number;
  divisions: number;
  groups: number;
  classes: number;
}

/**
 * Correct names for entries the source mangled when it was parsed from the PDF (truncations, a
 * leading space, explanatory text glued on). Applied at load time so the shipped JSON stays a
 * verbatim copy; see data/industry/SOURCE.md.
 */
export const INDUSTRY_NAME_ERRATA: Readonly<Record<string, string>> = Object.freeze({
  '2541': '生物质液体燃料生产',
  '306': '玻璃纤维和玻璃纤维增强塑料制品制造',
  '3531': '食品、酒、饮料及茶生产专用设备制造',
  '354': '印刷、制药、日化及日用品生产专用设备制造',
  '3546': '玻璃、陶瓷和搪瓷制品生产专用设备制造',
  '3552': '皮革、毛皮及其制品加工专用设备制造',
  '3583': '医疗实验室及医用消毒设备和器具制造',
  '359': '环保、邮政、社会公共服务及其他专用设备制造',
  '37': '铁路、船舶、航空航天和其他运输设备制造业',
  '3939': '应用电视设备及其他广播电视设备制造',
  '4023': '导航、测绘、气象及海洋专用仪器制造',
});

const LEVELS: readonly IndustryLevel[] = ['section', 'division', 'group', 'class'];
const CODE_PATTERN = /^([A-Z])?(\d{2,4})?$/;

let sharedInstance: IndustryCatalog | undefined;

/** GB/T 4754-2017 国民经济行业分类 (2017 text, without the 2019 amendment). */
export class IndustryCatalog {
  private readonly byCode = new Map<string, Industry>();
  private readonly childrenByCode = new Map<string, Industry[]>();
  private readonly sectionList: Industry[] = [];

  constructor(tree: readonly RawIndustryNode[]) {
    for (const node of tree) this.addNode(node, []);
  }

  /** Reads `<dataDir>/industry/gbt4754_2017_ramwin.json` (default: see resolveDataDir). */
  static load(dataDir: string = resolveDataDir()): IndustryCatalog {
    const file = join(dataDir, 'industry', 'gbt4754_2017_ramwin.json');
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return new IndustryCatalog(parseTree(parsed, file));
  }

  /** Process-wide instance, loaded on first use. */
  static shared(): IndustryCatalog {
    sharedInstance ??= IndustryCatalog.load();
    return sharedInstance;
  }

  /**
   * Canonical form of a code: "c3411", "C3411" and "3411" → "3411"; "c" → "C". A letter that
   * contradicts the digits ("A3411") or an unknown code gives undefined.
   */
  normalise(code: string): string | undefined {
    return this.find(code)?.code;
  }

  find(code: string): Industry | undefined {
    const match = CODE_PATTERN.exec(code.trim().toUpperCase());
    if (!match) return undefined;
    const [, letter, digits] = match;
    if (digits === undefined) return letter === undefined ? undefined : this.byCode.get(letter);
    const industry = this.byCode.get(digits);
    if (!industry || (letter !== undefined && letter !== industry.sectionCode)) return undefined;
    return industry;
  }

  isValid(code: string): boolean {
    return this.find(code) !== undefined;
  }

  sectionOf(code: string): Industry | undefined {
    const industry = this.find(code);
    return industry && this.byCode.get(industry.sectionCode);
  }

  /** True when `code` is `ancestorCode` itself or lies below it. Unknown codes are never within. */
  isWithin(code: string, ancestorCode: string): boolean {
    const industry = this.find(code);
    const ancestor = this.find(ancestorCode);
    return !!industry && !!ancestor && industry.path.includes(ancestor.code);
  }

  /** Direct children; sections when called without a code; empty for classes and unknown codes. */
  children(code?: string): readonly Industry[] {
    if (code === undefined) return this.sectionList;
    const industry = this.find(code);
    return (industry && this.childrenByCode.get(industry.code)) ?? [];
  }

  /** "C3411" style code used in the standard's tables and in many registries. */
  qualifiedCode(code: string): string | undefined {
    const industry = this.find(code);
    if (!industry) return undefined;
    return industry.level === 'section' ? industry.code : `${industry.sectionCode}${industry.code}`;
  }

  counts(): IndustryCounts {
    const counts: IndustryCounts = { sections: 0, divisions: 0, groups: 0, classes: 0 };
    for (const industry of this.byCode.values()) {
      if (industry.level === 'section') counts.sections++;
      else if (industry.level === 'division') counts.divisions++;
      else if (industry.level === 'group') counts.groups++;
      else counts.classes++;
    }
    return counts;
  }

  private addNode(node: RawIndustryNode, parentPath: readonly string[]): void {
    const depth = parentPath.length;
    const level = LEVELS[depth];
    if (level === undefined) throw new Error(`Industry data: ${node.code} is nested too deeply`);
    const expected = depth === 0 ? /^[A-T]$/ : new RegExp(`^\\d{${depth + 1}}$`);
    if (!expected.test(node.code)) {
      throw new Error(`Industry data: "${node.code}" is not a valid ${level} code`);
    }
    const parentCode = parentPath[parentPath.length - 1];
    // Divisions do not start with their section letter; groups and classes extend their parent.
    if (depth >= 2 && parentCode !== undefined && !node.code.startsWith(parentCode)) {
      throw new Error(`Industry data: ${node.code} does not belong to ${parentCode}`);
    }
    if (this.byCode.has(node.code)) throw new Error(`Industry data: duplicate code ${node.code}`);

    const path = Object.freeze([...parentPath, node.code]);
    const industry: Industry = Object.freeze({
      code: node.code,
      name: INDUSTRY_NAME_ERRATA[node.code] ?? node.name.trim(),
      level,
      sectionCode: path[0],
      path,
    });
    this.byCode.set(industry.code, industry);
    this.childrenByCode.set(industry.code, []);
    if (parentCode === undefined) this.sectionList.push(industry);
    else this.childrenByCode.get(parentCode)?.push(industry);

    for (const child of node.children) this.addNode(child, path);
  }
}

function parseTree(value: unknown, where: string): RawIndustryNode[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected an array`);
  return value.map((item: unknown, index) => {
    const at = `${where}[${index}]`;
    if (typeof item !== 'object' || item === null) throw new Error(`${at}: expected an object`);
    const { code, name, children } = item as Record<string, unknown>;
    if (typeof code !== 'string' || typeof name !== 'string') {
      throw new Error(`${at}: expected string code and name`);
    }
    return { code, name, children: children === undefined ? [] : parseTree(children, at) };
  });
}
