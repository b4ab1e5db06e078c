import { COMMON_PASSWORDS, checkPassword } from './password-policy';

describe('checkPassword', () => {
  it('accepts a strong password', () => {
    expect(checkPassword('Tiger-Lake-42')).toEqual({ ok: true });
    expect(checkPassword('gr8!rongtong')).toEqual({ ok: true });
  });

  it('accepts a long single-class passphrase', () => {
    expect(checkPassword('correcthorsebatterystaple')).toEqual({ ok: true });
    expect(checkPassword('abcdefghijklmnop')).toEqual({ ok: true });
  });

  it('rejects short passwords and names the length', () => {
    expect(checkPassword('Ab1!efgh')).toEqual({
      ok: false,
      problems: ['The password must be at least 10 characters long (it has 8).'],
    });
  });

  it('rejects overlong passwords', () => {
    const long = 'Ab1!'.repeat(32) + 'x';
    expect(checkPassword(long)).toEqual({
      ok: false,
      problems: ['The password must be at most 128 characters long (it has 129).'],
    });
    expect(checkPassword('Ab1!'.repeat(32))).toEqual({ ok: true });
  });

  it('counts code points, not UTF-16 units', () => {
    // Ten characters, four of them outside the BMP.
    expect(checkPassword('Ab1😀😀x😀y😀z')).toEqual({ ok: true });
    expect(checkPassword('Ab1😀😀😀')).toMatchObject({
      problems: ['The password must be at least 10 characters long (it has 6).'],
    });
  });

  it('requires three character classes below 16 characters', () => {
    expect(checkPassword('lowercaseonly')).toEqual({
      ok: false,
      problems: [
        'The password must mix at least 3 of lowercase letters, uppercase letters, digits and ' +
          'symbols (it has 1), or be at least 16 characters long.',
      ],
    });
    expect(checkPassword('lowercase2024')).toMatchObject({
      problems: [expect.stringContaining('(it has 2)')],
    });
    expect(checkPassword('Lowercase2024')).toEqual({ ok: true });
    expect(checkPassword('lowercase2024!')).toEqual({ ok: true });
    // Chinese characters count as symbols.
    expect(checkPassword('rongtong融通2024')).toEqual({ ok: true });
  });

  it('rejects passwords containing the email user name, case-insensitively', () => {
    expect(checkPassword('Xx-ZhangWei-2024', { email: 'zhangwei@example.cn' })).toEqual({
      ok: false,
      problems: ['The password must not contain your email address or its user name.'],
    });
    // A plus tag does not hide the user name.
    expect(checkPassword('Xx-ZhangWei-2024', { email: 'zhangwei+tt@example.cn' })).toMatchObject({
      ok: false,
    });
    // Local parts shorter than four characters are ignored.
    expect(checkPassword('Xx-Liu-2024!', { email: 'liu@example.cn' })).toEqual({ ok: true });
  });

  it('rejects passwords containing the display name', () => {
    expect(checkPassword('Hello Li Ming 2024', { displayName: 'Li Ming' })).toEqual({
      ok: false,
      problems: ['The password must not contain your display name.'],
    });
    expect(checkPassword('Xx-Wang-2024!', { displayName: 'Wang' })).toMatchObject({ ok: false });
    expect(checkPassword('Xx-Wang-2024!', { displayName: 'Wan' })).toEqual({ ok: true });
  });

  it('rejects common passwords regardless of case', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(30);
    expect(checkPassword('Aa123456789')).toEqual({
      ok: false,
      problems: ['This password is one of the most commonly used passwords; choose another.'],
    });
    expect(checkPassword('P@ssw0rd123')).toMatchObject({ ok: false });
    expect(checkPassword('WOAINI1314')).toMatchObject({ ok: false });
    // Every entry is long enough that only the list itself stops it.
    for (const common of COMMON_PASSWORDS) {
      expect(Array.from(common).length).toBeGreaterThanOrEqual(10);
      expect(checkPassword(common).ok).toBe(false);
    }
  });

  it('rejects more than four identical characters in a row', () => {
    expect(checkPassword('Abcd11111!x')).toEqual({
      ok: false,
      problems: [
        'The password must not repeat the same character more than 4 times in a row ' +
          '("1" appears 5 times in a row).',
      ],
    });
    expect(checkPassword('Abcd1111!xy')).toEqual({ ok: true });
  });

  it('reports every problem at once', () => {
    const result = checkPassword('aaaaaa', { email: 'aaaaaa@example.cn' });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.problems).toHaveLength(4);
  });
});
