import { randomInt } from 'node:crypto';

/** Characters of a pass code: no 0/O, 1/I/L, so a code read aloud or typed is unambiguous. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newPassCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** A typed code as stored: upper case, spaces and dashes dropped. */
export function normalisePassCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
