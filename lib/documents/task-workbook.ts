import 'server-only';
import ExcelJS from 'exceljs';
import { calendarDateOf } from '../domain/calendar.ts';
import { deadlineState } from '../domain/task-deadline.ts';
import type { TaskStatus } from '../domain/task-status.ts';
import { formatCalendarDate, formatDate, formatNumber } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages/vi.ts';
import { addAutoFilter, frozenHeaderViews, styleHeaderRow, workbookBytes, XLSX_MIME_TYPE } from './workbook.ts';

// The task list as an XLSX workbook, for the office to file, print and work on in Excel. Numbers and
// dates are written as numbers and dates (never text), so Excel sorts, filters and sums them.

export { XLSX_MIME_TYPE };

/** A task as the sheet shows it (what find-tasks-for-export.ts selects). */
export interface TaskWorkbookRow {
  title: string;
  status: TaskStatus;
  /** Whole percent, 0–100. */
  progress: number;
  /** DATE columns: midnight UTC of the day. */
  startDate: Date | null;
  dueDate: Date | null;
  ownerOrganization: { name: string };
  responsibleMember: { fullName: string } | null;
  conclusion: { number: number; conference: { startsAt: Date } } | null;
  plan: { officialNumber: string } | null;
  target: { name: string } | null;
}

type Column = keyof Messages['tasks']['export']['columns'];

const COLUMNS: { key: Column; width: number; numFmt?: string; wrap?: boolean }[] = [
  { key: 'number', width: 6 },
  { key: 'title', width: 60, wrap: true },
  { key: 'owner', width: 32, wrap: true },
  { key: 'responsible', width: 24 },
  { key: 'source', width: 36, wrap: true },
  { key: 'startDate', width: 13, numFmt: 'dd/mm/yyyy' },
  { key: 'dueDate', width: 13, numFmt: 'dd/mm/yyyy' },
  { key: 'status', width: 16 },
  { key: 'progress', width: 10, numFmt: '0%' },
  { key: 'deadline', width: 16 },
];

/** Row 1 the heading, row 2 the count (or the cap), row 3 the column headers, then one row per task. */
export const HEADER_ROW = 3;

const columnNumber = (key: Column) => COLUMNS.findIndex((column) => column.key === key) + 1;

export async function buildTaskWorkbook({ rows, total, today, t, locale }: {
  rows: readonly TaskWorkbookRow[];
  /** All matching tasks; more than `rows.length` when the export was capped. */
  total: number;
  /** 'YYYY-MM-DD' in Vietnam: the export date and what overdue is measured against. */
  today: string;
  t: Messages;
  locale: Locale;
}): Promise<Uint8Array<ArrayBuffer>> {
  const text = t.tasks.export;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t.app.name;
  const sheet = workbook.addWorksheet(text.sheetName, {
    // A4 landscape, one page wide, the header row repeated on every printed page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
    views: frozenHeaderViews(HEADER_ROW),
  });
  sheet.columns = COLUMNS.map(({ key, width, numFmt, wrap }) => ({
    key, width, style: { ...(numFmt ? { numFmt } : {}), alignment: { vertical: 'top', wrapText: wrap ?? false } },
  }));

  const heading = sheet.getCell(1, 1);
  heading.value = interpolate(text.heading, { date: formatCalendarDate(new Date(`${today}T00:00:00Z`), locale) });
  heading.font = { bold: true, size: 14 };
  heading.alignment = { vertical: 'middle' };
  const summary = sheet.getCell(2, 1);
  summary.alignment = { vertical: 'middle' };
  if (total > rows.length) {
    summary.value = interpolate(text.capped, { limit: formatNumber(rows.length, locale), total: formatNumber(total, locale) });
    summary.font = { bold: true, color: { argb: 'FFB91C1C' } };
  } else {
    summary.value = interpolate(t.tasks.list.count, { count: formatNumber(total, locale) });
  }

  const header = sheet.getRow(HEADER_ROW);
  header.values = COLUMNS.map((column) => text.columns[column.key]);
  styleHeaderRow(header);

  rows.forEach((task, index) => {
    const deadline = deadlineState({ dueDate: task.dueDate ? calendarDateOf(task.dueDate) : null, status: task.status, today });
    const row = sheet.addRow({
      number: index + 1,
      title: task.title,
      owner: task.ownerOrganization.name,
      responsible: task.responsibleMember?.fullName ?? null,
      source: sourceOf(task, t, locale),
      // A DATE column is midnight UTC, which is how exceljs turns a Date into an Excel day: no shift.
      startDate: task.startDate,
      dueDate: task.dueDate,
      status: t.tasks.statuses[task.status],
      progress: task.progress / 100,
      // The same flag as the list's badge: only what needs attention.
      deadline: deadline === 'OVERDUE' || deadline === 'DUE_SOON' ? t.tasks.deadline[deadline] : null,
    });
    if (deadline === 'OVERDUE') row.getCell(columnNumber('deadline')).font = { bold: true, color: { argb: 'FFB91C1C' } };
  });

  addAutoFilter(sheet, { headerRow: HEADER_ROW, rowCount: rows.length, columnCount: COLUMNS.length });
  return workbookBytes(workbook);
}

/** Where the task comes from: the conclusion (with its conference's date), else the plan, else the target. */
function sourceOf(task: TaskWorkbookRow, t: Messages, locale: Locale): string | null {
  if (task.conclusion) return interpolate(t.tasks.list.fromConclusion, { number: task.conclusion.number, date: formatDate(task.conclusion.conference.startsAt, locale) });
  if (task.plan) return interpolate(t.tasks.export.fromPlan, { number: task.plan.officialNumber });
  if (task.target) return interpolate(t.tasks.export.fromTarget, { name: task.target.name });
  return null;
}

/** The download's name, e.g. "Danh sách nhiệm vụ 2026-11-25.xlsx" (ISO date: sorts, and has no slash). */
export function taskWorkbookFileName(t: Messages, today: string): string {
  return interpolate(t.tasks.export.fileName, { date: today });
}
