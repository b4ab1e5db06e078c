import type { Locale } from '../i18n/locale';

/** 万元 amounts as people read them: "50 万元", or "CNY 500k" in English. */
export function formatWan(amount: number, locale: Locale): string {
  if (locale === 'zh-CN') return `${amount.toLocaleString('zh-CN')} 万元`;
  const yuan = amount * 10_000;
  return `CNY ${new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(yuan)}`;
}

/** A range of 万元 amounts, or 面议 when none is given. */
export function formatAmountRange(
  min: number | null | undefined,
  max: number | null | undefined,
  negotiable: string,
  locale: Locale,
): string {
  if (min == null && max == null) return negotiable;
  if (min != null && max != null && min !== max)
    return `${formatWan(min, locale)} – ${formatWan(max, locale)}`;
  return formatWan((min ?? max)!, locale);
}

export function formatDate(value: string | number, locale: Locale): string {
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return date.toLocaleDateString(locale, { timeZone: 'Asia/Shanghai' });
}
