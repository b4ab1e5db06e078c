import { Industry, IndustryCatalog } from './industry-catalog';
import { Region, RegionCatalog } from './region-catalog';

/** One entry of a picker: a region or an industry, with the codes from the root down to it. */
export interface ReferenceEntry {
  code: string;
  name: string;
  level: string;
  /** Names from the root down, e.g. "辽宁省 大连市 甘井子区" or "制造业 / 通用设备制造业". */
  fullName: string;
  /** Codes from the root down to this entry (the cascader's value). */
  path: string[];
  hasChildren: boolean;
}

/**
 * Read-only look-ups over the shipped reference data for pickers: children of an entry, an entry
 * with its path, and a name search. Pure and in memory (the catalogues load once per process).
 */
export class ReferenceLookup {
  constructor(
    private readonly regions: RegionCatalog = RegionCatalog.shared(),
    private readonly industries: IndustryCatalog = IndustryCatalog.shared(),
  ) {}

  /** Provinces without a parent; undefined when the parent is unknown. */
  regionChildren(parent?: string): ReferenceEntry[] | undefined {
    if (parent === undefined) return this.regions.provinces().map((r) => this.region(r));
    if (!this.regions.find(parent)) return undefined;
    return this.regions.children(parent).map((r) => this.region(r));
  }

  regionEntry(code: string): ReferenceEntry | undefined {
    const region = this.regions.find(code);
    return region && this.region(region);
  }

  /** Regions whose name contains `text`, inside `within` when given; provinces first. */
  searchRegions(text: string, limit: number, within?: string): ReferenceEntry[] {
    const needle = text.trim();
    const found: ReferenceEntry[] = [];
    if (!needle) return found;
    const visit = (regions: readonly Region[]) => {
      for (const region of regions) {
        if (region.name.includes(needle) && (!within || this.regions.isWithin(region.code, within)))
          found.push(this.region(region));
      }
    };
    const provinces = this.regions.provinces();
    const cities = provinces.flatMap((p) => this.regions.children(p.code));
    visit(provinces);
    visit(cities);
    visit(cities.flatMap((c) => this.regions.children(c.code)));
    return found.slice(0, limit);
  }

  /** Sections without a parent; undefined when the parent is unknown. */
  industryChildren(parent?: string): ReferenceEntry[] | undefined {
    if (parent !== undefined && !this.industries.find(parent)) return undefined;
    return this.industries.children(parent).map((i) => this.industry(i));
  }

  industryEntry(code: string): ReferenceEntry | undefined {
    const industry = this.industries.find(code);
    return industry && this.industry(industry);
  }

  /** Industries whose name contains `text` (or whose code is `text`), broadest first. */
  searchIndustries(text: string, limit: number, within?: string): ReferenceEntry[] {
    const needle = text.trim().toUpperCase();
    if (!needle) return [];
    const levels: Industry[][] = [[], [], [], []];
    const visit = (industries: readonly Industry[]) => {
      for (const industry of industries) {
        const hit = industry.name.includes(needle) || industry.code === needle;
        if (hit && (!within || this.industries.isWithin(industry.code, within)))
          levels[industry.path.length - 1].push(industry);
        visit(this.industries.children(industry.code));
      }
    };
    visit(this.industries.children());
    return levels
      .flat()
      .slice(0, limit)
      .map((i) => this.industry(i));
  }

  private region(region: Region): ReferenceEntry {
    const path = [region.provinceCode];
    if (region.cityCode && region.cityCode !== region.provinceCode) path.push(region.cityCode);
    if (region.level === 'county') path.push(region.code);
    return {
      code: region.code,
      name: region.name,
      level: region.level,
      fullName: region.fullName,
      path,
      hasChildren: this.regions.children(region.code).length > 0,
    };
  }

  private industry(industry: Industry): ReferenceEntry {
    return {
      code: industry.code,
      name: industry.name,
      level: industry.level,
      fullName: industry.path.map((code) => this.industries.find(code)?.name ?? code).join(' / '),
      path: [...industry.path],
      hasChildren: this.industries.children(industry.code).length > 0,
    };
  }
}
