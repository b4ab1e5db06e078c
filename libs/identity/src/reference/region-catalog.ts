import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from './data-dir';

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  /** Six-digit code (provinces and cities right-padded with zeros). */
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** Six-digit code of the province; a province's own code for a province. */
  readonly provinceCode: string;
  /** Six-digit code of the prefecture-level city; a city's own code for a city; absent for provinces. */
  readonly cityCode?: string;
  /** Space-separated names from the province down, without grouping rows, e.g. "辽宁省 大连市 甘井子区". */
  readonly fullName: string;
  /**
   * True for the NBS grouping rows that are not real prefecture-level cities: 市辖区 and 县 under the
   * municipalities, 省直辖县级行政区划 and 自治区直辖县级行政区划.
   */
  readonly isPlaceholder?: boolean;
  /** True for development zones (5th digit 7): statistical units, not legal administrative divisions. */
  readonly isDevelopmentZone?: boolean;
}

export interface RawProvince {
  code: string;
  name: string;
}
export interface RawCity {
  code: string;
  name: string;
  provinceCode: string;
}
export interface RawArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
export interface RegionSource {
  provinces: readonly RawProvince[];
  cities: readonly RawCity[];
  areas: readonly RawArea[];
}

export interface RegionCounts {
  provinces: number;
  cities: number;
  counties: number;
}

const PLACEHOLDER_CITY_NAMES: ReadonlySet<string> = new Set([
  '市辖区',
  '县',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);

/**
 * Positions 3–8 of a unified social credit code issued by a central-level authority (ministries,
 * central public institutions such as 清华大学 12100000400000624D) hold 100000, which is not a
 * GB/T 2260 division.
 */
export const NATIONAL_REGION_CODE = '100000';

const SIX_DIGITS = /^\d{6}$/;

let sharedInstance: RegionCatalog | undefined;

/**
 * Administrative divisions (NBS 2023 statistical codes) keyed by six-digit code.
 * See data/regions/SOURCE.md for provenance and caveats.
 */
export class RegionCatalog {
  private readonly byCode = new Map<string, Region>();
  private readonly childrenByCode = new Map<string, Region[]>();
  private readonly provinceList: Region[] = [];
  /** Pseudo county rows that were merged into their city because both pad to the same code. */
  readonly mergedPseudoCounties: readonly string[];

  constructor(source: RegionSource) {
    const merged: string[] = [];

    for (const p of source.provinces) {
      assertDigits(p.code, 2, 'province');
      const code = pad(p.code);
      const region = freeze({
        code,
        name: p.name,
        level: 'province',
        provinceCode: code,
        fullName: p.name,
      });
      this.add(region);
      this.provinceList.push(region);
      this.childrenByCode.set(code, []);
    }

    for (const c of source.cities) {
      assertDigits(c.code, 4, 'city');
      const province = this.parent(c.provinceCode, 2, c.code);
      if (!c.code.startsWith(c.provinceCode)) throw inconsistent(c.code, c.provinceCode);
      const code = pad(c.code);
      const placeholder = PLACEHOLDER_CITY_NAMES.has(c.name);
      const region = freeze({
        code,
        name: c.name,
        level: 'city',
        provinceCode: province.code,
        cityCode: code,
        // Kept in the city's own full name so "北京市 市辖区" stays distinct from "北京市".
        fullName: `${province.name} ${c.name}`,
        ...(placeholder ? { isPlaceholder: true } : {}),
      });
      this.add(region);
      this.childrenByCode.get(province.code)?.push(region);
      this.childrenByCode.set(code, []);
    }

    for (const a of source.areas) {
      assertDigits(a.code, 6, 'county');
      const city = this.parent(a.cityCode, 4, a.code);
      if (!a.code.startsWith(a.cityCode) || a.cityCode.slice(0, 2) !== a.provinceCode) {
        throw inconsistent(a.code, a.cityCode);
      }
      // 东莞 441900, 中山 442000, 儋州 460400: the pseudo county row has the city's padded code.
      if (a.code === city.code) {
        merged.push(a.code);
        continue;
      }
      const province = this.byCode.get(city.provinceCode);
      if (!province) throw inconsistent(a.code, city.provinceCode);
      const names = [province.name];
      if (!city.isPlaceholder) names.push(city.name);
      // 嘉峪关 620201 repeats the city as its only county; "甘肃省 嘉峪关市 嘉峪关市" reads as a bug.
      if (a.name !== names[names.length - 1]) names.push(a.name);
      const region = freeze({
        code: a.code,
        name: a.name,
        level: 'county',
        provinceCode: province.code,
        cityCode: city.code,
        fullName: names.join(' '),
        ...(a.code[4] === '7' ? { isDevelopmentZone: true } : {}),
      });
      this.add(region);
      this.childrenByCode.get(city.code)?.push(region);
    }

    this.mergedPseudoCounties = Object.freeze(merged);
  }

  /** Reads the JSON files from `<dataDir>/regions` (default: see resolveDataDir). */
  static load(dataDir: string = resolveDataDir()): RegionCatalog {
    const dir = join(dataDir, 'regions');
    return new RegionCatalog({
      provinces: readRecords(join(dir, 'provinces.json'), ['code', 'name']),
      cities: readRecords(join(dir, 'cities.json'), ['code', 'name', 'provinceCode']),
      areas: readRecords(join(dir, 'areas.json'), ['code', 'name', 'cityCode', 'provinceCode']),
    });
  }

  /** Process-wide instance, loaded on first use. */
  static shared(): RegionCatalog {
    sharedInstance ??= RegionCatalog.load();
    return sharedInstance;
  }

  /** Pads a 2-, 4- or 6-digit code to six digits; undefined for anything else. */
  static toSixDigits(code: string): string | undefined {
    const trimmed = code.trim();
    return /^(\d{2}|\d{4}|\d{6})$/.test(trimmed) ? pad(trimmed) : undefined;
  }

  /** Looks up a six-digit code. Short forms are not accepted here; use toSixDigits first. */
  find(code: string): Region | undefined {
    const trimmed = code.trim();
    return SIX_DIGITS.test(trimmed) ? this.byCode.get(trimmed) : undefined;
  }

  isValid(code: string): boolean {
    return this.find(code) !== undefined;
  }

  provinceOf(code: string): Region | undefined {
    const region = this.find(code);
    return region && this.byCode.get(region.provinceCode);
  }

  /** The prefecture-level city of a county, the city itself for a city, undefined for a province. */
  cityOf(code: string): Region | undefined {
    const region = this.find(code);
    return region?.cityCode === undefined ? undefined : this.byCode.get(region.cityCode);
  }

  /**
   * Prefix that every code inside the region starts with, for `LIKE 'prefix%'` filters:
   * 210000 → "21", 210200 → "2102", a county → its six digits.
   */
  prefixFor(code: string): string | undefined {
    const region = this.find(code);
    if (!region) return undefined;
    return prefixOf(region);
  }

  /** True when `code` is `ancestorCode` itself or lies inside it. Unknown codes are never within. */
  isWithin(code: string, ancestorCode: string): boolean {
    const region = this.find(code);
    const ancestor = this.find(ancestorCode);
    if (!region || !ancestor) return false;
    return region.code.startsWith(prefixOf(ancestor));
  }

  /**
   * Accepts what may appear in positions 3–8 of a unified social credit code: any known province,
   * city or county code in six-digit form, or 100000 for central-level registrations.
   */
  isKnownRegionPrefix(sixDigits: string): boolean {
    if (!SIX_DIGITS.test(sixDigits)) return false;
    return sixDigits === NATIONAL_REGION_CODE || this.byCode.has(sixDigits);
  }

  /** Provinces in source order. */
  provinces(): readonly Region[] {
    return this.provinceList;
  }

  /** Cities of a province, counties of a city; empty for counties and unknown codes. */
  children(code: string): readonly Region[] {
    const region = this.find(code);
    return (region && this.childrenByCode.get(region.code)) ?? [];
  }

  counts(): RegionCounts {
    const counts: RegionCounts = { provinces: 0, cities: 0, counties: 0 };
    for (const region of this.byCode.values()) {
      if (region.level === 'province') counts.provinces++;
      else if (region.level === 'city') counts.cities++;
      else counts.counties++;
    }
    return counts;
  }

  private add(region: Region): void {
    if (this.byCode.has(region.code)) {
      throw new Error(`Region data: duplicate code ${region.code}`);
    }
    this.byCode.set(region.code, region);
  }

  private parent(shortCode: string, digits: number, childCode: string): Region {
    assertDigits(shortCode, digits, `parent of ${childCode}`);
    const parent = this.byCode.get(pad(shortCode));
    if (!parent) throw new Error(`Region data: ${childCode} refers to unknown parent ${shortCode}`);
    return parent;
  }
}

function prefixOf(region: Region): string {
  switch (region.level) {
    case 'province':
      return region.code.slice(0, 2);
    case 'city':
      return region.code.slice(0, 4);
    case 'county':
      return region.code;
  }
}

function pad(code: string): string {
  return code.padEnd(6, '0');
}

function freeze(region: Region): Region {
  return Object.freeze(region);
}

function assertDigits(code: string, digits: number, what: string): void {
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) {
    throw new Error(`Region data: ${what} code "${code}" is not ${digits} digits`);
  }
}

function inconsistent(code: string, parent: string): Error {
  return new Error(`Region data: ${code} does not belong to ${parent}`);
}

function readRecords<K extends string>(file: string, keys: readonly K[]): Record<K, string>[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array`);
  return parsed.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) {
      throw new Error(`${file}[${index}]: expected an object`);
    }
    const record = {} as Record<K, string>;
    for (const key of keys) {
      const value: unknown = (item as Record<string, unknown>)[key];
      if (typeof value !== 'string') throw new Error(`${file}[${index}].${key}: expected a string`);
      record[key] = value;
    }
    return record;
  });
}
