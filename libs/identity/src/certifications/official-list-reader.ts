import ExcelJS from 'exceljs';
import { parseCsv } from './official-list';

/** The cells of the first sheet of an xlsx file, or of a csv file (UTF-8), as text. */
export async function readSheet(fileName: string, bytes: Buffer): Promise<string[][]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return parseCsv(bytes.toString('utf8'));
  if (!lower.endsWith('.xlsx')) throw new Error('只支持 .xlsx 或 .csv 文件');
  // An xlsx file is a zip archive: refuse anything else before handing it to the parser.
  if (bytes.subarray(0, 4).toString('hex') !== '504b0304') throw new Error('不是有效的 xlsx 文件');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    rows[number - 1] = Array.from(cells, (value) => value ?? '');
  });
  return Array.from(rows, (row) => row ?? []);
}
