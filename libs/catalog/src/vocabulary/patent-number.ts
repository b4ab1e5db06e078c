/**
 * Chinese patent application numbers (专利申请号), as defined by the CNIPA standard ZC 0006-2003
 * 《专利申请号标准》.
 *
 * Current format (applications filed since 2003-10-01): 12 digits and a check character,
 * `YYYY T NNNNNNN . C`, e.g. `2003 1 0102344.5`:
 * - YYYY: filing year;
 * - T (5th digit): type, 1 invention (发明), 2 utility model (实用新型), 3 design (外观设计),
 *   8 PCT invention entering the Chinese national phase, 9 PCT utility model entering it;
 * - NNNNNNN: serial number within that year and type;
 * - C: check character.
 *
 * Legacy format (before 2003-10-01): 8 digits and a check character, `YY T NNNNN . C`, e.g.
 * `97 1 01765.4`, YY = 85..99 → 1985..1999 and 00..03 → 2000..2003.
 *
 * Check character: the digits d1..dn (n = 12 or 8) are multiplied by the weights
 * 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 (left to right), the products are summed and the sum is
 * taken mod 11; a remainder of 10 is written `X`. Granted patents are cited with a `ZL` prefix
 * (专利号 = ZL + application number); `CN` is the office code used by databases.
 */

export const PATENT_CHECK_WEIGHTS: readonly number[] = Object.freeze([
  2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5,
]);

/** First filing year of the Chinese patent system (Patent Law in force 1985-04-01). */
export const FIRST_PATENT_YEAR = 1985;
/** Last year whose applications could carry a legacy 8-digit number (switch on 2003-10-01). */
export const LAST_LEGACY_YEAR = 2003;

export const PATENT_TYPES = [
  'invention',
  'utility_model',
  'design',
  'pct_invention',
  'pct_utility_model',
] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

/** Type digit → patent type. */
export const PATENT_TYPE_BY_DIGIT: Readonly<Record<string, PatentType>> = Object.freeze({
  '1': 'invention',
  '2': 'utility_model',
  '3': 'design',
  '8': 'pct_invention',
  '9': 'pct_utility_model',
});

export type PatentNumberFormat = 'current' | 'legacy';
export type PatentNumberFailureKind = 'format' | 'type' | 'year' | 'checksum';

export type PatentNumberResult =
  | {
      ok: true;
      /** Canonical form: digits, a dot and the check character, no prefix, e.g. 200310102344.5. */
      value: string;
      year: number;
      type: PatentType;
      /** The input carried the ZL prefix (专利号 of a granted patent). */
      granted: boolean;
      format: PatentNumberFormat;
    }
  | {
      ok: false;
      kind: PatentNumberFailureKind;
      message: string;
      /** The check character the digits call for ('checksum', or 'format' when it was missing). */
      expected?: string;
    };

export interface ParsePatentNumberOptions {
  /** Reference time for the upper year bound (current year + 1). Defaults to now. */
  now?: Date;
}

const CURRENT_DIGITS = 12;
const LEGACY_DIGITS = 8;

/**
 * Parses and validates a Chinese patent application number.
 *
 * Normalisation: full-width characters become half-width, whitespace is removed, the letters are
 * uppercased, and leading `CN` and/or `ZL` prefixes are stripped (`ZL` marks the result as
 * granted). A single separator before the check character may be `.` or `·`, or omitted.
 *
 * Checks run in order: format, year, type, check character.
 */
export function parsePatentNumber(
  input: string,
  options: ParsePatentNumberOptions = {},
): PatentNumberResult {
  let s = toHalfWidth(input)
    .replace(/\s+/g, '')
    .replace(/[·•・]/g, '.')
    .toUpperCase();

  let granted = false;
  const prefix = /^(?:CN|ZL){1,2}/.exec(s);
  if (prefix) {
    granted = prefix[0].includes('ZL');
    s = s.slice(prefix[0].length);
  }

  if (s.length === 0) {
    return formatFailure('A patent application number is required, got an empty value');
  }

  // Digits, then optionally a check character (digit or X), optionally separated by a dot.
  let digits: string;
  let check: string | undefined;
  if (/^\d+\.[0-9X]$/.test(s)) {
    digits = s.slice(0, -2);
    check = s.slice(-1);
  } else if (/^\d+X$/.test(s)) {
    digits = s.slice(0, -1);
    check = 'X';
  } else if (/^\d+$/.test(s)) {
    // Without a dot, 13 or 9 digits carry a check digit; 12 or 8 do not.
    const withCheck = s.length === CURRENT_DIGITS + 1 || s.length === LEGACY_DIGITS + 1;
    digits = withCheck ? s.slice(0, -1) : s;
    check = withCheck ? s.slice(-1) : undefined;
  } else {
    return formatFailure(
      `"${input.trim()}" is not a patent application number: expected 12 digits and a check ` +
        `character (e.g. 2003 1 0102344.5) or, before October 2003, 8 digits and a check ` +
        `character (e.g. 97 1 01765.4), optionally prefixed with CN or ZL`,
    );
  }

  if (digits.length !== CURRENT_DIGITS && digits.length !== LEGACY_DIGITS) {
    return formatFailure(
      `A patent application number has ${CURRENT_DIGITS} digits (since October 2003) or ` +
        `${LEGACY_DIGITS} digits (before) followed by a check character, got ${digits.length} ` +
        `digit${digits.length === 1 ? '' : 's'}` +
        (check === undefined ? '' : ` and check character "${check}"`),
    );
  }

  const format: PatentNumberFormat = digits.length === CURRENT_DIGITS ? 'current' : 'legacy';
  const expected = patentCheckDigit(digits);
  if (check === undefined) {
    return {
      ok: false,
      kind: 'format',
      expected,
      message: `The check character is missing: ${digits} should be followed by ".${expected}"`,
    };
  }

  // Year.
  const now = options.now ?? new Date();
  const maxYear = now.getUTCFullYear() + 1;
  let year: number;
  if (format === 'current') {
    year = Number(digits.slice(0, 4));
    if (year < FIRST_PATENT_YEAR || year > maxYear) {
      return {
        ok: false,
        kind: 'year',
        message:
          `The first 4 digits are the filing year and must be between ${FIRST_PATENT_YEAR} and ` +
          `${maxYear}, got ${digits.slice(0, 4)}`,
      };
    }
  } else {
    const yy = Number(digits.slice(0, 2));
    year = yy >= 85 ? 1900 + yy : 2000 + yy;
    if (year < FIRST_PATENT_YEAR || year > LAST_LEGACY_YEAR) {
      return {
        ok: false,
        kind: 'year',
        message:
          `The first 2 digits of an 8-digit number are the filing year and must be 85-99 or ` +
          `00-03 (1985-2003; numbers since October 2003 have 12 digits), got ${digits.slice(0, 2)}`,
      };
    }
  }

  // Type.
  const typeIndex = format === 'current' ? 4 : 2;
  const typeDigit = digits[typeIndex];
  const type = PATENT_TYPE_BY_DIGIT[typeDigit];
  if (type === undefined) {
    return {
      ok: false,
      kind: 'type',
      message:
        `The ${typeIndex === 4 ? '5th' : '3rd'} digit is the patent type and must be 1 ` +
        `(invention), 2 (utility model), 3 (design), 8 (PCT invention) or 9 (PCT utility ` +
        `model), got "${typeDigit}"`,
    };
  }

  if (check !== expected) {
    return {
      ok: false,
      kind: 'checksum',
      expected,
      message: `Checksum mismatch for ${digits}: check digit should be "${expected}", got "${check}"`,
    };
  }

  return { ok: true, value: `${digits}.${check}`, year, type, granted, format };
}

/**
 * Check character for the 12 (current) or 8 (legacy) digits of an application number:
 * Σ d_i·w_i mod 11 with w = 2..9, 2..5; 10 → 'X'. Throws RangeError on anything else.
 */
export function patentCheckDigit(digits: string): string {
  if (!/^\d+$/.test(digits) || (digits.length !== 12 && digits.length !== 8)) {
    throw new RangeError(`patentCheckDigit: expected 12 or 8 digits, got "${digits}"`);
  }
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * PATENT_CHECK_WEIGHTS[i];
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

/**
 * Deterministic valid application number in canonical form for demo data and tests.
 * Years 2004 onwards (and 2003) use the current 12-digit format with a 7-digit serial
 * (0..9,999,999); years 1985..2002 use the legacy 8-digit format with a 5-digit serial
 * (0..99,999).
 */
export function makeValidPatentNumber(year: number, type: 1 | 2 | 3, serial: number): string {
  if (!Number.isInteger(year) || year < FIRST_PATENT_YEAR || year > 9999) {
    throw new RangeError(
      `makeValidPatentNumber: year must be ${FIRST_PATENT_YEAR} or later, got ${year}`,
    );
  }
  if (type !== 1 && type !== 2 && type !== 3) {
    throw new RangeError(`makeValidPatentNumber: type must be 1, 2 or 3, got ${String(type)}`);
  }
  const legacy = year < LAST_LEGACY_YEAR;
  const serialDigits = legacy ? 5 : 7;
  if (!Number.isInteger(serial) || serial < 0 || serial >= 10 ** serialDigits) {
    throw new RangeError(
      `makeValidPatentNumber: serial must be an integer from 0 to ${10 ** serialDigits - 1} ` +
        `for ${year}, got ${serial}`,
    );
  }
  const yearPart = legacy ? String(year % 100).padStart(2, '0') : String(year);
  const digits = `${yearPart}${type}${String(serial).padStart(serialDigits, '0')}`;
  return `${digits}.${patentCheckDigit(digits)}`;
}

function formatFailure(message: string): PatentNumberResult {
  return { ok: false, kind: 'format', message };
}

function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
