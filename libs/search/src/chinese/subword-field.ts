/**
 * Sub-word field for Chinese search in Meilisearch.
 *
 * Meilisearch segments Chinese with jieba, so 锂电池 is indexed as 锂电|池 and a query for 电池
 * cannot find it. Queries go through the same segmenter, so the fix is to give every document an
 * extra, lowest-priority searchable field that lists every 2–4 character substring of each Han
 * run as a standalone piece of text: the piece 电池 is segmented exactly like the query 电池 (and
 * 传感器 like the query 传感器, whatever jieba makes of it), so every query of 2–4 characters
 * that occurs in the text matches the field, with its tokens adjacent.
 *
 * Pieces are joined by a hard separator (full-width semicolon): Meilisearch then treats
 * neighbouring pieces as far apart, so a multi-token query such as 储能电池 (储能|电池) does not
 * get a spurious proximity hit from two unrelated pieces that happen to sit side by side. On the
 * CSL benchmark this lifted recall@|ground truth| from 99.6 % (space separator) to 100 %.
 */

export interface ChineseSubwordOptions {
  /** Shortest substring (default 2). */
  minLength?: number;
  /** Longest substring (default 4). */
  maxLength?: number;
  /** At most this many distinct substrings, in order of first occurrence (default 4000). */
  maxSubwords?: number;
}

export const SUBWORD_SEPARATOR = '；';
export const DEFAULT_SUBWORD_OPTIONS: Readonly<Required<ChineseSubwordOptions>> = {
  minLength: 2,
  maxLength: 4,
  maxSubwords: 4000,
};

/**
 * What the product indexes: bigrams only. A 3–4 character query is segmented by jieba into
 * pieces of at most two characters that the bigrams hold, so recall is unchanged, and documents
 * are less than half the size. Measured on CSL (2,000 abstracts, 52 queries): recall 1.000 (worst
 * 1.000) and P@10 0.958 for both 2–2 and 2–4; indexing 2.9 s instead of 6.1 s. Meilisearch's cost
 * per document batch at 200k documents, and so the write-to-searchable lag, follows that size.
 */
export const LISTING_SUBWORD_OPTIONS: Readonly<ChineseSubwordOptions> = {
  minLength: 2,
  maxLength: 2,
};

/** Runs of Han ideographs; Latin letters, digits, punctuation and spaces split them. */
const HAN_RUN = /\p{Script=Han}+/gu;

/** Runs of Han characters in `text`, in order. */
export function hanRuns(text: string): string[] {
  return text.match(HAN_RUN) ?? [];
}

/**
 * The value of the sub-word field for `text`: distinct Han substrings of `minLength`..`maxLength`
 * characters (never crossing a non-Han character), in order of first occurrence, capped at
 * `maxSubwords`, joined by {@link SUBWORD_SEPARATOR}. Empty string when `text` has no Han run of
 * at least `minLength` characters.
 */
export function chineseSubwords(text: string, options: ChineseSubwordOptions = {}): string {
  const { minLength, maxLength, maxSubwords } = { ...DEFAULT_SUBWORD_OPTIONS, ...options };
  if (!Number.isInteger(minLength) || minLength < 1 || maxLength < minLength) {
    throw new RangeError(`invalid substring lengths ${minLength}..${maxLength}`);
  }
  const seen = new Set<string>();
  if (maxSubwords <= 0) return '';
  for (const run of hanRuns(text)) {
    // Array.from splits by code point, so characters outside the BMP stay whole.
    const chars = Array.from(run);
    for (let start = 0; start < chars.length; start++) {
      const longest = Math.min(maxLength, chars.length - start);
      for (let length = minLength; length <= longest; length++) {
        seen.add(chars.slice(start, start + length).join(''));
        if (seen.size >= maxSubwords) return [...seen].join(SUBWORD_SEPARATOR);
      }
    }
  }
  return [...seen].join(SUBWORD_SEPARATOR);
}
