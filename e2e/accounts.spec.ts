// Issue 5's accounts, end to end: the admin creates a secretary scoped to one cell with a temporary
// password; the secretary signs in, must change it, and sees only their cell; then the admin
// deactivates the account and the secretary's open session is refused on the next request.
import { withClient } from '../lib/db/with-client.ts';
import { chooseOption } from './choose-option.ts';
import { E2E_BASE_URL, e2eDatabaseUrl } from './env.ts';
import { expect, test } from './fixtures.ts';

const CELL = 'Chi bộ Phòng Người có công';
const NAME = 'Ông Thị Tạm';
const USERNAME = 'ongthitam';
const TEMPORARY = 'sông Hậu mùa nước nổi';
const CHOSEN = 'đồng lúa chín vàng ươm';

async function query<T extends object>(sql: string, values: unknown[] = []): Promise<T[]> {
  const { rows } = await withClient(e2eDatabaseUrl(), (client) => client.query<T>(sql, values));
  return rows;
}

const OTHER_CELL = 'Chi bộ Văn phòng Sở';
const OTHER_CELL_CONFERENCE = 'Hội nghị Chi bộ Văn phòng tháng 12';

// The member and the conference made here leave the lists as they came: other specs count the demo's.
test.afterAll(async () => {
  await query(`UPDATE "Member" SET "deactivatedAt" = now() WHERE "fullName" = $1`, [NAME]);
  await query(`DELETE FROM "Conference" WHERE title = $1`, [OTHER_CELL_CONFERENCE]);
});

test('an admin creates a cell secretary who changes the temporary password, sees only the cell, and is shut out when deactivated', async ({ loginAs, browser }) => {
  // A new member of the cell: not invited to the department's conferences, so nothing but the cell is theirs.
  await query(`INSERT INTO "Member" (id, "fullName", "organizationId", "updatedAt") SELECT gen_random_uuid(), $1, id, now() FROM "Organization" WHERE name = $2`, [NAME, CELL]);
  const [departmentConference] = await query<{ id: string }>(
    `SELECT c.id::text AS id FROM "Conference" c JOIN "Organization" o ON o.id = c."hostOrganizationId" WHERE o.symbol = 'ĐUSLĐTBXH' ORDER BY c."startsAt" LIMIT 1`,
  );
  const [departmentDocument] = await query<{ id: string }>(`SELECT id::text AS id FROM "Document" WHERE "conferenceId" = $1 LIMIT 1`, [departmentConference!.id]);
  // Another cell's own meeting: a sibling of the secretary's cell, as much out of reach as the department.
  const [otherCellConference] = await query<{ id: string }>(
    `INSERT INTO "Conference" (id, kind, title, status, "startsAt", "endsAt", "hostOrganizationId", "updatedAt")
     SELECT gen_random_uuid(), 'REGULAR', $1, 'SCHEDULED', now() + interval '20 days', now() + interval '20 days 2 hours', id, now()
     FROM "Organization" WHERE name = $2 RETURNING id::text AS id`,
    [OTHER_CELL_CONFERENCE, OTHER_CELL],
  );

  // The admin creates the account.
  const admin = await loginAs('quantri');
  await admin.goto('/');
  await admin.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tài khoản' }).click();
  await admin.getByRole('link', { name: 'Tạo tài khoản' }).click();
  await chooseOption(admin.getByLabel('Người được cấp tài khoản'), NAME);
  await admin.getByLabel('Tên đăng nhập').fill(` ${USERNAME.toUpperCase()}`);
  await admin.getByRole('textbox', { name: 'Mật khẩu tạm' }).fill('matkhau123');
  await admin.getByLabel('Vai trò 1').selectOption('SECRETARY');
  await chooseOption(admin.getByLabel('Đơn vị 1'), CELL);
  await admin.getByRole('button', { name: 'Lưu' }).click();
  // A common password is refused next to its field, the rest of the form kept.
  await expect(admin.locator('#field-password-error')).toHaveText('Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.');
  await expect(admin.getByLabel('Vai trò 1')).toHaveValue('SECRETARY');
  await admin.getByRole('textbox', { name: 'Mật khẩu tạm' }).fill(TEMPORARY);
  await admin.getByRole('button', { name: 'Lưu' }).click();
  await expect(admin.getByTestId('account-username')).toHaveText(USERNAME);
  await expect(admin.getByTestId('account-status')).toContainText('Chờ đổi mật khẩu tạm');
  const accountUrl = admin.url();

  // The new secretary signs in with the form, in a browser of their own.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: 'vi-VN' });
  const user = await context.newPage();
  await user.goto('/login');
  await user.getByLabel('Tên đăng nhập').fill(USERNAME);
  await user.getByLabel('Mật khẩu').fill(TEMPORARY);
  await user.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(user).toHaveURL(/\/account\/password$/);
  await expect(user.getByRole('status')).toContainText('mật khẩu tạm');
  // Every page of the app sends them back here until the password is changed.
  await user.goto('/conferences');
  await expect(user).toHaveURL(/\/account\/password$/);

  await user.getByLabel('Mật khẩu hiện tại').fill(TEMPORARY);
  await user.getByLabel('Mật khẩu mới', { exact: true }).fill(CHOSEN);
  await user.getByLabel('Nhập lại mật khẩu mới').fill(CHOSEN);
  await user.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(user.getByTestId('current-user')).toHaveText(NAME);
  await expect(user).toHaveURL(/\/$/);

  // Another organisation's conference is out of reach: not by link, not by id in a request — neither the
  // department's nor another cell's.
  for (const conference of [departmentConference!, otherCellConference!]) {
    expect((await user.goto(`/conferences/${conference.id}`))?.status()).toBe(404);
    expect((await user.request.get(`/api/conferences/${conference.id}/calendar`)).status()).toBe(404);
    expect((await user.request.get(`/api/conferences/${conference.id}/documents/giay-moi`)).status()).toBe(404);
  }
  await user.goto('/conferences');
  await expect(user.getByText(OTHER_CELL_CONFERENCE)).toHaveCount(0);
  if (departmentDocument) expect((await user.request.get(`/api/documents/${departmentDocument.id}`)).status()).toBe(404);
  // Their own cell's pages are open.
  expect((await user.goto('/conferences'))?.status()).toBe(200);

  // The admin deactivates the account: the secretary's open session is refused on the next request.
  await admin.goto(accountUrl);
  await admin.getByRole('button', { name: 'Khóa tài khoản' }).click();
  await expect(admin.getByTestId('account-status')).toHaveText('Đã khóa');
  await user.goto('/');
  await expect(user).toHaveURL(/\/login/);
  expect((await user.request.get(`/api/conferences/${departmentConference!.id}/calendar`)).status()).toBe(401);
  await context.close();
});
