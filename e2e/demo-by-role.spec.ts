import { expect, test } from './fixtures.ts';

test.describe('the demo secretary (Party office)', () => {
  test.beforeEach(async ({ loginAs }) => {
    await loginAs('vanphong');
  });

  test('gets pages that no cache may store', async ({ page }) => {
    const response = await page.goto('/plans');
    expect(response?.headers()['cache-control']).toContain('no-store');
  });

  test('sees Plan 274-KH/ĐUSLĐTBXH of 13/03/2023 and its conference of 31/07/2023', async ({ page }) => {
    await page.goto('/plans');
    const row = page.getByRole('row', { name: /274-KH\/ĐUSLĐTBXH/ });
    await expect(row).toContainText('13/03/2023');
    await row.getByRole('link', { name: '274-KH/ĐUSLĐTBXH' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kế hoạch sơ kết, đánh giá giữa nhiệm kỳ');
    await expect(page.locator('#plan-conferences')).toContainText('31/07/2023');
    await page.locator('#plan-conferences').getByRole('link', { name: /Hội nghị sơ kết/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Hội nghị sơ kết, đánh giá giữa nhiệm kỳ');
  });

  test('sees the conference with its agenda, attendees, attendance, quorum and conclusions', async ({ page }) => {
    await page.goto('/conferences');
    // The one of 31/07/2023: other specs start conferences of the same title (attendee-phone duplicates it).
    await page.getByRole('listitem').filter({ hasText: '31/07/2023' }).getByRole('link', { name: /Hội nghị sơ kết, đánh giá giữa nhiệm kỳ/ }).click();
    await expect(page.locator('#details')).toContainText('31/07/2023, 07:30–11:30');
    const agenda = page.locator('#agenda tbody tr');
    await expect(agenda).toHaveCount(6);
    await expect(agenda.first()).toContainText('07:30');
    await expect(agenda.nth(2)).toContainText('Báo cáo sơ kết');
    await expect(page.getByTestId('invitee-row')).toHaveCount(25);
    await expect(page.locator('#invitees')).toContainText('Trần Minh Tâm');
    await expect(page.getByTestId('quorum')).toContainText('8/9');
    await expect(page.getByTestId('attendance-counts')).toContainText('Có mặt 23 (đi muộn 1)');
    await expect(page.getByTestId('conclusion')).toHaveCount(4);
    await expect(page.getByTestId('conclusion-task')).toHaveCount(4);
    await expect(page.locator('#minutes')).toContainText('Hội nghị khai mạc lúc 7 giờ 30 phút');
  });

  test('sees the resolution: 357 workers abroad at 176 % with the country breakdown flagged', async ({ page }) => {
    await page.goto('/resolutions');
    await page.getByRole('link', { name: /Nghị quyết Đại hội Đảng bộ Sở/ }).click();
    const workers = page.getByTestId('target-row').filter({ hasText: 'lao động đi làm việc ở nước ngoài' });
    await expect(workers).toContainText('357 người');
    await expect(workers).toContainText('176 %');
    await expect(workers).toContainText('Vượt chỉ tiêu');
    await expect(workers.getByTestId('breakdown-check')).toHaveText('Các thành phần cộng lại 343, khác tổng 357 (chênh -14).');
    const training = page.getByTestId('target-row').filter({ hasText: 'Tuyển sinh, đào tạo nghề' });
    await expect(training).toContainText('74.909 người');
    await expect(training.getByTestId('breakdown-check')).toHaveText('Các thành phần cộng lại đúng bằng tổng.');
    const trained = page.getByTestId('target-row').filter({ hasText: 'Tỷ lệ lao động qua đào tạo' }).first();
    await expect(trained).toContainText('ước 69,5 %');
    const poverty = page.getByTestId('target-row').filter({ hasText: 'Giảm tỷ lệ hộ nghèo' });
    await expect(poverty).toContainText('Đạt');
  });
});

test.describe('the task list', () => {
  test('the secretary filters overdue tasks, and the filter is in the URL to share', async ({ loginAs, page }) => {
    await loginAs('vanphong');
    await page.goto('/tasks');
    await expect(page.getByTestId('task-row')).toHaveCount(4);
    await page.getByLabel('Chỉ nhiệm vụ quá hạn').check();
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(/overdue=1/);
    // Three of the four directions are still open after their due date of 31/12/2025; one is done.
    await expect(page.getByTestId('task-row')).toHaveCount(3);
    await expect(page.getByTestId('task-row').first()).toContainText('Quá hạn');
    const shared = page.url();
    await page.goto('/tasks');
    await page.goto(shared);
    await expect(page.getByTestId('task-row')).toHaveCount(3);
  });

  test('the attendee sees only his unit’s task', async ({ loginAs, page }) => {
    await loginAs('daibieu');
    await page.goto('/tasks');
    await expect(page.getByTestId('task-row')).toHaveCount(1);
    await expect(page.getByTestId('task-row')).toContainText('giáo dục nghề nghiệp');
  });
});

test.describe('the demo attendee (a cell secretary)', () => {
  test.beforeEach(async ({ loginAs }) => {
    await loginAs('daibieu');
  });

  test('sees the conference agenda and published conclusions, but not the attendance register', async ({ page }) => {
    await page.goto('/');
    await page.locator('#recent').getByRole('link', { name: /Hội nghị sơ kết/ }).click();
    await expect(page.locator('#agenda tbody tr')).toHaveCount(6);
    await expect(page.getByTestId('conclusion')).toHaveCount(4);
    await expect(page.getByTestId('quorum')).toHaveCount(0);
    await expect(page.locator('#invitees th', { hasText: 'Điểm danh' })).toHaveCount(0);
    await expect(page.locator('#minutes')).toHaveCount(0);
    // Only the task of the attendee's own unit is listed under the conclusions.
    await expect(page.getByTestId('conclusion-task')).toHaveCount(1);
    await expect(page.getByTestId('conclusion-task')).toContainText('giáo dục nghề nghiệp');
  });

  test('prints the agenda without the navigation, the tools or the download links', async ({ page }) => {
    await page.goto('/');
    await page.locator('#recent').getByRole('link', { name: /Hội nghị sơ kết/ }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByTestId('conference-ics')).toBeHidden();
    await expect(page.locator('#agenda tbody tr').nth(2)).toBeVisible();
    // Chromium prints it (A4 by the stylesheet's @page rule).
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('has no plans, resolutions or members in the navigation, and gets 404 by URL', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await expect(nav.getByRole('link')).toHaveText(['Trang chủ', 'Hội nghị', 'Nhiệm vụ', 'Lịch']);
    for (const path of ['/plans', '/resolutions', '/members']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
  });
});

test.describe('the demo admin', () => {
  test('sees the members of the department sorted by given name', async ({ loginAs, page }) => {
    await loginAs('quantri');
    await page.goto('/members');
    const names = await page.getByTestId('member-row').locator('td:nth-child(2)').allTextContents();
    expect(names.length).toBe(25);
    expect(names[0]).toBe('Phan Văn An');
    expect(names.at(-1)).toBe('Tô Thị Yến');
  });
});
