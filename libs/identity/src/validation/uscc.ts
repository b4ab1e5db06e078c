import { RegionCatalog } from '../reference/region-catalog';

/**
 * GB 32100-2015 法人和其他组织统一社会信用代码 (unified social credit code).
 *
 * Layout (1-based positions):
 * - 1: registration authority (登记管理部门), e.g. 1 机构编制, 5 民政, 9 工商 (market regulation),
 *   Y 其他. The standard lets authorities add codes, so any alphabet character is accepted.
 * - 2: organisation category within that authority (e.g. 91 = enterprise); not checked either.
 * - 3–8: region code of the registering authority (GB/T 2260); must be a known region, or 100000
 *   for central-level registrations.
 * - 9–17: organisation code (主体标识码, GB 11714). Its own check digit is not verified: codes issued
 *   after 2015 need not follow GB 11714 and some real ones contain letters.
 * - 18: check character, ISO 7064 MOD 31-3 style as defined by GB 32100.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;

/** w_i = 3^i mod 31 for i = 0..16. */
export const USCC_WEIGHTS: readonly number[] = Object.freeze(
  Array.from({ length: USCC_LENGTH - 1 }, (_, i) => {
    let w = 1;
    for (let k = 0; k < i; k++) w = (w * 3) % 31;
    return w;
  }),
);

export type UsccFailureKind = 'length' | 'character' | 'region' | 'checksum';

export type UsccResult =
  | { ok: true; value: string; regionCode: string }
  | {
      ok: false;
      kind: UsccFailureKind;
      message: string;
      /** 1-based position of the offending character (first of the region code for 'region'). */
      position?: number;
      /** For 'checksum': the check character the first 17 characters call for. */
      expected?: string;
    };

const REGION_START = 2;
const REGION_END = 8;

/**
 * Validates and normalises a unified social credit code. Normalisation trims, maps full-width
 * ASCII (common when pasted from Chinese documents) to half-width and uppercases.
 * Checks run in order: length, characters, region, checksum.
 */
export function validateUscc(input: string): UsccResult {
  const value = toHalfWidth(input.trim()).toUpperCase();
  const chars = Array.from(value);

  if (chars.length !== USCC_LENGTH) {
    return {
      ok: false,
      kind: 'length',
      message: `A unified social credit code has ${USCC_LENGTH} characters, got ${chars.length}`,
    };
  }

  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const position = i + 1;
    const isRegion = i >= REGION_START && i < REGION_END;
    if (isRegion ? !/^\d$/.test(ch) : !USCC_ALPHABET.includes(ch)) {
      return {
        ok: false,
        kind: 'character',
        position,
        message: isRegion
          ? `Character "${ch}" at position ${position} is not allowed: positions 3-8 are the region code and must be digits`
          : `Character "${ch}" at position ${position} is not allowed: only digits and the capital letters ` +
            `A-Z except I, O, S, V and Z may appear`,
      };
    }
  }

  const regionCode = value.slice(REGION_START, REGION_END);
  if (!RegionCatalog.shared().isKnownRegionPrefix(regionCode)) {
    return {
      ok: false,
      kind: 'region',
      position: REGION_START + 1,
      message: `Positions 3-8 hold region code ${regionCode}, which is not a known Chinese administrative division`,
    };
  }

  const expected = usccCheckCharacter(value.slice(0, USCC_LENGTH - 1));
  const actual = value[USCC_LENGTH - 1];
  if (actual !== expected) {
    return {
      ok: false,
      kind: 'checksum',
      position: USCC_LENGTH,
      expected,
      message: `Checksum mismatch: check character should be "${expected}", got "${actual}"`,
    };
  }

  return { ok: true, value, regionCode };
}

/** Check character for the first 17 characters (already uppercase). Throws on malformed input. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1) {
    throw new RangeError(`Expected ${USCC_LENGTH - 1} characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]);
    if (value < 0) {
      throw new RangeError(`Character "${first17[i]}" at position ${i + 1} is not in the alphabet`);
    }
    sum += value * USCC_WEIGHTS[i];
  }
  // 31 - 0 would be 31, which has no character; the standard maps it to 0.
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_BODY_SPACE = 100_000_000;
// Coprime with 10^8, so seed → body is a bijection on 0..10^8-1 and neighbouring seeds look unrelated.
const ORG_BODY_MULTIPLIER = 48_271;
const ORG_BODY_OFFSET = 12_345_679;

/**
 * Deterministic, valid code for demo data and tests: authority 9 (market regulation), category 1
 * (enterprise), the given region, and an organisation code built from `seed` (8 digits plus a
 * GB 11714 check digit, so it also looks right to stricter validators). Distinct seeds below
 * 100,000,000 give distinct codes for the same region.
 */
export function makeValidUscc(regionCode6: string, seed: number): string {
  if (!RegionCatalog.shared().isKnownRegionPrefix(regionCode6)) {
    throw new RangeError(`makeValidUscc: ${regionCode6} is not a known six-digit region code`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new RangeError(`makeValidUscc: seed must be a non-negative integer, got ${seed}`);
  }
  const body = ((seed % ORG_BODY_SPACE) * ORG_BODY_MULTIPLIER + ORG_BODY_OFFSET) % ORG_BODY_SPACE;
  const digits = String(body).padStart(8, '0');
  const first17 = `91${regionCode6}${digits}${gb11714CheckCharacter(digits)}`;
  return first17 + usccCheckCharacter(first17);
}

/** GB 11714 organisation code check character for an all-digit 8-character body. */
function gb11714CheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body8[i]) * ORG_CODE_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
