import { useCallback } from 'react';
import { useLocale, type Locale } from './locale';

/**
 * A feature's strings in both languages. Keys come from the zh-CN side; the English side must
 * have exactly the same keys (a missing or extra key is a type error).
 */
export type Catalogue<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

export function defineMessages<K extends string>(catalogue: {
  'zh-CN': Record<K, string>;
  en: Record<NoInfer<K>, string>;
}): Catalogue<K> {
  return catalogue;
}

export type Values = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: Values) => string;

/** Fills `{name}` placeholders. */
export function format(template: string, values?: Values): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** `const t = useMessages(searchMessages); t('title', { count: 3 })`. */
export function useMessages<K extends string>(catalogue: Catalogue<K>): Translate<K> {
  const { locale } = useLocale();
  return useCallback(
    (key: K, values?: Values) => format(catalogue[locale][key], values),
    [catalogue, locale],
  );
}
