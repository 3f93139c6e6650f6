import 'server-only';
import ExcelJS from 'exceljs';
import { formatCalendarDate, formatNumber } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages/vi.ts';
import { MEMBER_IMPORT_COLUMNS, MEMBER_IMPORT_HEADERS } from '../domain/member-import.ts';
import { addAutoFilter, frozenHeaderViews, styleHeaderRow, workbookBytes } from './workbook.ts';

// The members as XLSX: the list the office files and prints (export), and the template an import
// starts from. The export's headers are ones the import recognises, so an exported sheet can be edited
// and imported into another unit (its title rows are skipped, its extra columns ignored).

/** A member as the export shows it (what find-members-for-export.ts selects). */
export interface MemberWorkbookRow {
  fullName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  isPartyMember: boolean;
  organization: { name: string };
  user: { username: string } | null;
}

type Column = keyof Messages['members']['export']['columns'];

const COLUMNS: { key: Column; width: number; wrap?: boolean }[] = [
  { key: 'number', width: 6 },
  { key: 'fullName', width: 28 },
  { key: 'unit', width: 40, wrap: true },
  { key: 'title', width: 32, wrap: true },
  { key: 'email', width: 28 },
  { key: 'phone', width: 16 },
  { key: 'partyMember', width: 11 },
  { key: 'account', width: 16 },
];

/** Row 1 the heading, row 2 the count, row 3 the column headers, then one row per member. */
export const MEMBER_HEADER_ROW = 3;

export async function buildMemberWorkbook({ rows, today, t, locale }: {
  /** Already in the list's order (Vietnamese name order). */
  rows: readonly MemberWorkbookRow[];
  /** 'YYYY-MM-DD' in Vietnam, the export date. */
  today: string;
  t: Messages;
  locale: Locale;
}): Promise<Uint8Array<ArrayBuffer>> {
  const text = t.members.export;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t.app.name;
  const sheet = workbook.addWorksheet(text.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${MEMBER_HEADER_ROW}:${MEMBER_HEADER_ROW}` },
    views: frozenHeaderViews(MEMBER_HEADER_ROW),
  });
  sheet.columns = COLUMNS.map(({ key, width, wrap }) => ({
    key, width, style: { alignment: { vertical: 'top', wrapText: wrap ?? false }, ...(key === 'phone' ? { numFmt: '@' } : {}) },
  }));

  const heading = sheet.getCell(1, 1);
  heading.value = interpolate(text.heading, { date: formatCalendarDate(new Date(`${today}T00:00:00Z`), locale) });
  heading.font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = interpolate(text.count, { count: formatNumber(rows.length, locale) });

  const header = sheet.getRow(MEMBER_HEADER_ROW);
  header.values = COLUMNS.map((column) => text.columns[column.key]);
  styleHeaderRow(header);

  rows.forEach((member, index) => {
    sheet.addRow({
      number: index + 1,
      fullName: member.fullName,
      unit: member.organization.name,
      title: member.title,
      email: member.email,
      // Text, so "0912…" keeps its leading zero.
      phone: member.phone,
      // A real boolean: Excel filters on TRUE/FALSE and the import reads it back.
      partyMember: member.isPartyMember,
      account: member.user?.username ?? null,
    });
  });

  addAutoFilter(sheet, { headerRow: MEMBER_HEADER_ROW, rowCount: rows.length, columnCount: COLUMNS.length });
  return workbookBytes(workbook);
}

export function memberWorkbookFileName(t: Messages, today: string): string {
  return interpolate(t.members.export.fileName, { date: today });
}

/**
 * The import template: the header row and one example row in the first sheet, and the units the
 * importer may import into (with their short names, which the "Đơn vị" column also accepts) in a second.
 */
export async function buildMemberImportTemplate({ units, t }: { units: readonly { name: string; shortName: string | null }[]; t: Messages }): Promise<Uint8Array<ArrayBuffer>> {
  const text = t.members.import.template;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t.app.name;
  const sheet = workbook.addWorksheet(text.sheetName, { views: frozenHeaderViews(1) });
  const widths = [28, 40, 32, 28, 16, 20];
  sheet.columns = MEMBER_IMPORT_COLUMNS.map((column, index) => ({
    header: MEMBER_IMPORT_HEADERS[column], width: widths[index],
    // "Điện thoại" as text, so a typed 0912 345 678 keeps its leading zero.
    style: index === 4 ? { numFmt: '@' } : {},
  }));
  styleHeaderRow(sheet.getRow(1));
  const example = units[0];
  const row = sheet.addRow(['Nguyễn Văn An', example ? (example.shortName ?? example.name) : '', 'Chuyên viên', 'nguyenvanan@example.vn', '0912 345 678', 'có']);
  row.font = { italic: true, color: { argb: 'FF57534E' } };
  row.getCell(MEMBER_IMPORT_COLUMNS.length + 1).value = text.exampleNote;

  const unitSheet = workbook.addWorksheet(text.unitsSheetName, { views: frozenHeaderViews(1) });
  unitSheet.columns = [{ header: text.unitName, width: 60 }, { header: text.unitShortName, width: 40 }];
  styleHeaderRow(unitSheet.getRow(1));
  for (const unit of units) unitSheet.addRow([unit.name, unit.shortName]);
  return workbookBytes(workbook);
}
