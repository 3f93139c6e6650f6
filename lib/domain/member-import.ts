import { cleanMemberText as clean, isMemberEmail, isMemberPhone, MEMBER_FIELD_MAX } from './member-fields.ts';
import { foldVietnamese } from './vietnamese-name.ts';

export { MEMBER_FIELD_MAX };

/**
 * The rules of a member import (issue 5 item 3), pure so that the preview and the confirmation apply
 * exactly the same checks: find the header row and its columns, read each row into a new member, and
 * list every problem of a row rather than the first one, so the office fixes the file in one pass.
 */

export const MEMBER_IMPORT_COLUMNS = ['fullName', 'unit', 'title', 'email', 'phone', 'partyMember'] as const;
export type MemberImportColumn = (typeof MEMBER_IMPORT_COLUMNS)[number];
export type MemberImportCells = Record<MemberImportColumn, string>;

/** A file of more rows is refused whole: the preview of 2,000 rows is already a long page. */
export const MEMBER_IMPORT_MAX_ROWS = 2000;
/** The header row is looked for in the first rows: a sheet may start with a title, as our export does. */
const HEADER_SEARCH_ROWS = 10;

/** The columns as the template writes them: the file format the README documents, Vietnamese in either language. */
export const MEMBER_IMPORT_HEADERS: Record<MemberImportColumn, string> = {
  fullName: 'Họ và tên', unit: 'Đơn vị', title: 'Chức vụ', email: 'Email', phone: 'Điện thoại', partyMember: 'Đảng viên (có/không)',
};

/** Header texts, folded (see foldHeader); the first is the template's own. */
const HEADER_NAMES: Record<MemberImportColumn, readonly string[]> = {
  fullName: ['ho va ten', 'ho ten', 'full name', 'name'],
  unit: ['don vi', 'to chuc', 'unit', 'organisation', 'organization'],
  title: ['chuc vu', 'position', 'title'],
  email: ['email', 'e mail', 'thu dien tu'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'phone'],
  partyMember: ['dang vien', 'la dang vien', 'party member'],
};

/** Same text for matching: no case, tone marks or đ, dashes as spaces, single spaces. */
export function foldKey(text: string): string {
  return foldVietnamese(text.normalize('NFC')).replace(/[\u2010-\u2015-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A header cell, folded, without a parenthesised hint or a trailing mark: "Đảng viên (có/không)" → "dang vien". */
export function foldHeader(text: string): string {
  return foldKey(text.replace(/\([^)]*\)/g, ' ').replace(/[*:]/g, ' '));
}

export type HeaderProblem = { code: 'missingColumns'; columns: MemberImportColumn[] } | { code: 'duplicateColumn'; column: MemberImportColumn };

export interface LocatedHeader {
  /** Index in the grid of the header row. */
  headerIndex: number;
  columns: Partial<Record<MemberImportColumn, number>>;
}

function headerColumns(cells: readonly string[]): { columns: Partial<Record<MemberImportColumn, number>>; duplicate?: MemberImportColumn } {
  const columns: Partial<Record<MemberImportColumn, number>> = {};
  for (const [index, cell] of cells.entries()) {
    const folded = foldHeader(cell);
    const column = MEMBER_IMPORT_COLUMNS.find((key) => HEADER_NAMES[key].includes(folded));
    if (!column) continue;
    if (columns[column] !== undefined) return { columns, duplicate: column };
    columns[column] = index;
  }
  return { columns };
}

/** The header row: the first of the first rows that names the full-name column; name and unit are required. */
export function locateHeader(grid: readonly (readonly string[])[]): LocatedHeader | HeaderProblem {
  for (const [headerIndex, cells] of grid.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const { columns, duplicate } = headerColumns(cells);
    if (columns.fullName === undefined) continue;
    if (duplicate) return { code: 'duplicateColumn', column: duplicate };
    if (columns.unit === undefined) return { code: 'missingColumns', columns: ['unit'] };
    return { headerIndex, columns };
  }
  const first = grid.find((cells) => cells.some((cell) => cell.trim() !== '')) ?? [];
  const found = headerColumns(first).columns;
  return { code: 'missingColumns', columns: (['fullName', 'unit'] as const).filter((column) => found[column] === undefined) };
}

export interface RawMemberRow {
  /** The row's number in the sheet (1-based, the header's row included), as Excel shows it. */
  line: number;
  cells: MemberImportCells;
}

/** The data rows under the header, blank rows skipped. */
export function readMemberRows(grid: readonly (readonly string[])[], header: LocatedHeader): RawMemberRow[] {
  const rows: RawMemberRow[] = [];
  for (let index = header.headerIndex + 1; index < grid.length; index++) {
    const source = grid[index] ?? [];
    const cells = Object.fromEntries(MEMBER_IMPORT_COLUMNS.map((column) => {
      const at = header.columns[column];
      return [column, at === undefined ? '' : (source[at] ?? '')];
    })) as MemberImportCells;
    if (MEMBER_IMPORT_COLUMNS.every((column) => cells[column].trim() === '')) continue;
    rows.push({ line: index + 1, cells });
  }
  return rows;
}

export interface ImportUnit {
  id: string;
  name: string;
  shortName: string | null;
  /** Within the importer's organisations (memberScope). */
  inScope: boolean;
}

export interface ImportContext {
  /** Active organisations (all of them, so a unit outside the scope is named as such, not as unknown). */
  units: readonly ImportUnit[];
  /** Active members already there, as memberKey(organizationId, fullName). */
  existingMembers: ReadonlySet<string>;
}

export interface NewMember {
  fullName: string;
  organizationId: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  isPartyMember: boolean;
}

export type RowProblem =
  | { code: 'nameMissing' }
  | { code: 'unitMissing' }
  | { code: 'unitUnknown'; unit: string }
  | { code: 'unitOutOfScope'; unit: string }
  | { code: 'unitAmbiguous'; unit: string }
  | { code: 'tooLong'; column: MemberImportColumn; max: number }
  | { code: 'emailInvalid' }
  | { code: 'phoneInvalid' }
  | { code: 'partyMemberInvalid' }
  | { code: 'duplicateExisting' }
  | { code: 'duplicateInFile'; line: number };

export interface CheckedMemberRow extends RawMemberRow {
  /** The member to create, or null when the row has a problem. */
  member: NewMember | null;
  problems: RowProblem[];
}

/** The key that makes two people the same for the duplicate check: unit and folded name. */
export function memberKey(organizationId: string, fullName: string): string {
  return `${organizationId}\n${foldKey(fullName)}`;
}

const YES = new Set(['co', 'x', 'yes', 'y', 'true', '1', 'dang vien', 'la dang vien']);
const NO = new Set(['khong', 'no', 'n', 'false', '0']);

/** "có"/"không" (and the usual variants); blank means a party member, the model's default. */
export function parsePartyMember(text: string): boolean | null {
  const folded = foldKey(text);
  if (folded === '' || YES.has(folded)) return true;
  return NO.has(folded) ? false : null;
}

function unitIndex(units: readonly ImportUnit[]): Map<string, ImportUnit[]> {
  const index = new Map<string, ImportUnit[]>();
  for (const unit of units) {
    for (const label of new Set([foldKey(unit.name), unit.shortName ? foldKey(unit.shortName) : ''])) {
      if (!label) continue;
      const list = index.get(label) ?? [];
      if (!list.includes(unit)) list.push(unit);
      index.set(label, list);
    }
  }
  return index;
}

/** Checks every row against the organisations and the members there now, and against the rows above it. */
export function checkMemberRows(rows: readonly RawMemberRow[], context: ImportContext): CheckedMemberRow[] {
  const units = unitIndex(context.units);
  const firstLineOf = new Map<string, number>();
  return rows.map((row) => {
    const problems: RowProblem[] = [];
    const fullName = clean(row.cells.fullName);
    const unitText = clean(row.cells.unit);
    const title = clean(row.cells.title);
    const email = clean(row.cells.email);
    const phone = clean(row.cells.phone);

    if (!fullName) problems.push({ code: 'nameMissing' });
    for (const [column, value] of [['fullName', fullName], ['unit', unitText], ['title', title], ['email', email], ['phone', phone]] as const) {
      if (value.length > MEMBER_FIELD_MAX[column]) problems.push({ code: 'tooLong', column, max: MEMBER_FIELD_MAX[column] });
    }

    let organizationId: string | null = null;
    if (!unitText) problems.push({ code: 'unitMissing' });
    else {
      const matches = units.get(foldKey(unitText)) ?? [];
      const inScope = matches.filter((unit) => unit.inScope);
      if (inScope.length === 1) organizationId = inScope[0]!.id;
      else if (inScope.length > 1) problems.push({ code: 'unitAmbiguous', unit: unitText });
      else if (matches.length > 0) problems.push({ code: 'unitOutOfScope', unit: unitText });
      else problems.push({ code: 'unitUnknown', unit: unitText });
    }

    if (email && email.length <= MEMBER_FIELD_MAX.email && !isMemberEmail(email)) problems.push({ code: 'emailInvalid' });
    if (phone && phone.length <= MEMBER_FIELD_MAX.phone && !isMemberPhone(phone)) problems.push({ code: 'phoneInvalid' });
    const isPartyMember = parsePartyMember(row.cells.partyMember);
    if (isPartyMember === null) problems.push({ code: 'partyMemberInvalid' });

    if (fullName) {
      // Unresolved units still catch a repeated row, by the unit as typed.
      const key = memberKey(organizationId ?? `?${foldKey(unitText)}`, fullName);
      const first = firstLineOf.get(key);
      if (first !== undefined) problems.push({ code: 'duplicateInFile', line: first });
      else firstLineOf.set(key, row.line);
      if (organizationId && context.existingMembers.has(key)) problems.push({ code: 'duplicateExisting' });
    }

    const member = problems.length === 0 && organizationId !== null && isPartyMember !== null
      ? { fullName, organizationId, title: title || null, email: email || null, phone: phone || null, isPartyMember }
      : null;
    return { ...row, member, problems };
  });
}
