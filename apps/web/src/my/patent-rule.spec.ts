import { canonicalPatentNumber, patentNumberProblem } from './patent-rule';

describe('patent numbers in the achievement form', () => {
  it('accepts a valid application number with or without its prefixes', () => {
    expect(patentNumberProblem('202310123456.6')).toBeUndefined();
    expect(patentNumberProblem('ZL 202310123456.6')).toBeUndefined();
    expect(patentNumberProblem('')).toBeUndefined();
  });

  it('names the check digit a mistyped number calls for', () => {
    expect(patentNumberProblem('202310123456.7')).toEqual({ kind: 'checksum', expected: '6' });
  });

  it('rejects what is not an application number', () => {
    expect(patentNumberProblem('12345')).toEqual({ kind: 'format' });
  });

  it('treats the prefixed and the plain form as the same patent', () => {
    expect(canonicalPatentNumber('ZL202310123456.6')).toBe(canonicalPatentNumber('202310123456.6'));
  });
});
