// Hyphen-minus plus the Unicode dashes that input methods and word processors substitute for it.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFF0D]/g;
const CN_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;

/**
 * Normalises a mainland China mobile number to E.164 (`+86XXXXXXXXXXX`), or null when the input
 * is not one. Accepts an optional +86 / 0086 / 86 prefix and spaces or dashes anywhere, e.g.
 * "138 0013 8000", "+86-138-0013-8000", "8613800138000". Full-width digits are accepted too.
 */
export function normaliseCnMobile(input: string): string | null {
  const compact = toHalfWidth(input).replace(SEPARATORS, '');
  const match = CN_MOBILE.exec(compact);
  return match ? `+86${match[1]}` : null;
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
