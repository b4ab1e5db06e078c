import { normaliseCnMobile } from './mobile';

describe('normaliseCnMobile', () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+86-13800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['0086 138 0013 8000', '+8613800138000'],
    ['  19912345678 ', '+8619912345678'],
    ['１３８００１３８０００', '+8613800138000'],
    ['138\u30000013\u30008000', '+8613800138000'],
    ['138–0013–8000', '+8613800138000'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normaliseCnMobile(input)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['1380013800', 'ten digits'],
    ['138001380001', 'twelve digits'],
    ['12800138000', 'second digit 2'],
    ['10800138000', 'second digit 0'],
    ['23800138000', 'not starting with 1'],
    ['+85213800138000', 'another country code'],
    ['+86 010 1234 5678', 'a landline'],
    ['138.0013.8000', 'dots'],
    ['138001380OO', 'letters'],
    ['+8686 13800138000', 'a doubled prefix'],
  ])('rejects %j (%s)', (input) => {
    expect(normaliseCnMobile(input)).toBeNull();
  });
});
