/**
 * The only place Meilisearch filter literals are written. Filters are built from parsed,
 * validated values; even so every string goes through {@link quoteFilterValue}, so a value that
 * slipped past validation could never change the structure of a filter.
 */

/**
 * A double-quoted Meilisearch string literal. Meilisearch's parser treats a backslash as escaping
 * the next character and unescapes `\\` and `\"` afterwards, so escaping exactly those two keeps
 * any input inside the quotes.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/** A number literal; anything but a finite number is a programming error. */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return String(value);
}

/** `attribute IN ["a", "b"]`: true when the attribute (or one element of an array) is any value. */
export function anyOf(attribute: string, values: readonly string[]): string {
  if (values.length === 0) throw new RangeError(`anyOf(${attribute}) needs at least one value`);
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** `attribute = "value"`. */
export function equals(attribute: string, value: string): string {
  return `${attribute} = ${quoteFilterValue(value)}`;
}
