import 'server-only';
import type ExcelJS from 'exceljs';

// What every XLSX list of the app shares (tasks, members): the header row's look, the frozen header
// and the autofilter, and the bytes. Data goes in as numbers, dates and booleans, never as their text,
// so Excel sorts, filters and sums them.

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Bold on light grey with a rule below, as a printed table's header. */
export function styleHeaderRow(header: ExcelJS.Row): void {
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E5E4' } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** An autofilter over the header row and the rows under it. */
export function addAutoFilter(sheet: ExcelJS.Worksheet, { headerRow, rowCount, columnCount }: { headerRow: number; rowCount: number; columnCount: number }): void {
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + rowCount, column: columnCount } };
}

/** The sheet views that keep rows 1…headerRow in sight while scrolling. */
export function frozenHeaderViews(headerRow: number): Partial<ExcelJS.WorksheetView>[] {
  return [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  // exceljs types the result as its own Buffer; at run time it is Node's, copied here into a plain array.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
