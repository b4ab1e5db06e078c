import { detectKind, ooxmlKind, safeFilename, sniffPrefix } from './file-kind';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => Uint8Array.from(Buffer.from(value, 'latin1'));

describe('file kinds from bytes', () => {
  it('recognises PDF, PNG, JPEG, WebP and legacy Office by their magic numbers', () => {
    expect(detectKind(text('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(detectKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe(
      'png',
    );
    expect(detectKind(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1))).toBe(
      'jpeg',
    );
    expect(detectKind(text('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('webp');
    expect(detectKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0))).toBe(
      'ms-office',
    );
  });

  it('refuses an executable, plain text and a RIFF that is not WebP, whatever their names', () => {
    expect(detectKind(text('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00'))).toBeUndefined();
    expect(detectKind(text('hello, this is text'))).toBeUndefined();
    expect(detectKind(text('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeUndefined();
  });

  it('tells OOXML documents apart by their parts, and refuses a plain ZIP', () => {
    const zip = (names: string[]) => text(`PK\x03\x04${names.map((n) => `\x00\x00${n}`).join('')}`);
    expect(sniffPrefix(zip([]))).toEqual(['docx', 'xlsx', 'pptx']);
    expect(detectKind(zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']))).toBe(
      'docx',
    );
    expect(detectKind(zip(['[Content_Types].xml', 'xl/workbook.xml']))).toBe('xlsx');
    expect(detectKind(zip(['[Content_Types].xml', 'ppt/presentation.xml']))).toBe('pptx');
    expect(detectKind(zip(['photos/a.jpg', 'readme.txt']))).toBeUndefined();
    // Entry names only in the central directory at the end still count.
    expect(ooxmlKind(zip(['x']), text('PK\x01\x02[Content_Types].xml word/document.xml'))).toBe(
      'docx',
    );
  });

  it('keeps the user name but gives the extension of the real kind', () => {
    expect(safeFilename('方案.PDF', 'pdf')).toBe('方案.pdf');
    expect(safeFilename('C:\\fakepath\\团队"介绍".docx', 'docx')).toBe('团队_介绍_.docx');
    expect(safeFilename('scan.png', 'jpeg')).toBe('scan.jpg');
    expect(safeFilename('预算.xls', 'ms-office')).toBe('预算.xls');
    expect(safeFilename('.pdf', 'pdf')).toBe('file.pdf');
  });
});
