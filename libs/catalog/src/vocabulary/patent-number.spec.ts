import { expect } from '@jest/globals';
import {
  PATENT_CHECK_WEIGHTS,
  makeValidPatentNumber,
  parsePatentNumber,
  patentCheckDigit,
} from './patent-number';

const NOW = new Date('2025-06-01T00:00:00Z');
const parse = (input: string) => parsePatentNumber(input, { now: NOW });

describe('patentCheckDigit', () => {
  it('uses the weights 2..9 then 2..5', () => {
    expect(PATENT_CHECK_WEIGHTS).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  });

  it('computes 200310102344 → 5 (the example of the ZC 0006-2003 standard)', () => {
    // 2·2 + 0·3 + 0·4 + 3·5 + 1·6 + 0·7 + 1·8 + 0·9 + 2·2 + 3·3 + 4·4 + 4·5
    // = 4 + 0 + 0 + 15 + 6 + 0 + 8 + 0 + 4 + 9 + 16 + 20 = 82; 82 = 7·11 + 5 → "5".
    expect(patentCheckDigit('200310102344')).toBe('5');
  });

  it('computes 202310123456 → 6 (so the often-quoted "2023 1 0123456.7" is invalid)', () => {
    // 2·2 + 0·3 + 2·4 + 3·5 + 1·6 + 0·7 + 1·8 + 2·9 + 3·2 + 4·3 + 5·4 + 6·5
    // = 4 + 0 + 8 + 15 + 6 + 0 + 8 + 18 + 6 + 12 + 20 + 30 = 127; 127 = 11·11 + 6 → "6".
    expect(patentCheckDigit('202310123456')).toBe('6');
  });

  it('computes 201710601862 → 3 (worked example in public explanations of the rule)', () => {
    // 2·2 + 0·3 + 1·4 + 7·5 + 1·6 + 0·7 + 6·8 + 0·9 + 1·2 + 8·3 + 6·4 + 2·5
    // = 4 + 0 + 4 + 35 + 6 + 0 + 48 + 0 + 2 + 24 + 24 + 10 = 157; 157 = 14·11 + 3 → "3".
    expect(patentCheckDigit('201710601862')).toBe('3');
  });

  it('writes a remainder of 10 as X and a remainder of 0 as 0', () => {
    // 2·2 + 0·3 + 2·4 + 4·5 + 1·6 + 0 + … + 0 + 1·5 = 4 + 8 + 20 + 6 + 5 = 43 = 3·11 + 10 → "X".
    expect(patentCheckDigit('202410000001')).toBe('X');
    // 2·2 + 0·3 + 2·4 + 4·5 + 2·6 = 4 + 8 + 20 + 12 = 44 = 4·11 → "0".
    expect(patentCheckDigit('202420000000')).toBe('0');
  });

  it('applies the first 8 weights to legacy 8-digit numbers', () => {
    // 97101765: 9·2 + 7·3 + 1·4 + 0·5 + 1·6 + 7·7 + 6·8 + 5·9
    // = 18 + 21 + 4 + 0 + 6 + 49 + 48 + 45 = 191 = 17·11 + 4 → "4".
    expect(patentCheckDigit('97101765')).toBe('4');
    // 95115608: 9·2 + 5·3 + 1·4 + 1·5 + 5·6 + 6·7 + 0·8 + 8·9
    // = 18 + 15 + 4 + 5 + 30 + 42 + 0 + 72 = 186 = 16·11 + 10 → "X".
    expect(patentCheckDigit('95115608')).toBe('X');
    // 98123456: 9·2 + 8·3 + 1·4 + 2·5 + 3·6 + 4·7 + 5·8 + 6·9
    // = 18 + 24 + 4 + 10 + 18 + 28 + 40 + 54 = 196 = 17·11 + 9 → "9" (not "X").
    expect(patentCheckDigit('98123456')).toBe('9');
  });

  it('rejects anything but 12 or 8 digits', () => {
    expect(() => patentCheckDigit('20231012345')).toThrow(RangeError);
    expect(() => patentCheckDigit('2023101234567')).toThrow(RangeError);
    expect(() => patentCheckDigit('2023101234A6')).toThrow(RangeError);
    expect(() => patentCheckDigit('')).toThrow(RangeError);
  });
});

describe('parsePatentNumber', () => {
  it('accepts the canonical current form', () => {
    expect(parse('200310102344.5')).toEqual({
      ok: true,
      value: '200310102344.5',
      year: 2003,
      type: 'invention',
      granted: false,
      format: 'current',
    });
  });

  it('accepts spaced, prefixed, undotted, lower-case and full-width spellings', () => {
    const expected = { ok: true, value: '202310123456.6', year: 2023, type: 'invention' };
    expect(parse('2023 1 0123456.6')).toMatchObject({ ...expected, granted: false });
    expect(parse('2023101234566')).toMatchObject({ ...expected, granted: false });
    expect(parse('CN202310123456.6')).toMatchObject({ ...expected, granted: false });
    expect(parse('cn 2023 1 0123456.6')).toMatchObject({ ...expected, granted: false });
    expect(parse('ZL 2023 1 0123456.6')).toMatchObject({ ...expected, granted: true });
    expect(parse('zl202310123456.6')).toMatchObject({ ...expected, granted: true });
    expect(parse('CNZL202310123456.6')).toMatchObject({ ...expected, granted: true });
    expect(parse('  ＺＬ２０２３１０１２３４５６．６ ')).toMatchObject({
      ...expected,
      granted: true,
    });
    expect(parse('ZL2023 1 0123456·6')).toMatchObject({ ...expected, granted: true });
  });

  it('accepts X as check character in either case', () => {
    expect(parse('202410000001.X')).toMatchObject({ ok: true, value: '202410000001.X' });
    expect(parse('202410000001x')).toMatchObject({ ok: true, value: '202410000001.X' });
  });

  it('maps every type digit', () => {
    expect(parse(makeValidPatentNumber(2020, 1, 1))).toMatchObject({ type: 'invention' });
    expect(parse(makeValidPatentNumber(2020, 2, 1))).toMatchObject({ type: 'utility_model' });
    expect(parse(makeValidPatentNumber(2020, 3, 1))).toMatchObject({ type: 'design' });
    const pct = (t: string) => `2020${t}0000001.${patentCheckDigit(`2020${t}0000001`)}`;
    expect(parse(pct('8'))).toMatchObject({ ok: true, type: 'pct_invention' });
    expect(parse(pct('9'))).toMatchObject({ ok: true, type: 'pct_utility_model' });
  });

  it('accepts legacy 8-digit numbers', () => {
    expect(parse('97 1 01765.4')).toEqual({
      ok: true,
      value: '97101765.4',
      year: 1997,
      type: 'invention',
      granted: false,
      format: 'legacy',
    });
    expect(parse('ZL95115608.X')).toMatchObject({
      ok: true,
      value: '95115608.X',
      year: 1995,
      granted: true,
      format: 'legacy',
    });
    expect(parse('981234569')).toMatchObject({ ok: true, value: '98123456.9', year: 1998 });
    const y2003 = `03201234.${patentCheckDigit('03201234')}`;
    expect(parse(y2003)).toMatchObject({ ok: true, year: 2003, type: 'utility_model' });
  });

  describe('format failures', () => {
    it('rejects empty input', () => {
      expect(parse('')).toEqual({
        ok: false,
        kind: 'format',
        message: 'A patent application number is required, got an empty value',
      });
      expect(parse(' ZL ')).toMatchObject({ ok: false, kind: 'format' });
    });

    it('rejects foreign characters and misplaced separators', () => {
      for (const bad of ['US2023101234566', '2023-1-0123456.6', '202310123456.', '2023.10123456']) {
        expect(parse(bad)).toMatchObject({
          ok: false,
          kind: 'format',
          message: expect.stringContaining('is not a patent application number'),
        });
      }
    });

    it('names the wrong digit count', () => {
      expect(parse('20231012345.6')).toEqual({
        ok: false,
        kind: 'format',
        message:
          'A patent application number has 12 digits (since October 2003) or 8 digits (before) ' +
          'followed by a check character, got 11 digits and check character "6"',
      });
      expect(parse('12345')).toMatchObject({
        kind: 'format',
        message: expect.stringContaining('got 5 digits'),
      });
    });

    it('reports a missing check character with the one expected', () => {
      expect(parse('202310123456')).toEqual({
        ok: false,
        kind: 'format',
        expected: '6',
        message: 'The check character is missing: 202310123456 should be followed by ".6"',
      });
      expect(parse('95115608')).toMatchObject({ kind: 'format', expected: 'X' });
    });
  });

  describe('year failures', () => {
    it('rejects current-format years before 1985 or after next year', () => {
      const d1984 = '198410000001';
      expect(parse(`${d1984}.${patentCheckDigit(d1984)}`)).toEqual({
        ok: false,
        kind: 'year',
        message:
          'The first 4 digits are the filing year and must be between 1985 and 2026, got 1984',
      });
      const d2027 = '202710000001';
      expect(parse(`${d2027}.${patentCheckDigit(d2027)}`)).toMatchObject({
        ok: false,
        kind: 'year',
        message: expect.stringContaining('got 2027'),
      });
      const d2026 = '202610000001';
      expect(parse(`${d2026}.${patentCheckDigit(d2026)}`)).toMatchObject({ ok: true, year: 2026 });
    });

    it('rejects legacy years 04..84', () => {
      expect(parse(`04101234.${patentCheckDigit('04101234')}`)).toEqual({
        ok: false,
        kind: 'year',
        message:
          'The first 2 digits of an 8-digit number are the filing year and must be 85-99 or ' +
          '00-03 (1985-2003; numbers since October 2003 have 12 digits), got 04',
      });
      expect(parse(`84101234.${patentCheckDigit('84101234')}`)).toMatchObject({ kind: 'year' });
    });

    it('uses the real clock by default', () => {
      const next = new Date().getUTCFullYear() + 1;
      const digits = `${next}10000001`;
      expect(parsePatentNumber(`${digits}.${patentCheckDigit(digits)}`)).toMatchObject({
        ok: true,
      });
    });
  });

  describe('type failures', () => {
    it('rejects type digits other than 1, 2, 3, 8, 9', () => {
      const digits = '202340123456';
      expect(parse(`${digits}.${patentCheckDigit(digits)}`)).toEqual({
        ok: false,
        kind: 'type',
        message:
          'The 5th digit is the patent type and must be 1 (invention), 2 (utility model), ' +
          '3 (design), 8 (PCT invention) or 9 (PCT utility model), got "4"',
      });
      for (const t of ['0', '5', '6', '7']) {
        const d = `2023${t}0123456`;
        expect(parse(`${d}.${patentCheckDigit(d)}`)).toMatchObject({ ok: false, kind: 'type' });
      }
    });

    it('reads the type from the 3rd digit of legacy numbers', () => {
      expect(parse(`97501765.${patentCheckDigit('97501765')}`)).toMatchObject({
        ok: false,
        kind: 'type',
        message: expect.stringMatching(/^The 3rd digit is the patent type .* got "5"$/),
      });
    });
  });

  describe('checksum failures', () => {
    it('names the expected check digit', () => {
      expect(parse('2023 1 0123456.7')).toEqual({
        ok: false,
        kind: 'checksum',
        expected: '6',
        message: 'Checksum mismatch for 202310123456: check digit should be "6", got "7"',
      });
    });

    it('catches X where a digit is due and the reverse', () => {
      expect(parse('98 1 23456.X')).toMatchObject({ kind: 'checksum', expected: '9' });
      expect(parse('202410000001.0')).toMatchObject({
        kind: 'checksum',
        expected: 'X',
        message: expect.stringContaining('check digit should be "X", got "0"'),
      });
    });

    it('catches a single changed digit and a swap of neighbouring digits', () => {
      expect(parse('200310102354.5')).toMatchObject({ ok: false, kind: 'checksum' });
      expect(parse('200310102434.5')).toMatchObject({ ok: false, kind: 'checksum' });
    });
  });
});

describe('makeValidPatentNumber', () => {
  it('builds canonical current-format numbers from 2003 on', () => {
    expect(makeValidPatentNumber(2023, 1, 123456)).toBe('202310123456.6');
    expect(makeValidPatentNumber(2003, 1, 102344)).toBe('200310102344.5');
    expect(makeValidPatentNumber(2024, 1, 1)).toBe('202410000001.X');
  });

  it('builds legacy numbers before 2003', () => {
    expect(makeValidPatentNumber(1997, 1, 1765)).toBe('97101765.4');
    expect(makeValidPatentNumber(2002, 2, 99999)).toMatch(/^02299999\.[0-9X]$/);
  });

  it('round-trips through the parser', () => {
    for (const [year, type, serial] of [
      [1985, 1, 0],
      [1999, 3, 42],
      [2010, 2, 9_999_999],
      [2025, 3, 7_654_321],
    ] as const) {
      const value = makeValidPatentNumber(year, type, serial);
      expect(parse(value)).toMatchObject({ ok: true, value, year });
    }
  });

  it('is deterministic', () => {
    expect(makeValidPatentNumber(2021, 2, 555)).toBe(makeValidPatentNumber(2021, 2, 555));
  });

  it('rejects out-of-range arguments', () => {
    expect(() => makeValidPatentNumber(1984, 1, 1)).toThrow(RangeError);
    expect(() => makeValidPatentNumber(2023, 1, 10_000_000)).toThrow(RangeError);
    expect(() => makeValidPatentNumber(1990, 1, 100_000)).toThrow(RangeError);
    expect(() => makeValidPatentNumber(2023, 1, -1)).toThrow(RangeError);
    expect(() => makeValidPatentNumber(2023, 1, 1.5)).toThrow(RangeError);
    expect(() => makeValidPatentNumber(2023, 4 as 1, 1)).toThrow(RangeError);
  });
});
