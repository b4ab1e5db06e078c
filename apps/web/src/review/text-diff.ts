/** A text cut into the part both versions share and the part that changed. */
export interface TextChange {
  /** Shared beginning. */
  before: string;
  /** What the old text had here. */
  removed: string;
  /** What the new text has here. */
  added: string;
  /** Shared end. */
  after: string;
}

/**
 * The changed middle of two texts: the longest shared beginning and end are kept apart, so a
 * reviewer sees at once which words an edit replaced inside a long description. Characters, not
 * words: Chinese has no spaces to split on.
 */
export function textChange(old: string, next: string): TextChange {
  const chars = (text: string) => Array.from(text);
  const a = chars(old);
  const b = chars(next);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end += 1;
  }
  return {
    before: a.slice(0, start).join(''),
    removed: a.slice(start, a.length - end).join(''),
    added: b.slice(start, b.length - end).join(''),
    after: a.slice(a.length - end).join(''),
  };
}
