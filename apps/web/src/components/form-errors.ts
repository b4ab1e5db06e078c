import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors';
import type { Locale } from '../i18n/locale';

/** Chinese sentences for the API's stable field codes; anything else shows the API's detail. */
const ZH_BY_CODE: Record<string, string> = {
  REGION_UNKNOWN: '请选择有效的地区',
  INDUSTRY_UNKNOWN: '请选择有效的行业分类',
};

/** `patents.0.number` → ['patents', 0, 'number'] (antd's name path). */
export function fieldPath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the API's field problems under the form's fields, in the page's language. Returns the
 * problems no field of the form shows (the caller says them above the form).
 */
export function showFieldErrors(
  form: FormInstance,
  error: ApiError,
  locale: Locale,
  zhFallback: string,
): string[] {
  const unplaced: string[] = [];
  const known = new Set(
    Object.keys(form.getFieldsValue(true) as Record<string, unknown>).map((name) => name),
  );
  const fields = error.fields.map((problem) => {
    const detail = problem.messages.join('; ');
    const zh = ZH_BY_CODE[error.code] ?? `${zhFallback}（${detail}）`;
    const text = locale === 'zh-CN' ? zh : detail;
    if (!known.has(problem.field.split('.')[0])) unplaced.push(`${problem.field}: ${text}`);
    return { name: fieldPath(problem.field), errors: [text] };
  });
  form.setFields(fields);
  return unplaced;
}
