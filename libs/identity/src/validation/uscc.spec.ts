import { expect } from '@jest/globals';
import { RegionCatalog } from '../reference/region-catalog';
import { USCC_WEIGHTS, makeValidUscc, usccCheckCharacter, validateUscc } from './uscc';

describe('validateUscc', () => {
  it('uses the GB 32100 weights 3^i mod 31', () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it('accepts 91350100M000100Y43 (the example in GB 32100 explanations; 350100 = 福州市)', () => {
    // Values (alphabet index) × weights:
    // 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13
    // + 1·8 + 0·24 + 0·10 + Y(30)·30 + 4·28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → "3".
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(validateUscc('91350100M000100Y43')).toEqual({
      ok: true,
      value: '91350100M000100Y43',
      regionCode: '350100',
    });
  });

  it('accepts codes published on well-known business licences', () => {
    // 华为技术有限公司 (440300 = 深圳市):
    // 9·1 + 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 1·20 + 9·29 + 2·25 + 2·13 + 0·8
    // + 3·24 + 8·10 + 2·30 + 1·28 = 831; 831 mod 31 = 25; 31 − 25 = 6 → "6".
    expect(validateUscc('914403001922038216')).toMatchObject({ ok: true, regionCode: '440300' });
    // 深圳市腾讯计算机系统有限公司.
    expect(validateUscc('91440300708461136T')).toMatchObject({ ok: true, regionCode: '440300' });
    // 小米科技有限责任公司 (110108 = 海淀区, a county-level region).
    expect(validateUscc('91110108551385082Q')).toMatchObject({ ok: true, regionCode: '110108' });
    // 清华大学: a central public institution (category 12) registered with region 100000.
    expect(validateUscc('12100000400000624D')).toMatchObject({ ok: true, regionCode: '100000' });
  });

  it('maps a sum divisible by 31 to check character "0", and 30 to "Y"', () => {
    expect(usccCheckCharacter('9111010812345678Q')).toBe('0');
    expect(validateUscc('9111010812345678Q0').ok).toBe(true);
    expect(usccCheckCharacter('91110108123456783')).toBe('Y');
    expect(validateUscc('91110108123456783Y').ok).toBe(true);
  });

  it('trims, uppercases and converts full-width characters', () => {
    expect(validateUscc('  91350100m000100y43\n')).toMatchObject({
      ok: true,
      value: '91350100M000100Y43',
    });
    expect(validateUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toMatchObject({
      ok: true,
      value: '91350100M000100Y43',
    });
  });

  it('reports the length found', () => {
    expect(validateUscc('91350100M000100Y4')).toEqual({
      ok: false,
      kind: 'length',
      message: 'A unified social credit code has 18 characters, got 17',
    });
    expect(validateUscc('')).toMatchObject({
      kind: 'length',
      message: expect.stringContaining('got 0'),
    });
    expect(validateUscc('91350100M000100Y433')).toMatchObject({
      kind: 'length',
      message: expect.stringContaining('got 19'),
    });
  });

  it('reports a forbidden letter with its position', () => {
    // O is excluded from the alphabet because it looks like 0.
    expect(validateUscc('91350100MO00100Y43')).toEqual({
      ok: false,
      kind: 'character',
      position: 10,
      message:
        'Character "O" at position 10 is not allowed: only digits and the capital letters ' +
        'A-Z except I, O, S, V and Z may appear',
    });
    for (const letter of ['I', 'S', 'V', 'Z']) {
      expect(validateUscc(`9135010${letter}M000100Y43`)).toMatchObject({
        kind: 'character',
        position: 8,
      });
      expect(validateUscc(`91350100M000100${letter}43`)).toMatchObject({
        kind: 'character',
        position: 16,
        message: expect.stringContaining(`"${letter}" at position 16`),
      });
    }
    expect(validateUscc('91350100M000100Y4-')).toMatchObject({ kind: 'character', position: 18 });
  });

  it('requires digits in the region positions', () => {
    expect(validateUscc('9135A100M000100Y43')).toEqual({
      ok: false,
      kind: 'character',
      position: 5,
      message:
        'Character "A" at position 5 is not allowed: positions 3-8 are the region code and must be digits',
    });
  });

  it('names an unknown region code', () => {
    const first17 = '91999999M000100Y4';
    const code = first17 + usccCheckCharacter(first17);
    expect(validateUscc(code)).toEqual({
      ok: false,
      kind: 'region',
      position: 3,
      message:
        'Positions 3-8 hold region code 999999, which is not a known Chinese administrative division',
    });
  });

  it('names the expected check character', () => {
    expect(validateUscc('91350100M000100Y4X')).toEqual({
      ok: false,
      kind: 'checksum',
      position: 18,
      expected: '3',
      message: 'Checksum mismatch: check character should be "3", got "X"',
    });
    // Often quoted as an example, but its check character does not match: 31 − 18 → "C".
    expect(validateUscc('911100001000013135')).toMatchObject({
      kind: 'checksum',
      expected: 'C',
      message: 'Checksum mismatch: check character should be "C", got "5"',
    });
  });

  it('detects every single-character substitution and adjacent transposition', () => {
    const valid = '91350100M000100Y43';
    for (let i = 0; i < 17; i++) {
      const replacement = valid[i] === '8' ? '7' : '8';
      const typo = valid.slice(0, i) + replacement + valid.slice(i + 1);
      expect(validateUscc(typo).ok).toBe(false);
      if (valid[i] !== valid[i + 1]) {
        const swapped = valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2);
        expect(validateUscc(swapped).ok).toBe(false);
      }
    }
  });
});

describe('usccCheckCharacter', () => {
  it('rejects malformed input', () => {
    expect(() => usccCheckCharacter('9135')).toThrow('Expected 17 characters, got 4');
    expect(() => usccCheckCharacter('91350100M000100I4')).toThrow(
      'Character "I" at position 16 is not in the alphabet',
    );
  });
});

describe('makeValidUscc', () => {
  it('is deterministic and matches a hand-checked value', () => {
    // Seed 0 → organisation body 12345679, GB 11714 check digit 6.
    expect(makeValidUscc('210211', 0)).toBe('91210211123456796F');
    expect(makeValidUscc('210211', 1)).toBe(makeValidUscc('210211', 1));
  });

  it('produces valid, distinct codes for many seeds and regions', () => {
    const regions = ['110000', '110108', '350100', '440305', '130171', '620201'];
    const seen = new Set<string>();
    for (const region of regions) {
      for (let seed = 0; seed < 200; seed++) {
        const code = makeValidUscc(region, seed);
        expect(code).toMatch(new RegExp(`^91${region}\\d{8}[0-9X][0-9A-HJ-NPQRTUWXY]$`));
        expect(validateUscc(code)).toEqual({ ok: true, value: code, regionCode: region });
        seen.add(code);
      }
    }
    expect(seen.size).toBe(regions.length * 200);
  });

  it('builds a valid GB 11714 organisation code in positions 9-17', () => {
    const weights = [3, 7, 9, 10, 5, 8, 4, 2];
    for (let seed = 0; seed < 50; seed++) {
      const org = makeValidUscc('350100', seed).slice(8, 17);
      const sum = weights.reduce((acc, w, i) => acc + w * Number(org[i]), 0);
      const c = 11 - (sum % 11);
      expect(org[8]).toBe(c === 10 ? 'X' : c === 11 ? '0' : String(c));
    }
  });

  it('rejects unknown regions and bad seeds', () => {
    expect(() => makeValidUscc('999999', 1)).toThrow('999999 is not a known six-digit region code');
    expect(() => makeValidUscc('2102', 1)).toThrow(RangeError);
    expect(() => makeValidUscc('210211', -1)).toThrow('seed must be a non-negative integer');
    expect(() => makeValidUscc('210211', 1.5)).toThrow(RangeError);
  });

  it('works for every county in the catalog', () => {
    const catalog = RegionCatalog.shared();
    const counties = catalog
      .provinces()
      .flatMap((p) => catalog.children(p.code))
      .flatMap((c) => catalog.children(c.code));
    expect(counties).toHaveLength(2975);
    for (const [i, county] of counties.entries()) {
      expect(validateUscc(makeValidUscc(county.code, i)).ok).toBe(true);
    }
  });
});
