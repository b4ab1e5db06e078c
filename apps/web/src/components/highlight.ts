/** A piece of highlighted text: plain, or a match the search engine marked. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|#39);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeEntities(text: string): string {
  return text.replace(ENTITY, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower in NAMED) return NAMED[lower];
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits the API's highlight (HTML-escaped text with matches in <em>…</em>) into parts that a
 * component renders as React text, never as markup: any other tag in it stays visible text.
 */
export function parseHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  for (const piece of html.split(/(<em>|<\/em>)/)) {
    if (piece === '<em>') match = true;
    else if (piece === '</em>') match = false;
    else if (piece) parts.push({ text: unescapeEntities(piece), match });
  }
  return parts;
}
