export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
/** From this length on, a single character class is enough (passphrases). */
export const PASSPHRASE_LENGTH = 16;
export const MAX_IDENTICAL_RUN = 4;
/** Shorter fragments of the email or display name are too likely to collide by chance. */
const MIN_PERSONAL_FRAGMENT = 4;

export interface PasswordContext {
  email?: string;
  displayName?: string;
}

export type PasswordCheckResult = { ok: true } | { ok: false; problems: string[] };

/**
 * Passwords that are long enough and varied enough to pass the other rules yet top public leak
 * lists (including Chinese favourites such as woaini1314 and 5201314). Compared lowercased, so
 * "Password123" is caught by "password123".
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password123',
  'password1234',
  'password12345',
  'password1!',
  'password@123',
  'p@ssw0rd123',
  'passw0rd123',
  'qwertyuiop',
  'qwerty12345',
  'qwerty123456',
  'qwer1234!@#$',
  '1qaz2wsx3edc',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  'qazwsxedc123',
  'zxcvbnm123',
  'asdfghjkl123',
  '1234567890',
  '0123456789',
  '9876543210',
  '12345678910',
  '123456789a',
  'a123456789',
  'aa123456789',
  'abc1234567',
  'abcd123456',
  'abcd1234!@#$',
  'iloveyou123',
  'woaini1314',
  'woaini5201314',
  '5201314520',
  'admin12345',
  'admin@12345',
  'administrator',
  'welcome123',
]);

type CharClass = 'lower' | 'upper' | 'digit' | 'symbol';

/**
 * Checks a candidate password against the account policy. Lengths count Unicode code points.
 * Characters that are not Latin-cased letters or decimal digits (punctuation, spaces, CJK…) count
 * as symbols.
 */
export function checkPassword(
  password: string,
  context: PasswordContext = {},
): PasswordCheckResult {
  const problems: string[] = [];
  const chars = Array.from(password);
  const length = chars.length;

  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(
      `The password must be at least ${PASSWORD_MIN_LENGTH} characters long (it has ${length}).`,
    );
  } else if (length > PASSWORD_MAX_LENGTH) {
    problems.push(
      `The password must be at most ${PASSWORD_MAX_LENGTH} characters long (it has ${length}).`,
    );
  }

  const classes = new Set(chars.map(classify));
  if (classes.size < 3 && length < PASSPHRASE_LENGTH) {
    problems.push(
      `The password must mix at least 3 of lowercase letters, uppercase letters, digits and ` +
        `symbols (it has ${classes.size}), or be at least ${PASSPHRASE_LENGTH} characters long.`,
    );
  }

  const lowered = password.toLowerCase();
  const localPart = emailLocalPart(context.email);
  if (localPart) {
    // "zhang.wei+rongtong@…": the part before the tag is the one people reuse.
    const fragments = [localPart, localPart.split('+')[0]];
    if (fragments.some((f) => f.length >= MIN_PERSONAL_FRAGMENT && lowered.includes(f))) {
      problems.push('The password must not contain your email address or its user name.');
    }
  }
  // Spacing is ignored on both sides so "Li Ming" is found in "liming" and "Li Ming" alike.
  const name = context.displayName?.replace(/\s+/g, '').toLowerCase();
  const compact = lowered.replace(/\s+/g, '');
  if (name && Array.from(name).length >= MIN_PERSONAL_FRAGMENT && compact.includes(name)) {
    problems.push('The password must not contain your display name.');
  }

  if (COMMON_PASSWORDS.has(lowered)) {
    problems.push('This password is one of the most commonly used passwords; choose another.');
  }

  const run = longestRun(chars);
  if (run.length > MAX_IDENTICAL_RUN) {
    problems.push(
      `The password must not repeat the same character more than ${MAX_IDENTICAL_RUN} times in a ` +
        `row ("${run.char}" appears ${run.length} times in a row).`,
    );
  }

  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function classify(ch: string): CharClass {
  if (/\p{Ll}/u.test(ch)) return 'lower';
  if (/\p{Lu}/u.test(ch)) return 'upper';
  if (/\p{Nd}/u.test(ch)) return 'digit';
  return 'symbol';
}

function emailLocalPart(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.lastIndexOf('@');
  const local = (at >= 0 ? email.slice(0, at) : email).trim().toLowerCase();
  return local || undefined;
}

function longestRun(chars: readonly string[]): { char: string; length: number } {
  let best = { char: '', length: 0 };
  let current = 0;
  for (let i = 0; i < chars.length; i++) {
    current = i > 0 && chars[i] === chars[i - 1] ? current + 1 : 1;
    if (current > best.length) best = { char: chars[i], length: current };
  }
  return best;
}
