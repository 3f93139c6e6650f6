// Issue 5, end to end: the admin imports 200 people from an Excel file with 3 bad rows. The preview
// shows every row with its problems and writes nothing; confirming writes the 197 valid ones at once.
import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withClient } from '../lib/db/with-client.ts';
import { e2eDatabaseUrl } from './env.ts';
import { expect, test } from './fixtures.ts';

const CELLS = ['Chi bộ Văn phòng', 'Chi bộ Phòng LĐ-VL', 'Chi bộ Phòng Người có công', 'Chi bộ TT DVVL'];
// A family name the demo does not use, so the imported people are easy to find and to retire afterwards.
const FAMILY = 'Khổng';

async function query<T extends object>(sql: string, values: unknown[] = []): Promise<T[]> {
  const { rows } = await withClient(e2eDatabaseUrl(), (client) => client.query<T>(sql, values));
  return rows;
}

const importedCount = async () => Number((await query<{ count: string }>(`SELECT count(*) FROM "Member" WHERE "fullName" LIKE $1`, [`${FAMILY} %`]))[0]!.count);

/** 200 people (4 middle × 50 given names); rows 51, 101 and 151 of the sheet are bad, one problem each. */
async function writeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đảng viên');
  sheet.addRow(['Họ và tên', 'Đơn vị', 'Chức vụ', 'Email', 'Điện thoại', 'Đảng viên (có/không)']);
  const given = ['An', 'Bình', 'Chi', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiền', 'Hiếu', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Khoa', 'Lan', 'Linh', 'Long', 'Mai',
    'Minh', 'My', 'Nam', 'Nga', 'Ngọc', 'Nhân', 'Nhung', 'Phong', 'Phúc', 'Phương', 'Quang', 'Quyên', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thành', 'Thu', 'Thủy', 'Tiến',
    'Trang', 'Trí', 'Trung', 'Tú', 'Tuấn', 'Uyên', 'Vân', 'Việt', 'Vinh', 'Yến'];
  let index = 0;
  for (const middle of ['Văn', 'Thị', 'Hữu', 'Minh']) {
    for (const name of given) {
      const row = [`${FAMILY} ${middle} ${name}`, CELLS[index % CELLS.length]!, 'Chuyên viên', `khong${index}@sldtbxh.angiang.gov.vn`, `0913 000 ${String(index).padStart(3, '0')}`, 'có'];
      if (index === 49) row[1] = 'Chi bộ Không Có Thật';
      if (index === 99) row[0] = '';
      if (index === 149) row[3] = 'khong-phai-email';
      sheet.addRow(row);
      index++;
    }
  }
  await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

let folder: string;

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'hoinghi-import-'));
});

// The people leave the lists as they came: other specs count the demo's members.
test.afterAll(async () => {
  await query(`UPDATE "Member" SET "deactivatedAt" = now() WHERE "fullName" LIKE $1`, [`${FAMILY} %`]);
  await rm(folder, { recursive: true, force: true });
});

test('an admin imports 200 members from an Excel file: 3 bad rows shown in the preview, nothing written until confirmed', async ({ loginAs }) => {
  const file = path.join(folder, 'dang-vien-khoi.xlsx');
  await writeWorkbook(file);

  const admin = await loginAs('quantri');
  await admin.goto('/members');
  await admin.getByRole('link', { name: 'Nhập từ Excel/CSV' }).click();
  await admin.getByLabel('Tệp Excel (.xlsx) hoặc CSV').setInputFiles(file);
  await admin.getByRole('button', { name: 'Xem trước' }).click();

  await expect(admin.getByRole('status')).toHaveText('Tệp “dang-vien-khoi.xlsx” có 200 dòng: 197 dòng hợp lệ, 3 dòng có lỗi. Chưa có gì được ghi.');
  await expect(admin.getByTestId('import-row')).toHaveCount(200);
  await expect(admin.getByTestId('import-invalid-count')).toHaveText('Có lỗi: 3');
  // The preview wrote nothing.
  expect(await importedCount()).toBe(0);

  await admin.getByLabel('Chỉ hiện dòng có lỗi').check();
  const bad = admin.getByTestId('import-row');
  await expect(bad).toHaveCount(3);
  await expect(bad.nth(0)).toContainText('Không có đơn vị “Chi bộ Không Có Thật”.');
  await expect(bad.nth(1)).toContainText('Thiếu họ và tên.');
  await expect(bad.nth(2)).toContainText('Email không đúng định dạng.');
  await expect(bad.nth(0).getByRole('cell').first()).toHaveText('51');

  await admin.getByRole('button', { name: 'Ghi 197 người hợp lệ' }).click();
  await expect(admin.getByText('Đã ghi 197 đảng viên, cán bộ.')).toBeVisible();
  expect(await importedCount()).toBe(197);
  const [audited] = await query<{ count: string }>(
    `SELECT count(*) FROM "AuditLog" a JOIN "User" u ON u.id = a."actorUserId" WHERE a.action = 'member.import' AND u.username = 'quantri'`,
  );
  expect(Number(audited!.count)).toBe(197);

  // The list shows them, in Vietnamese order (by given name): "An" before "Bình".
  await admin.getByRole('link', { name: 'Về danh sách đảng viên' }).click();
  await expect(admin.getByRole('cell', { name: `${FAMILY} Văn An`, exact: true })).toBeVisible();
});
