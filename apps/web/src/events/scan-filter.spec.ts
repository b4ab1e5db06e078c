import { looksLikePass, RepeatFilter } from './scan-filter';

const b64 = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** An HMAC-SHA256 in base64url is 43 characters; only the shape is read here. */
const SIGNATURE = 'q3Jb0fX9_-kZ2mYt7LwP4cN8sV1eR6uH5aG0dI3oQ2x';

/** Shaped as libs/events' pass-tokens.ts signs them. */
const token = (claims: unknown[]) => `${b64(JSON.stringify(claims))}.${SIGNATURE}`;

describe('scan filter', () => {
  const pass = token([
    '0d9c8f4e-7a1b-4c2d-9e3f-1234567890ab',
    '5f6e7d8c-9b0a-4123-8456-abcdef012345',
    0,
    1_900_000_000,
  ]);

  it('recognises the shape of a pass token and nothing else', () => {
    expect(looksLikePass(pass)).toBe(true);
    expect(looksLikePass(` ${pass}\n`)).toBe(true);
    expect(looksLikePass('https://www.example.com/item?id=123')).toBe(false);
    expect(looksLikePass('K7MX-3QPA')).toBe(false);
    expect(looksLikePass(`${pass}.extra`)).toBe(false);
    // Right shape, wrong content: three claims, or a payload that is not JSON.
    expect(looksLikePass(token(['a', 'b', 0]))).toBe(false);
    expect(looksLikePass(token(['a', 'b', '0', 1]))).toBe(false);
    expect(looksLikePass(`${b64('not json at all')}.${SIGNATURE}`)).toBe(false);
  });

  it('counts a code once while it stays in view, again after a quiet spell', () => {
    const filter = new RepeatFilter(3000);
    expect(filter.fresh('A', 0)).toBe(true);
    // Held up for ten seconds, seen every 100 ms: never counted again.
    for (let at = 100; at <= 10_000; at += 100) expect(filter.fresh('A', at)).toBe(false);
    // Another attendee in between counts at once.
    expect(filter.fresh('B', 10_050)).toBe(true);
    // Out of sight for three seconds: counts again.
    expect(filter.fresh('A', 13_000)).toBe(true);
    filter.forget('A');
    expect(filter.fresh('A', 13_100)).toBe(true);
  });
});
