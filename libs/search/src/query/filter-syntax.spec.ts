import { anyOf, equals, numberLiteral, quoteFilterValue } from './filter-syntax';

describe('quoteFilterValue', () => {
  it('quotes plain values', () => {
    expect(quoteFilterValue('3841')).toBe('"3841"');
    expect(quoteFilterValue('辽宁省')).toBe('"辽宁省"');
    expect(quoteFilterValue('')).toBe('""');
  });

  it('escapes quotes, so an injection attempt stays one string literal', () => {
    expect(quoteFilterValue('C34" OR status = "draft')).toBe('"C34\\" OR status = \\"draft"');
  });

  it('escapes backslashes first, so a trailing backslash cannot eat the closing quote', () => {
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"');
    expect(quoteFilterValue('\\" OR 1 = 1 OR x = "')).toBe('"\\\\\\" OR 1 = 1 OR x = \\""');
  });

  it('leaves single quotes, brackets and keywords inert inside the double quotes', () => {
    expect(quoteFilterValue("x' OR id EXISTS ]) AND (")).toBe('"x\' OR id EXISTS ]) AND ("');
  });

  it('never lets an unescaped quote through: every inner quote follows an odd run of backslashes', () => {
    const hostile = ['"', '\\"', '\\\\"', '"\\', 'a"b"c', '\\\\\\'];
    for (const value of hostile) {
      const inner = quoteFilterValue(value).slice(1, -1);
      for (const match of inner.matchAll(/(\\*)"/g)) {
        expect(match[1].length % 2).toBe(1);
      }
      // An odd run of backslashes at the end would escape the closing quote.
      expect((/\\*$/.exec(inner)?.[0].length ?? 0) % 2).toBe(0);
    }
  });
});

describe('filter expressions', () => {
  it('writes equality and IN lists with quoted values', () => {
    expect(equals('industryPrefixes', 'C')).toBe('industryPrefixes = "C"');
    expect(anyOf('modes', ['licence', 'equity'])).toBe('modes IN ["licence", "equity"]');
  });

  it('refuses an empty IN list and non-finite numbers', () => {
    expect(() => anyOf('modes', [])).toThrow(RangeError);
    expect(() => numberLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => numberLiteral(Infinity)).toThrow(RangeError);
    expect(numberLiteral(12.5)).toBe('12.5');
  });
});
