import 'server-only';
import ExcelJS from 'exceljs';
import { parseCsv } from '../domain/csv.ts';

// An uploaded spreadsheet as a grid of text cells, row i of the grid being row i + 1 of the sheet (so
// problems are reported under the row numbers Excel shows). XLSX: the first worksheet; CSV: UTF-8.

/** Text of one cell as the user sees it: formulas by their result, links by their text, booleans as true/false. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

/**
 * Null when the workbook cannot be read, has no sheet, or would unpack to more than `maxUnpackedBytes`
 * (a small XLSX can hold gigabytes of repeated XML: the sizes its ZIP directory declares are checked
 * before exceljs inflates anything).
 */
export async function readXlsxTable(bytes: Uint8Array, { maxUnpackedBytes }: { maxUnpackedBytes: number }): Promise<string[][] | null> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null || unpacked > maxUnpackedBytes) return null;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    grid[rowNumber - 1] = cells;
  });
  // Rows Excel left empty are holes: fill them so every row keeps its number.
  return Array.from(grid, (cells) => cells ?? []);
}

/** The sum of the uncompressed sizes in a ZIP's central directory (APPNOTE.TXT §4.3.12), or null if unreadable. */
function declaredUnpackedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let eocd = bytes.byteLength - 22; eocd >= Math.max(0, bytes.byteLength - 22 - 0xffff); eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue;
    const entries = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    let total = 0;
    for (let entry = 0; entry < entries; entry++) {
      if (offset + 46 > eocd || view.getUint32(offset, true) !== 0x02014b50) return null;
      total += view.getUint32(offset + 24, true);
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

/** Null when the bytes are not UTF-8 text (an old .xls, a Windows-1258 CSV). */
export function readCsvTable(bytes: Uint8Array): string[][] | null {
  let text: string;
  try {
    // fatal: a legacy-encoded file is refused with a message rather than imported as mojibake.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.includes('\u0000')) return null;
  return parseCsv(text);
}
