/**
 * What a file is, judged from its bytes (magic numbers), never from its name or the client's
 * Content-Type: a renamed `.exe` stays an executable.
 */
export const FILE_KINDS = [
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'ms-office',
  'png',
  'jpeg',
  'webp',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The kinds a proposal may attach: PDF, Office (OOXML and the legacy binary formats), images. */
export const DOCUMENT_AND_IMAGE_KINDS: readonly FileKind[] = FILE_KINDS;

export const CONTENT_TYPE_OF: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'ms-office': 'application/x-ole-storage',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/** Bytes needed at the start of a file before `sniffPrefix` can answer. */
export const SNIFF_BYTES = 12;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFBF = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // OLE2: .doc, .xls, .ppt

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((value, index) => bytes[at + index] === value);
}

/**
 * The kinds a file may be, from its first SNIFF_BYTES bytes: one kind, the three OOXML kinds for
 * a ZIP (decided later by `ooxmlKind`), or none.
 */
export function sniffPrefix(head: Uint8Array): FileKind[] {
  if (startsWith(head, PDF)) return ['pdf'];
  if (startsWith(head, PNG)) return ['png'];
  if (startsWith(head, JPEG)) return ['jpeg'];
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return ['webp'];
  if (startsWith(head, CFBF)) return ['ms-office'];
  if (startsWith(head, ZIP)) return ['docx', 'xlsx', 'pptx'];
  return [];
}

/**
 * Which OOXML document a ZIP is, from entry names found in its bytes (local headers near the
 * start, or the central directory at the end): `[Content_Types].xml` plus a `word/`, `xl/` or
 * `ppt/` part. Undefined for any other ZIP (a plain archive is not an Office file).
 */
export function ooxmlKind(...chunks: Uint8Array[]): FileKind | undefined {
  const text = chunks.map((chunk) => Buffer.from(chunk).toString('latin1')).join('\n');
  if (!text.includes('[Content_Types].xml')) return undefined;
  if (text.includes('word/')) return 'docx';
  if (text.includes('xl/')) return 'xlsx';
  if (text.includes('ppt/')) return 'pptx';
  return undefined;
}

/** The kind of a whole file from its head and tail bytes; undefined when it is none we know. */
export function detectKind(
  head: Uint8Array,
  tail: Uint8Array = new Uint8Array(),
): FileKind | undefined {
  const candidates = sniffPrefix(head);
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) return ooxmlKind(head, tail);
  return undefined;
}

/** A download name that keeps the user's name but carries the extension of the real kind. */
export function safeFilename(original: string, kind: FileKind): string {
  const extension: Record<FileKind, string> = {
    pdf: 'pdf',
    docx: 'docx',
    xlsx: 'xlsx',
    pptx: 'pptx',
    'ms-office': original.match(/\.(doc|xls|ppt)$/i)?.[1]?.toLowerCase() ?? 'doc',
    png: 'png',
    jpeg: 'jpg',
    webp: 'webp',
  };
  const base = original
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '_')
    .trim()
    .slice(0, 120);
  return `${base || 'file'}.${extension[kind]}`;
}
