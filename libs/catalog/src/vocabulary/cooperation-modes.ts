/**
 * 合作方式 / 转化方式: the closed vocabulary of cooperation and transfer modes used by tech needs
 * (modes wanted) and achievements (modes offered), and the kinds of technology licence.
 */

export interface Label {
  zh: string;
  en: string;
}

export const COOPERATION_MODES = [
  'assignment',
  'licence',
  'equity',
  'joint_development',
  'commissioned_development',
  'service_consulting',
  'pilot_maturation',
  'talent_platform',
] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

export const MODE_LABELS: Readonly<Record<CooperationMode, Label>> = Object.freeze({
  assignment: { zh: '技术转让', en: 'Technology assignment' },
  licence: { zh: '技术许可', en: 'Technology licence' },
  equity: { zh: '作价入股', en: 'Equity contribution' },
  joint_development: { zh: '合作开发', en: 'Joint development' },
  commissioned_development: { zh: '委托开发', en: 'Commissioned development' },
  service_consulting: { zh: '技术服务与咨询', en: 'Technical services and consulting' },
  pilot_maturation: { zh: '中试熟化', en: 'Pilot-scale maturation' },
  talent_platform: { zh: '人才引进/共建平台', en: 'Talent introduction / joint platform' },
});

/** Kinds of 技术许可, from most to least restrictive for the licensor. */
export const LICENCE_KINDS = ['exclusive', 'sole', 'non_exclusive', 'open'] as const;
export type LicenceKind = (typeof LICENCE_KINDS)[number];

export const LICENCE_KIND_LABELS: Readonly<Record<LicenceKind, Label>> = Object.freeze({
  // Only the licensee may use the technology, not even the licensor.
  exclusive: { zh: '独占许可', en: 'Exclusive licence' },
  // The licensee and the licensor may use it; nobody else is licensed.
  sole: { zh: '排他许可', en: 'Sole licence' },
  // The licensor may license others too.
  non_exclusive: { zh: '普通许可', en: 'Non-exclusive licence' },
  // 专利开放许可 (Patent Law 2020, art. 50): published terms, any party may take it up (一对多).
  open: { zh: '开放许可', en: 'Open licence (one-to-many)' },
});

const MODE_SET: ReadonlySet<string> = new Set(COOPERATION_MODES);
const LICENCE_KIND_SET: ReadonlySet<string> = new Set(LICENCE_KINDS);

export function isCooperationMode(value: string): value is CooperationMode {
  return MODE_SET.has(value);
}

export function isLicenceKind(value: string): value is LicenceKind {
  return LICENCE_KIND_SET.has(value);
}
