import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEADER_ROW, buildTaskWorkbook } from '../../lib/documents/task-workbook.ts';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Locale } from '../../lib/i18n/locale.ts';
import { en } from '../../lib/i18n/messages/en.ts';
import { vi as viMessages } from '../../lib/i18n/messages/vi.ts';
import { taskCriteriaQuery, taskExportFiltersSchema, taskFiltersSchema } from '../../lib/schemas/task-filters.ts';
import { findTasks } from '../../lib/server/tasks/find-tasks.ts';
import { findTasksForExport } from '../../lib/server/tasks/find-tasks-for-export.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

// The route reads the session through next-auth and the language from the request's cookie; here the
// test says who is signed in and in which language.
const request = vi.hoisted(() => ({ actor: null as Actor | null, locale: 'vi' as 'vi' | 'en' }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => {
  const catalogues = { vi: (await import('../../lib/i18n/messages/vi.ts')).vi, en: (await import('../../lib/i18n/messages/en.ts')).en };
  return { getMessages: async () => ({ locale: request.locale, t: catalogues[request.locale] }) };
});
const { GET } = await import('../../app/api/tasks/export/route.ts');

const COLUMNS = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Người phụ trách', 'Nguồn', 'Ngày bắt đầu', 'Hạn hoàn thành', 'Trạng thái', 'Tiến độ', 'Cảnh báo hạn'];
const DUE = 7;
const PROGRESS = 9;

let demo: DemoDatabase;
let secretary: Actor;
let attendee: Actor;

beforeAll(async () => {
  demo = await openDemoDatabase();
  secretary = await demo.actorFor('vanphong');
  attendee = await demo.actorFor('daibieu');
});

afterAll(async () => {
  await demo?.close();
});

beforeEach(() => {
  request.actor = null;
  request.locale = 'vi';
});

/** Queries and builds as the route does, then reads the file back as Excel would. */
async function exported(actor: Actor, params: Record<string, string>, { today = '2026-01-01', locale = 'vi' as Locale, limit }: { today?: string; locale?: Locale; limit?: number } = {}) {
  const criteria = taskExportFiltersSchema.parse(params);
  const { rows, total } = await findTasksForExport({ actor, criteria, today, ...(limit ? { limit } : {}) });
  return readSheet(await buildTaskWorkbook({ rows, total, today, t: locale === 'vi' ? viMessages : en, locale }));
}

async function readSheet(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
  const dataRows = Array.from({ length: sheet.rowCount - HEADER_ROW }, (_, index) => sheet.getRow(HEADER_ROW + 1 + index));
  return { sheet, values, dataRows };
}

describe('the task list as XLSX', () => {
  it('writes the filtered list with Vietnamese headers, real dates and numbers, a frozen bold header and an autofilter', async () => {
    const { sheet, values, dataRows } = await exported(secretary, { overdue: '1' });
    expect(sheet.name).toBe('Nhiệm vụ');
    expect(values(1)).toEqual(['Danh sách nhiệm vụ, xuất ngày 01/01/2026']);
    expect(values(2)).toEqual(['3 nhiệm vụ']);
    expect(values(HEADER_ROW)).toEqual(COLUMNS);
    expect(sheet.getRow(HEADER_ROW).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.autoFilter).toBeDefined();

    // Three of the four directions are open after their due date of 31/12/2025; one is done.
    expect(dataRows).toHaveLength(3);
    const first = dataRows[0]!;
    expect(first.getCell(1).value).toBe(1);
    const due = first.getCell(DUE);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2025-12-31T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(6).value).toEqual(new Date('2023-08-01T00:00:00Z'));
    const progress = first.getCell(PROGRESS);
    expect(typeof progress.value).toBe('number');
    expect(progress.value).toBeGreaterThanOrEqual(0);
    expect(progress.value).toBeLessThan(1);
    expect(progress.numFmt).toBe('0%');
    expect(first.getCell(5).value).toMatch(/^Kết luận \d+, hội nghị 31\/07\/2023$/);
    expect(dataRows.map((row) => row.getCell(10).value)).toEqual(['Quá hạn', 'Quá hạn', 'Quá hạn']);
    expect(dataRows.map((row) => row.getCell(8).value).every((status) => status !== 'Hoàn thành')).toBe(true);
  });

  it('holds every matching task in the list’s order, not one page', async () => {
    const filters = taskFiltersSchema.parse({ sort: 'title' });
    const page = await findTasks({ actor: secretary, filters, today: '2026-11-25' });
    const { dataRows } = await exported(secretary, { sort: 'title' }, { today: '2026-11-25' });
    expect(dataRows.map((row) => row.getCell(2).value)).toEqual(page.rows.map((task) => task.title));
    expect(dataRows.map((row) => row.getCell(1).value)).toEqual([1, 2, 3, 4]);
  });

  it('gives an attendee only the tasks of his own scope', async () => {
    const { dataRows } = await exported(attendee, {});
    const page = await findTasks({ actor: attendee, filters: taskFiltersSchema.parse({}), today: '2026-01-01' });
    expect(dataRows.map((row) => row.getCell(2).value)).toEqual(page.rows.map((task) => task.title));
    expect(dataRows.map((row) => row.getCell(3).value)).toEqual(['Chi bộ Phòng Lao động – Việc làm']);
    expect(dataRows.map((row) => row.getCell(4).value)).toEqual(['Võ Minh Khoa']);
  });

  it('says in the sheet when the export was cut at the limit', async () => {
    const { values, dataRows } = await exported(secretary, {}, { limit: 2 });
    expect(dataRows).toHaveLength(2);
    expect(values(2)).toEqual(['Chỉ xuất 2 nhiệm vụ đầu tiên trong tổng số 4 nhiệm vụ phù hợp; hãy lọc hẹp hơn để xuất đủ.']);
  });

  it('writes English headers for an English reader', async () => {
    const { sheet, values } = await exported(secretary, {}, { locale: 'en' });
    expect(sheet.name).toBe('Tasks');
    expect(values(HEADER_ROW)).toEqual(['No.', 'Task', 'Owner', 'Responsible', 'Source', 'Start date', 'Due date', 'Status', 'Progress', 'Deadline alert']);
  });
});

describe('the export link and its filters', () => {
  it('carries the list’s filters (not its page) in a query string the export reads back unchanged', () => {
    const filters = taskFiltersSchema.parse({ status: 'IN_PROGRESS', dueFrom: '2025-01-01', overdue: '1', page: '3', ownerId: 'not-a-uuid' });
    const query = taskCriteriaQuery(filters);
    expect(query).toBe('status=IN_PROGRESS&overdue=1&dueFrom=2025-01-01&sort=due');
    expect(taskExportFiltersSchema.parse(Object.fromEntries(new URLSearchParams(query)))).toEqual({ status: 'IN_PROGRESS', overdue: '1', dueFrom: '2025-01-01', sort: 'due' });
  });
});

describe('GET /api/tasks/export', () => {
  const get = (query = '') => GET(new Request(`http://localhost/api/tasks/export${query}`));

  it('answers 401 to an anonymous request', async () => {
    const response = await get();
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 403 to an account whose roles do not include task.read', async () => {
    request.actor = { ...attendee, roles: [] };
    const response = await get();
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(viMessages.errors.forbidden);
  });

  it('answers 400 naming the malformed filters, in the reader’s language', async () => {
    request.actor = secretary;
    const refused = await get('?dueFrom=2023-02-30&ownerId=abc&status=DONE');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await refused.text()).toBe('Không xuất được danh sách: bộ lọc không hợp lệ (Đơn vị chủ trì (ownerId), Hạn từ ngày (dueFrom)). Hãy mở lại trang Nhiệm vụ, lọc lại rồi bấm “Xuất Excel”.');

    request.locale = 'en';
    const inEnglish = await get('?sort=drop%20table');
    expect(inEnglish.status).toBe(400);
    expect(await inEnglish.text()).toContain('invalid filters (Sort by (sort))');
  });

  it('serves the workbook as an XLSX download with its Vietnamese name in both forms', async () => {
    request.actor = secretary;
    // Empty values are "all", as the list's form submits them; the page number is the list's own business.
    const response = await get('?termId=&status=&page=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="Danh sach nhiem vu \d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''Danh%20s%C3%A1ch%20nhi%E1%BB%87m%20v%E1%BB%A5%20\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    const { dataRows } = await readSheet(bytes);
    expect(dataRows).toHaveLength(4);
  });
});
