import { likeLiteral } from './desk-organisations';

describe('likeLiteral', () => {
  it('escapes LIKE wildcards and the escape character, nothing else', () => {
    expect(likeLiteral('100%')).toBe('100\\%');
    expect(likeLiteral('精_工')).toBe('精\\_工');
    expect(likeLiteral('a\\b')).toBe('a\\\\b');
    expect(likeLiteral("O'Brien %_\\")).toBe("O'Brien \\%\\_\\\\");
    expect(likeLiteral('大连精工')).toBe('大连精工');
  });
});
