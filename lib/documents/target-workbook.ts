import 'server-only';
import ExcelJS from 'exceljs';
import type { Achievement, GoalKind } from '../domain/achievement.ts';
import type { BreakdownCheck } from '../domain/breakdown.ts';
import { formatCalendarDate, formatNumber } from '../i18n/format.ts';
import { interpolate } from '../i18n/interpolate.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages/vi.ts';
import { goalText, type TargetUnitKey } from '../i18n/target-text.ts';
import { addAutoFilter, frozenHeaderViews, styleHeaderRow, workbookBytes } from './workbook.ts';

// A resolution's targets and every result reported on them, as XLSX: one row per result (a target
// without results gets one row saying so). The result and the achievement are numbers, not text, so
// Excel sorts and filters them; the qualifier ("ước", "dưới", "trên") has its own column. A result whose
// breakdown does not add up ("233 + 106 + 2 + 1 + 1 = 343, lệch so với 357") is flagged and highlighted,
// as on the resolution page and in the báo cáo sơ kết.

type Resolutions = Messages['resolutions'];

/** A resolution as the sheet shows it (what get-resolution.ts returns). */
export interface TargetWorkbookResolution {
  title: string;
  term: { name: string };
  organization: { name: string };
  targets: readonly {
    position: number;
    name: string;
    unit: TargetUnitKey;
    goalKind: GoalKind;
    targetValue: number | null;
    targetMax: number | null;
    results: readonly TargetWorkbookResult[];
  }[];
}

export interface TargetWorkbookResult {
  period: keyof Resolutions['periods'];
  year: number;
  value: number;
  qualifier: keyof Resolutions['qualifiers'];
  source: string | null;
  parts: readonly { label: string; value: number }[];
  achievement: Achievement;
  breakdown: BreakdownCheck;
}

type Column = keyof Resolutions['export']['columns'];

const COLUMNS: { key: Column; width: number; numFmt?: string; wrap?: boolean }[] = [
  { key: 'number', width: 6 },
  { key: 'target', width: 44, wrap: true },
  { key: 'unit', width: 11 },
  { key: 'goal', width: 28, wrap: true },
  { key: 'period', width: 22 },
  { key: 'qualifier', width: 10 },
  { key: 'value', width: 12 },
  // The same format as the task export's progress: the cell holds 1.76 and shows 176%.
  { key: 'achievement', width: 11, numFmt: '0%' },
  { key: 'status', width: 22, wrap: true },
  { key: 'source', width: 36, wrap: true },
  { key: 'breakdown', width: 40, wrap: true },
];

/** Row 1 the resolution's title, row 2 its organisation, term and the export date, row 3 the column headers. */
export const TARGET_HEADER_ROW = 3;

const FLAG_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFEE2E2' } };

const columnNumber = (key: Column) => COLUMNS.findIndex((column) => column.key === key) + 1;

export async function buildTargetWorkbook({ resolution, today, t, locale }: {
  resolution: TargetWorkbookResolution;
  /** 'YYYY-MM-DD' in Vietnam, the export date. */
  today: string;
  t: Messages;
  locale: Locale;
}): Promise<Uint8Array<ArrayBuffer>> {
  const text = t.resolutions.export;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t.app.name;
  const sheet = workbook.addWorksheet(text.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${TARGET_HEADER_ROW}:${TARGET_HEADER_ROW}` },
    views: frozenHeaderViews(TARGET_HEADER_ROW),
  });
  sheet.columns = COLUMNS.map(({ key, width, numFmt, wrap }) => ({
    key, width, style: { ...(numFmt ? { numFmt } : {}), alignment: { vertical: 'top', wrapText: wrap ?? false } },
  }));

  const heading = sheet.getCell(1, 1);
  heading.value = resolution.title;
  heading.font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = interpolate(text.subheading, {
    organization: resolution.organization.name, term: resolution.term.name, date: formatCalendarDate(new Date(`${today}T00:00:00Z`), locale),
  });

  const header = sheet.getRow(TARGET_HEADER_ROW);
  header.values = COLUMNS.map((column) => text.columns[column.key]);
  styleHeaderRow(header);

  let rowCount = 0;
  for (const target of resolution.targets) {
    const common = {
      number: target.position,
      target: target.name,
      unit: t.resolutions.units[target.unit],
      goal: goalText(target, t, locale),
    };
    if (target.results.length === 0) {
      sheet.addRow({ ...common, status: t.resolutions.statuses.NO_DATA });
      rowCount += 1;
      continue;
    }
    for (const result of target.results) {
      const flag = breakdownFlag(result, t, locale);
      const row = sheet.addRow({
        ...common,
        period: interpolate(t.resolutions.periods[result.period], { year: result.year }),
        qualifier: t.resolutions.qualifiers[result.qualifier] || null,
        value: result.value,
        // The whole percent the page and the report show (176 %), so the sheet and they never disagree.
        achievement: result.achievement.percent === null ? null : result.achievement.percent / 100,
        status: t.resolutions.statuses[result.achievement.status],
        source: result.source,
        breakdown: flag,
      });
      // 14.872 and 69,5 in a Vietnamese Excel (it supplies the separators); no dangling comma on whole numbers.
      row.getCell(columnNumber('value')).numFmt = Number.isInteger(result.value) ? '#,##0' : '#,##0.0###';
      if (flag) {
        for (let column = 1; column <= COLUMNS.length; column += 1) row.getCell(column).fill = FLAG_FILL;
        row.getCell(columnNumber('breakdown')).font = { bold: true, color: { argb: 'FFB91C1C' } };
      }
      rowCount += 1;
    }
  }

  addAutoFilter(sheet, { headerRow: TARGET_HEADER_ROW, rowCount, columnCount: COLUMNS.length });
  return workbookBytes(workbook);
}

/** "233 + 106 + 2 + 1 + 1 = 343, lệch so với 357", or null when the parts add up (or there are none). */
export function breakdownFlag(result: Pick<TargetWorkbookResult, 'parts' | 'breakdown'>, t: Messages, locale: Locale): string | null {
  if (!result.breakdown.hasParts || result.breakdown.matches) return null;
  return interpolate(t.resolutions.export.breakdownFlag, {
    parts: result.parts.map((part) => formatNumber(part.value, locale)).join(' + '),
    sum: formatNumber(result.breakdown.sum, locale),
    total: formatNumber(result.breakdown.total, locale),
  });
}

/** The download's name, e.g. "Kết quả thực hiện chỉ tiêu 2026-11-25.xlsx" (ISO date: sorts, and has no slash). */
export function targetWorkbookFileName(t: Messages, today: string): string {
  return interpolate(t.resolutions.export.fileName, { date: today });
}
