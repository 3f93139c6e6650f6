import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TARGET_HEADER_ROW } from '../../lib/documents/target-workbook.ts';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { vi as viMessages } from '../../lib/i18n/messages/vi.ts';
import { DEMO_RESOLUTION, DEMO_TARGETS } from '../../prisma/seed/demo-records.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

// The route reads the session through next-auth and the language from the request's cookie; here the
// test says who is signed in and in which language.
const request = vi.hoisted(() => ({ actor: null as Actor | null, locale: 'vi' as 'vi' | 'en' }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => {
  const catalogues = { vi: (await import('../../lib/i18n/messages/vi.ts')).vi, en: (await import('../../lib/i18n/messages/en.ts')).en };
  return { getMessages: async () => ({ locale: request.locale, t: catalogues[request.locale] }) };
});
const { GET } = await import('../../app/api/resolutions/[resolutionId]/export/route.ts');

const COLUMNS = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kỳ', 'Mức độ số liệu', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá', 'Nguồn', 'Số liệu chi tiết không khớp'];
const COLUMN = Object.fromEntries(['number', 'target', 'unit', 'goal', 'period', 'qualifier', 'value', 'achievement', 'status', 'source', 'breakdown'].map((key, index) => [key, index + 1])) as Record<string, number>;
const WORKERS_ABROAD = DEMO_TARGETS.find((target) => target.key === 'workersAbroad')!.name;

let demo: DemoDatabase;
let secretary: Actor;
let attendee: Actor;
let resolutionId: string;

beforeAll(async () => {
  demo = await openDemoDatabase();
  secretary = await demo.actorFor('vanphong');
  attendee = await demo.actorFor('daibieu');
  resolutionId = (await demo.database.resolution.findFirstOrThrow({ where: { title: DEMO_RESOLUTION.title }, select: { id: true } })).id;
});

afterAll(async () => {
  await demo?.close();
});

beforeEach(() => {
  request.actor = null;
  request.locale = 'vi';
});

const get = (id = resolutionId) => GET(new Request(`http://localhost/api/resolutions/${id}/export`), { params: Promise.resolve({ resolutionId: id }) });

/** Downloads as the secretary and reads the file back as Excel would. */
async function exported() {
  request.actor = secretary;
  const response = await get();
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
  const dataRows = Array.from({ length: sheet.rowCount - TARGET_HEADER_ROW }, (_, index) => sheet.getRow(TARGET_HEADER_ROW + 1 + index));
  const rowOf = (name: string) => dataRows.find((row) => row.getCell(COLUMN.target!).value === name)!;
  return { response, sheet, values, dataRows, rowOf };
}

describe('GET /api/resolutions/[resolutionId]/export', () => {
  it('serves the target results as an XLSX download with its Vietnamese name in both forms', async () => {
    const { response } = await exported();
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Ket qua thuc hien chi tieu \d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''K%E1%BA%BFt%20qu%E1%BA%A3%20th%E1%BB%B1c%20hi%E1%BB%87n%20ch%E1%BB%89%20ti%C3%AAu%20\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
  });

  it('writes one row per result with Vietnamese headers, numbers as numbers, a frozen bold header and an autofilter', async () => {
    const { sheet, values, dataRows, rowOf } = await exported();
    expect(sheet.name).toBe('Chỉ tiêu');
    expect(values(1)).toEqual([DEMO_RESOLUTION.title]);
    expect(values(2)[0]).toMatch(/^Đảng bộ .+ · Nhiệm kỳ 2020 – 2025 · xuất ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(values(TARGET_HEADER_ROW)).toEqual(COLUMNS);
    expect(sheet.getRow(TARGET_HEADER_ROW).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: TARGET_HEADER_ROW });
    expect(sheet.autoFilter).toBeDefined();
    expect(dataRows).toHaveLength(DEMO_TARGETS.length);
    expect(dataRows.map((row) => row.getCell(COLUMN.number!).value)).toEqual(DEMO_TARGETS.map((_, index) => index + 1));

    // "357 lao động = 176 %", and the country breakdown that adds up to 343: flagged and highlighted.
    const workers = rowOf(WORKERS_ABROAD);
    expect(workers.getCell(COLUMN.unit!).value).toBe('người');
    expect(workers.getCell(COLUMN.goal!).value).toBe('Đạt ít nhất 203 người');
    expect(workers.getCell(COLUMN.period!).value).toBe('Năm 2023');
    expect(workers.getCell(COLUMN.qualifier!).value).toBeNull();
    const value = workers.getCell(COLUMN.value!);
    expect(value.value).toBe(357);
    expect(value.numFmt).toBe('#,##0');
    const achievement = workers.getCell(COLUMN.achievement!);
    expect(achievement.value).toBe(1.76);
    expect(achievement.numFmt).toBe('0%');
    expect(workers.getCell(COLUMN.status!).value).toBe('Vượt chỉ tiêu');
    expect(workers.getCell(COLUMN.source!).value).toBe('Báo cáo sơ kết giữa nhiệm kỳ, Hội nghị ngày 31/7/2023');
    const flag = workers.getCell(COLUMN.breakdown!);
    expect(flag.value).toBe('233 + 106 + 2 + 1 + 1 = 343, lệch so với 357');
    expect(flag.font?.bold).toBe(true);
    expect(workers.getCell(COLUMN.target!).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFEE2E2' } });

    // A breakdown that adds up (3.379 + 7.290 + 64.240 = 74.909) is neither flagged nor highlighted.
    const training = rowOf('Tuyển sinh, đào tạo nghề nghiệp từ đầu nhiệm kỳ');
    expect(training.getCell(COLUMN.value!).value).toBe(74909);
    expect(training.getCell(COLUMN.breakdown!).value).toBeNull();
    expect(training.getCell(COLUMN.target!).fill).not.toMatchObject({ pattern: 'solid' });

    // "ước 69,5 %": the qualifier in its own column, the figure a decimal number.
    const trained = rowOf('Tỷ lệ lao động qua đào tạo');
    expect(trained.getCell(COLUMN.qualifier!).value).toBe('ước');
    expect(trained.getCell(COLUMN.value!).value).toBe(69.5);
    expect(trained.getCell(COLUMN.value!).numFmt).toBe('#,##0.0###');
    expect(trained.getCell(COLUMN.period!).value).toBe('Giữa nhiệm kỳ (2023)');
    expect(rowOf('Tỷ lệ thất nghiệp khu vực thành thị').getCell(COLUMN.qualifier!).value).toBe('dưới');
  });

  it('leaves the achievement blank when it cannot be computed, and lists a target without results', async () => {
    const { database } = demo;
    const undetermined = await database.target.create({
      data: { resolutionId, position: 90, name: 'Chỉ tiêu chưa có giá trị', unit: 'HOUSEHOLDS', goalKind: 'AT_LEAST' },
      select: { id: true },
    });
    await database.targetResult.create({ data: { targetId: undetermined.id, period: 'END_OF_TERM', year: 2025, value: 12 } });
    await database.target.create({ data: { resolutionId, position: 91, name: 'Chỉ tiêu chưa báo cáo', unit: 'PEOPLE', goalKind: 'AT_LEAST', targetValue: 10 } });
    try {
      const { dataRows, rowOf } = await exported();
      expect(dataRows).toHaveLength(DEMO_TARGETS.length + 2);
      const noGoal = rowOf('Chỉ tiêu chưa có giá trị');
      expect(noGoal.getCell(COLUMN.value!).value).toBe(12);
      expect(noGoal.getCell(COLUMN.achievement!).value).toBeNull();
      expect(noGoal.getCell(COLUMN.status!).value).toBe('Chưa có số liệu');
      expect(noGoal.getCell(COLUMN.period!).value).toBe('Cuối nhiệm kỳ (2025)');
      const noResult = rowOf('Chỉ tiêu chưa báo cáo');
      expect(noResult.getCell(COLUMN.goal!).value).toBe('Đạt ít nhất 10 người');
      expect(noResult.getCell(COLUMN.value!).value).toBeNull();
      expect(noResult.getCell(COLUMN.status!).value).toBe('Chưa có số liệu');
    } finally {
      await database.targetResult.deleteMany({ where: { targetId: undetermined.id } });
      await database.target.deleteMany({ where: { resolutionId, position: { in: [90, 91] } } });
    }
  });

  it('writes English headers and the flag in English for an English reader', async () => {
    request.locale = 'en';
    const { sheet, values, rowOf } = await exported();
    expect(sheet.name).toBe('Targets');
    expect(values(TARGET_HEADER_ROW)).toEqual(['No.', 'Target', 'Unit', 'Goal', 'Period', 'Qualifier', 'Result', 'Achievement', 'Assessment', 'Source', 'Breakdown mismatch']);
    const workers = rowOf(WORKERS_ABROAD);
    expect(workers.getCell(COLUMN.value!).value).toBe(357);
    expect(workers.getCell(COLUMN.breakdown!).value).toBe('233 + 106 + 2 + 1 + 1 = 343, differs from 357');
  });

  it('answers 401 to an anonymous request', async () => {
    const response = await get();
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 403 to an attendee, whose role does not read resolutions', async () => {
    request.actor = attendee;
    const response = await get();
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(viMessages.errors.forbidden);
  });

  it('answers 404 to a malformed or unknown id', async () => {
    request.actor = secretary;
    for (const id of ['not-a-uuid', '0190b5a4-0000-7000-8000-000000000000']) {
      const response = await get(id);
      expect(response.status, id).toBe(404);
      expect(await response.text()).toBe(viMessages.errors.notFound);
    }
  });
});
