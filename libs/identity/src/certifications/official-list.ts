import type { CertificationLevel, SmeTier } from '../entities/sme-certification.entity';
import { validateUscc } from '../validation/uscc';

/** One data row of an official list as read from the file (cells as text). */
export interface OfficialListRow {
  /** 1-based row number in the file (the header is row 1). */
  row: number;
  name: string;
  uscc: string;
  tierText: string;
  yearText: string;
  authority: string;
}

/** A row that parsed: what it certifies. */
export interface OfficialListEntry {
  row: number;
  name: string;
  uscc: string;
  tier: SmeTier;
  level: CertificationLevel;
  year: number;
  authority: string;
  issuedOn: string;
  validUntil: string;
}

const HEADERS: Record<keyof Omit<OfficialListRow, 'row'>, string[]> = {
  name: ['name', '企业名称', '名称', '单位名称'],
  uscc: ['uscc', '统一社会信用代码', '社会信用代码', '信用代码'],
  tierText: ['tier', '梯度', '类别', '层级', '认定类别', '梯度类别'],
  yearText: ['year', '年度', '年份', '名单年度'],
  authority: ['authority', '认定机关', '认定单位', '发布机关', '认定部门'],
};

/** Chinese and code spellings of each tier, normalised (no quotes or spaces). */
const TIER_NAMES: Record<string, SmeTier> = {
  innovative: 'innovative',
  创新型中小企业: 'innovative',
  specialised: 'specialised',
  专精特新中小企业: 'specialised',
  专精特新: 'specialised',
  little_giant: 'little_giant',
  专精特新小巨人: 'little_giant',
  专精特新小巨人企业: 'little_giant',
  小巨人: 'little_giant',
  single_champion: 'single_champion',
  制造业单项冠军: 'single_champion',
  制造业单项冠军企业: 'single_champion',
  单项冠军: 'single_champion',
};

/** National lists for the two upper tiers (工信部), provincial for the others. */
const LEVEL_OF: Record<SmeTier, CertificationLevel> = {
  innovative: 'provincial',
  specialised: 'provincial',
  little_giant: 'national',
  single_champion: 'national',
};

export const TIER_LABELS_ZH: Record<SmeTier, string> = {
  innovative: '创新型中小企业',
  specialised: '专精特新中小企业',
  little_giant: '专精特新“小巨人”企业',
  single_champion: '制造业单项冠军企业',
};

const squeeze = (text: string) => text.replace(/[\s"“”'‘’「」]/g, '');

/** Names compare without spaces and with full- and half-width brackets alike. */
export function sameName(a: string, b: string): boolean {
  const normal = (text: string) => squeeze(text).replace(/（/g, '(').replace(/）/g, ')');
  return normal(a) === normal(b);
}

export class OfficialListHeaderError extends Error {
  constructor(readonly missing: string[]) {
    super(`表头缺少列：${missing.join('、')}`);
  }
}

/**
 * The data rows of a sheet: the first row is the header (Chinese or English column names, any
 * order); blank rows are skipped.
 */
export function rowsOf(cells: string[][]): OfficialListRow[] {
  const [header, ...data] = cells;
  const names = (header ?? []).map((cell) => squeeze(cell).toLowerCase());
  const index = {} as Record<keyof typeof HEADERS, number>;
  const missing: string[] = [];
  for (const [key, aliases] of Object.entries(HEADERS) as [keyof typeof HEADERS, string[]][]) {
    const at = names.findIndex((name) => aliases.includes(name));
    if (at < 0) missing.push(aliases[1]);
    index[key] = at;
  }
  if (missing.length > 0) throw new OfficialListHeaderError(missing);
  return data.flatMap((cellsOfRow, i) => {
    const cell = (key: keyof typeof HEADERS) => (cellsOfRow[index[key]] ?? '').trim();
    const row = {
      row: i + 2,
      name: cell('name'),
      uscc: cell('uscc').toUpperCase(),
      tierText: cell('tierText'),
      yearText: cell('yearText'),
      authority: cell('authority'),
    };
    return Object.values(row).every((value) => value === '' || typeof value === 'number')
      ? []
      : [row];
  });
}

/** A row's own problems (before looking anything up), in Chinese; or the entry it certifies. */
export function parseRow(
  row: OfficialListRow,
  currentYear: number,
): { entry?: OfficialListEntry; errors: string[] } {
  const errors: string[] = [];
  if (!row.name) errors.push('企业名称为空');
  const uscc = validateUscc(row.uscc);
  if (!row.uscc) errors.push('统一社会信用代码为空');
  else if (!uscc.ok) {
    errors.push(
      uscc.kind === 'checksum'
        ? `统一社会信用代码校验位错误：最后一位应为“${uscc.expected}”`
        : uscc.kind === 'length'
          ? `统一社会信用代码应为18位，实际${[...row.uscc].length}位`
          : uscc.kind === 'region'
            ? '统一社会信用代码第3–8位不是有效的行政区划代码'
            : '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）',
    );
  }
  const tier = TIER_NAMES[squeeze(row.tierText)] ?? TIER_NAMES[row.tierText.trim().toLowerCase()];
  if (!tier) {
    errors.push(
      `无法识别的梯度类别“${row.tierText}”，应为：${Object.values(TIER_LABELS_ZH).join('、')}`,
    );
  }
  const year = /^\d{4}$/.test(row.yearText) ? Number(row.yearText) : NaN;
  if (!(year >= 2000 && year <= currentYear)) {
    errors.push(`年度应为2000至${currentYear}之间的四位年份，实际为“${row.yearText}”`);
  }
  if (!row.authority) errors.push('认定机关为空');
  if (errors.length > 0 || !tier) return { errors };
  return {
    errors,
    entry: {
      row: row.row,
      name: row.name,
      uscc: row.uscc,
      tier,
      level: LEVEL_OF[tier],
      year,
      authority: row.authority,
      // A list names the organisations certified that year; a certificate holds three years.
      issuedOn: `${year}-01-01`,
      validUntil: `${year + 2}-12-31`,
    },
  };
}

/** Parses a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF; a BOM is dropped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
