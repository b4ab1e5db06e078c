import { SUBWORD_SEPARATOR, chineseSubwords, hanRuns } from './subword-field';

const pieces = (value: string): string[] => (value === '' ? [] : value.split(SUBWORD_SEPARATOR));

describe('chineseSubwords', () => {
  it('lists every 2–4 character substring of a Han run, in order of first occurrence', () => {
    expect(pieces(chineseSubwords('锂电池'))).toEqual(['锂电', '锂电池', '电池']);
    expect(pieces(chineseSubwords('压力传感器'))).toEqual([
      '压力',
      '压力传',
      '压力传感',
      '力传',
      '力传感',
      '力传感器',
      '传感',
      '传感器',
      '感器',
    ]);
  });

  it('contains the words that jieba hides inside longer words', () => {
    expect(pieces(chineseSubwords('工业机器人'))).toContain('机器人');
    expect(pieces(chineseSubwords('锂离子电池组'))).toEqual(
      expect.arrayContaining(['电池', '离子电池', '电池组']),
    );
  });

  it('joins pieces with the hard separator', () => {
    expect(chineseSubwords('电池组')).toBe(
      `电池${SUBWORD_SEPARATOR}电池组${SUBWORD_SEPARATOR}池组`,
    );
  });

  it('does not cross Latin letters, digits, spaces or punctuation', () => {
    expect(pieces(chineseSubwords('5G基站，CNC机床 数控'))).toEqual(['基站', '机床', '数控']);
    expect(pieces(chineseSubwords('电池-储能'))).toEqual(['电池', '储能']);
    expect(hanRuns('采用修正的Rodrigues参数(MRP),建立')).toEqual(['采用修正的', '参数', '建立']);
  });

  it('drops single characters and duplicates', () => {
    expect(pieces(chineseSubwords('电 池 电池。电池，电池组'))).toEqual(['电池', '电池组', '池组']);
    expect(pieces(chineseSubwords('哈哈哈哈'))).toEqual(['哈哈', '哈哈哈', '哈哈哈哈']);
  });

  it('returns an empty string for empty or non-Han input', () => {
    expect(chineseSubwords('')).toBe('');
    expect(chineseSubwords('Lyapunov 123 (SOS).')).toBe('');
    expect(chineseSubwords('电')).toBe('');
  });

  it('caps the number of distinct pieces', () => {
    expect(pieces(chineseSubwords('压力传感器', { maxSubwords: 4 }))).toEqual([
      '压力',
      '压力传',
      '压力传感',
      '力传',
    ]);
    expect(chineseSubwords('压力传感器', { maxSubwords: 0 })).toBe('');
    const long = '新能源汽车动力电池梯次利用技术'.repeat(100);
    expect(pieces(chineseSubwords(long)).length).toBeLessThanOrEqual(4000);
    expect(pieces(chineseSubwords(long, { maxSubwords: 10 }))).toHaveLength(10);
  });

  it('honours custom lengths and rejects impossible ones', () => {
    expect(pieces(chineseSubwords('锂电池', { minLength: 2, maxLength: 2 }))).toEqual([
      '锂电',
      '电池',
    ]);
    expect(pieces(chineseSubwords('锂电池', { minLength: 3, maxLength: 5 }))).toEqual(['锂电池']);
    expect(() => chineseSubwords('锂电池', { minLength: 3, maxLength: 2 })).toThrow(RangeError);
    expect(() => chineseSubwords('锂电池', { minLength: 0 })).toThrow(RangeError);
  });

  it('keeps characters outside the BMP whole', () => {
    // 𠀀 (U+20000, CJK Extension B) is a surrogate pair in UTF-16.
    expect(pieces(chineseSubwords('𠀀电池'))).toEqual(['𠀀电', '𠀀电池', '电池']);
  });
});
