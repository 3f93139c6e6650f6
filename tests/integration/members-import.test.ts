import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { MEMBER_HEADER_ROW } from '../../lib/documents/member-workbook.ts';
import { compareVietnameseNames } from '../../lib/domain/vietnamese-name.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import type { ActionState } from '../../lib/schemas/action-state.ts';
import type { MemberImportPreview, MemberImportState } from '../../lib/schemas/member-import.ts';
import { findMembers } from '../../lib/server/members/find-members.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

// The actions and routes read the session through next-auth and the language from a cookie; here the
// test says who is signed in. Outside a request there is no cache to revalidate.
const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
const { previewMemberImportAction, confirmMemberImportAction } = await import('../../app/(app)/members/import/actions.ts');
const exportRoute = await import('../../app/api/members/export/route.ts');
const templateRoute = await import('../../app/api/members/import-template/route.ts');

const text = messages.members.import;
const HEADERS = ['Họ và tên', 'Đơn vị', 'Chức vụ', 'Email', 'Điện thoại', 'Đảng viên (có/không)'];
const CELLS = ['Chi bộ Văn phòng', 'Chi bộ Phòng LĐ-VL', 'Chi bộ Phòng Người có công', 'Chi bộ TT DVVL'];
const BLOCK = 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh An Giang';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;
let admin: Actor;

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await demo.actorFor('vanphong');
  attendee = await demo.actorFor('daibieu');
  admin = await demo.actorFor('quantri');
});

afterAll(async () => {
  await demo?.close();
});

beforeEach(() => {
  request.actor = secretary;
});

/** 200 people, none in the demo data: 5 family × 4 middle × 10 given names. */
function people(): string[] {
  const names: string[] = [];
  for (const family of ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng']) {
    for (const middle of ['Văn', 'Thị', 'Hữu', 'Minh Anh']) {
      for (const given of ['Bình', 'Cường', 'Đạt', 'Giang', 'Hải', 'Hiếu', 'Kiên', 'Long', 'Quân', 'Thắng']) names.push(`${family} ${middle} ${given}`);
    }
  }
  return names;
}

async function xlsx(rows: readonly (readonly (string | number | boolean | null)[])[], headers: readonly string[] = HEADERS): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đảng viên');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], 'dang-vien.xlsx');
}

/** The 200-row file of the issue: rows 51, 101 and 151 (sheet numbering) are bad. */
async function fileWithThreeBadRows(): Promise<File> {
  const rows = people().map((name, index) => [name, CELLS[index % CELLS.length]!, 'Chuyên viên', `nguoi${index}@sldtbxh.angiang.gov.vn`, `0912 000 ${String(index).padStart(3, '0')}`, index % 7 === 0 ? 'không' : 'có']);
  rows[49]![1] = 'Chi bộ Không Có Thật';
  rows[99]![0] = '';
  rows[149]![3] = 'khong-phai-email';
  return xlsx(rows);
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function preview(file: File): Promise<MemberImportState> {
  return previewMemberImportAction({ status: 'idle' }, form({ file }));
}

function previewOf(state: MemberImportState): MemberImportPreview {
  if (!('preview' in state)) throw new Error(`no preview: ${JSON.stringify(state)}`);
  return state.preview;
}

const confirm = (payload: string): Promise<ActionState> => confirmMemberImportAction({ status: 'idle' }, form({ payload }));
const counts = async () => ({ members: await database.member.count(), audit: await database.auditLog.count({ where: { outcome: 'SUCCESS' } }) });

describe('importing members: preview, then confirm', () => {
  it('previews 200 rows with exactly the 3 bad ones and their problems, writing nothing', async () => {
    const before = await counts();
    const state = await preview(await fileWithThreeBadRows());
    expect(state.status).toBe('preview');
    const result = previewOf(state);
    expect(result).toMatchObject({ validCount: 197, invalidCount: 3, fileName: 'dang-vien.xlsx' });
    expect(result.rows).toHaveLength(200);
    expect(result.rows[0]!.line).toBe(2);
    const bad = result.rows.filter((row) => row.problems.length > 0).map((row) => ({ line: row.line, problems: row.problems }));
    expect(bad).toEqual([
      { line: 51, problems: ['Không có đơn vị “Chi bộ Không Có Thật”.'] },
      { line: 101, problems: [text.problems.nameMissing] },
      { line: 151, problems: [text.problems.emailInvalid] },
    ]);
    expect(state.status === 'preview' ? state.message : '').toBe('Tệp “dang-vien.xlsx” có 200 dòng: 197 dòng hợp lệ, 3 dòng có lỗi. Chưa có gì được ghi.');
    expect(await counts()).toEqual(before);
  });

  it('confirms the 197 valid rows in one transaction, one audit row per member, and never the invalid ones', async () => {
    const result = previewOf(await preview(await fileWithThreeBadRows()));
    const before = await counts();
    const state = await confirm(result.payload!);
    expect(state).toEqual({ status: 'success', message: 'Đã ghi 197 đảng viên, cán bộ.' });
    const after = await counts();
    expect(after.members - before.members).toBe(197);
    expect(after.audit - before.audit).toBe(197);

    const audit = await database.auditLog.findMany({ where: { action: 'member.import' }, select: { entity: true, entityId: true, actorUserId: true, after: true } });
    expect(audit).toHaveLength(197);
    expect(audit.every((row) => row.entity === 'Member' && row.actorUserId === secretary.userId)).toBe(true);
    const created = await database.member.findMany({ where: { id: { in: audit.map((row) => row.entityId!) } }, select: { fullName: true, email: true, phone: true, isPartyMember: true, organization: { select: { shortName: true } } } });
    expect(created).toHaveLength(197);
    expect(created.some((member) => member.email === 'khong-phai-email')).toBe(false);
    expect(await database.member.count({ where: { organization: { name: 'Chi bộ Không Có Thật' } } })).toBe(0);
    const first = created.find((member) => member.fullName === 'Nguyễn Văn Bình');
    expect(first).toEqual({ fullName: 'Nguyễn Văn Bình', email: 'nguoi0@sldtbxh.angiang.gov.vn', phone: '0912 000 000', isPartyMember: false, organization: { shortName: 'Chi bộ Văn phòng' } });
    expect((audit[0]!.after as { importedFrom: { fileName: string; line: number } }).importedFrom).toMatchObject({ fileName: 'dang-vien.xlsx' });

    // The same preview again (a second click, another tab): every row is now a duplicate, nothing written.
    const again = await confirm(result.payload!);
    expect(again).toMatchObject({ status: 'error' });
    expect(again.status === 'error' ? again.message : '').toContain('197 dòng không còn hợp lệ');
    expect(await counts()).toEqual(after);
  });

  it('refuses everything when a row valid in the preview has become invalid since, naming the row', async () => {
    const file = await xlsx([['Vũ Thanh Tâm', 'Chi bộ Văn phòng'], ['Vũ Thị Hoa', 'Chi bộ Văn phòng'], ['Vũ Minh Khang', 'Chi bộ TT DVVL']]);
    const result = previewOf(await preview(file));
    expect(result.validCount).toBe(3);
    // Meanwhile someone adds the same person to the same unit.
    const office = await database.organization.findFirstOrThrow({ where: { shortName: 'Chi bộ Văn phòng' }, select: { id: true } });
    await database.member.create({ data: { fullName: 'Vũ Thị Hoa', organizationId: office.id } });
    const before = await counts();
    const state = await confirm(result.payload!);
    expect(state).toMatchObject({ status: 'error', message: 'Dữ liệu đã thay đổi từ lúc xem trước: 1 dòng không còn hợp lệ (dòng 3). Chưa có gì được ghi; hãy tải tệp lên lại để xem trước.' });
    expect(await counts()).toEqual(before);
    expect(await database.member.count({ where: { fullName: { in: ['Vũ Thanh Tâm', 'Vũ Minh Khang'] } } })).toBe(0);
  });

  it('refuses a signed payload that was altered, or that was made for someone else', async () => {
    const result = previewOf(await preview(await xlsx([['Đoàn Văn Sáng', 'Chi bộ Văn phòng']])));
    const [body, signature] = result.payload!.split('.') as [string, string];
    const data = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { rows: { cells: { unit: string } }[] };
    data.rows[0]!.cells.unit = BLOCK;
    const tampered = `${Buffer.from(JSON.stringify(data)).toString('base64url')}.${signature}`;
    const before = await counts();
    expect(await confirm(tampered)).toMatchObject({ status: 'error', message: messages.errors['memberImport.previewInvalid'] });
    expect(await confirm(`${body}.${signature.slice(0, -2)}AA`)).toMatchObject({ status: 'error', message: messages.errors['memberImport.previewInvalid'] });
    expect(await confirm('not-a-payload')).toMatchObject({ status: 'error', message: messages.errors['memberImport.previewInvalid'] });
    // The admin may import, but not the secretary's preview.
    request.actor = admin;
    expect(await confirm(result.payload!)).toMatchObject({ status: 'error', message: messages.errors['memberImport.previewInvalid'] });
    expect(await counts()).toEqual(before);
  });

  it('refuses an attendee, on both steps and both downloads', async () => {
    const result = previewOf(await preview(await xlsx([['Đoàn Thị Mơ', 'Chi bộ Văn phòng']])));
    request.actor = attendee;
    const before = await counts();
    expect(await preview(await xlsx([['Đoàn Thị Mơ', 'Chi bộ Phòng LĐ-VL']]))).toMatchObject({ status: 'error', message: messages.errors.forbidden });
    expect(await confirm(result.payload!)).toMatchObject({ status: 'error', message: messages.errors.forbidden });
    expect((await exportRoute.GET()).status).toBe(403);
    expect((await templateRoute.GET()).status).toBe(403);
    expect(await counts()).toEqual(before);
    request.actor = null;
    expect((await exportRoute.GET()).status).toBe(401);
  });

  it('names a unit outside the secretary’s scope as a row problem, and a file with no valid row is refused', async () => {
    const state = await preview(await xlsx([['Đinh Văn Ngoài', BLOCK], ['Đinh Văn Trong', 'Đảng ủy Sở LĐ-TBXH']]));
    const result = previewOf(state);
    expect(result.rows.map((row) => row.problems)).toEqual([[`Đơn vị “${BLOCK}” không thuộc phạm vi bạn quản lý.`], []]);

    const none = await preview(await xlsx([['Đinh Văn Ngoài', BLOCK]]));
    expect(none.status).toBe('error');
    expect(previewOf(none)).toMatchObject({ validCount: 0, invalidCount: 1, payload: null });
  });

  it('flags duplicates of existing members (by folded name) and within the file, and values too long', async () => {
    const result = previewOf(await preview(await xlsx([
      ['phan van an', 'Chi bộ Phòng Lao động - Việc làm'],
      ['Cao Văn Lâm', 'chi bo van phong'],
      ['Cao  Văn  LÂM', 'Chi bộ Văn phòng Sở'],
      ['Cao Văn Lâm', 'Chi bộ TT DVVL', 'x'.repeat(201), '', '12', 'có lẽ'],
    ])));
    expect(result.rows.map((row) => row.problems)).toEqual([
      [text.problems.duplicateExisting],
      [],
      ['Trùng với dòng 3.'],
      ['Chức vụ dài quá 200 ký tự.', text.problems.phoneInvalid, text.problems.partyMemberInvalid],
    ]);
  });

  it('reads a CSV with semicolons and a byte-order mark, headers without diacritics, quoted fields', async () => {
    const csv = '\uFEFFho va ten;DON VI;chuc vu;e-mail;so dien thoai;dang vien\r\n'
      + 'Tạ Văn Khải;Chi bộ Văn phòng;"Chuyên viên; kiêm nhiệm";khai@example.vn;0912 345 678;không\r\n'
      + ';;;;;\r\n'
      + 'Tạ Thị Nga;"Chi bộ Phòng NCC";;;;\r\n';
    const result = previewOf(await preview(new File([csv], 'danh-sach.csv', { type: 'text/csv' })));
    expect(result).toMatchObject({ validCount: 2, invalidCount: 0 });
    expect(result.rows.map((row) => [row.line, row.cells.fullName, row.cells.title, row.cells.partyMember])).toEqual([
      [2, 'Tạ Văn Khải', 'Chuyên viên; kiêm nhiệm', 'không'],
      [4, 'Tạ Thị Nga', '', ''],
    ]);

    const commas = 'Họ và tên,Đơn vị\nTạ Văn Út,Chi bộ Văn phòng\n';
    expect(previewOf(await preview(new File([commas], 'a.csv')))).toMatchObject({ validCount: 1 });
  });

  it('matches XLSX headers in any case and without diacritics, and refuses a file without the required columns', async () => {
    const result = previewOf(await preview(await xlsx([['Lương Văn Tú', 'Chi bộ Văn phòng', 'Chuyên viên', '', '', true]], ['HO VA TEN', 'don vi', 'Chuc Vu', 'EMAIL', 'Dien thoai', 'Dang vien'])));
    expect(result).toMatchObject({ validCount: 1 });

    const missing = await preview(await xlsx([['Lương Văn Tú']], ['Họ và tên', 'Phòng ban']));
    expect(missing).toMatchObject({ status: 'error', fieldErrors: { file: 'Không tìm thấy cột bắt buộc (Đơn vị) ở dòng tiêu đề. Hãy dùng tệp mẫu: Họ và tên, Đơn vị, Chức vụ, Email, Điện thoại, Đảng viên.' } });
    const pdf = await preview(new File(['%PDF-1.7\n%%EOF\n'], 'a.xlsx'));
    expect(pdf).toMatchObject({ status: 'error', fieldErrors: { file: messages.errors['memberImport.unsupportedType'] } });
    const latin1 = await preview(new File([new Uint8Array([0x48, 0xe9, 0x3b, 0x44, 0x0a])], 'a.csv'));
    expect(latin1).toMatchObject({ status: 'error', fieldErrors: { file: messages.errors['memberImport.unsupportedType'] } });
  });

  it('gives a template with the columns and an example row that imports as it is', async () => {
    const response = await templateRoute.GET();
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.getRow(2).getCell(1).value).toBe('Nguyễn Văn An');
    expect(workbook.worksheets[1]!.rowCount).toBeGreaterThan(5);
    const result = previewOf(await preview(new File([bytes], 'Mẫu nhập đảng viên.xlsx')));
    expect(result).toMatchObject({ validCount: 1, invalidCount: 0 });
  });
});

describe('exporting members', () => {
  async function exported(actor: Actor) {
    request.actor = actor;
    const response = await exportRoute.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const dataRows = Array.from({ length: sheet.rowCount - MEMBER_HEADER_ROW }, (_, index) => sheet.getRow(MEMBER_HEADER_ROW + 1 + index));
    return { sheet, dataRows, response };
  }

  it('writes the members in scope with Vietnamese headers, in Vietnamese name order, real booleans, a frozen bold header and an autofilter', async () => {
    const { sheet, dataRows, response } = await exported(secretary);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.xlsx"/);
    expect((sheet.getRow(MEMBER_HEADER_ROW).values as unknown[]).slice(1)).toEqual(['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Email', 'Điện thoại', 'Đảng viên', 'Tài khoản']);
    expect(sheet.getRow(MEMBER_HEADER_ROW).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: MEMBER_HEADER_ROW });
    expect(sheet.autoFilter).toBeDefined();

    const inScope = await database.member.count({ where: { organizationId: { in: secretary.managedOrganizationIds }, deactivatedAt: null } });
    expect(dataRows).toHaveLength(inScope);
    expect(sheet.getRow(2).getCell(1).value).toBe(`${inScope} người`);
    const names = dataRows.map((row) => row.getCell(2).value as string);
    expect(names).toEqual([...names].sort(compareVietnameseNames));
    expect(names).toEqual((await findMembers({ actor: secretary })).map((member) => member.fullName));
    // Given name first: "Phan Văn An" (An) before "Đặng Quốc Bảo" (Bảo), though Đ comes after P.
    expect(names.indexOf('Phan Văn An')).toBeLessThan(names.indexOf('Đặng Quốc Bảo'));
    expect(names).not.toContain('Đinh Văn Ngoài');
    expect(dataRows.map((row) => row.getCell(1).value)).toEqual(dataRows.map((_, index) => index + 1));
    expect(dataRows.every((row) => typeof row.getCell(7).value === 'boolean')).toBe(true);
    const trang = dataRows.find((row) => row.getCell(2).value === 'Phạm Thị Thu Trang')!;
    expect(trang.getCell(3).value).toBe('Chi bộ Văn phòng Sở');
    expect(trang.getCell(8).value).toBe('vanphong');
  });

  it('can be imported again: every row is then a member already there', async () => {
    request.actor = secretary;
    const response = await exportRoute.GET();
    const result = previewOf(await preview(new File([new Uint8Array(await response.arrayBuffer())], 'xuat.xlsx')));
    expect(result.validCount).toBe(0);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((row) => row.problems.includes(text.problems.duplicateExisting))).toBe(true);
  });
});
