import { readFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { expect, signIn, test } from './fixtures.ts';

// Issue 6's walk on a 360 × 740 phone: the attendee daibieu signs in with the form, finds the
// reference conference of 31/07/2023 on his home page, reads its agenda, opens the report the office
// put there, and takes the conference into his calendar (.ics). That conference is concluded, so its
// invitation can no longer be answered; the office has started next year's from it (duplicate,
// invite him, schedule), and he answers that one. Screenshots of the agenda at phone and desktop
// widths are attached to the test's output.

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const DEMO_TITLE = /Hội nghị sơ kết, đánh giá giữa nhiệm kỳ/;
const DOCUMENT_TITLE = 'Báo cáo tóm tắt kết quả thực hiện Nghị quyết';

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function expectNoHorizontalScroll(page: Page, what: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} scrolls sideways at ${PHONE.width} px`).toBeLessThanOrEqual(PHONE.width);
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.locator('#agenda').screenshot(), contentType: 'image/png' });
}

test('an attendee on a phone finds the 31/07/2023 conference, opens its document, takes the .ics and answers the next one', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);

  // The office (on a desk): a report for the 31/07/2023 conference, and next year's conference started from it.
  const officeContext = await browser.newContext({ viewport: DESKTOP });
  await signIn(officeContext, 'vanphong');
  const office = await officeContext.newPage();
  await office.goto('/conferences');
  await office.getByRole('listitem').filter({ hasText: '31/07/2023' }).getByRole('link', { name: DEMO_TITLE }).click();
  await expect(office.getByRole('heading', { level: 1 })).toContainText('Hội nghị sơ kết, đánh giá giữa nhiệm kỳ');
  const demoUrl = office.url();
  await office.goto(`${demoUrl}/documents`);
  await office.getByLabel('Tệp', { exact: true }).setInputFiles({ name: 'bao-cao-tom-tat.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n') });
  await office.getByLabel('Tên tài liệu').fill(DOCUMENT_TITLE);
  await office.getByRole('button', { name: 'Tải lên' }).click();
  await expect(office.getByTestId('form-status').filter({ hasText: `Đã tải lên “${DOCUMENT_TITLE}”.` })).toBeVisible();

  await office.goto(`${demoUrl}/edit`);
  await office.getByLabel('Ngày họp mới').fill(daysFromToday(14));
  await office.getByRole('button', { name: 'Nhân bản' }).click();
  await expect(office).not.toHaveURL(`${demoUrl}/edit`);
  await expect(office.getByRole('button', { name: 'Lên lịch' })).toBeVisible();
  const nextUrl = office.url().replace(/\/edit$/, '');
  await office.goto(`${nextUrl}/invitations`);
  const invite = office.getByTestId('invite-members');
  await invite.getByLabel('Tìm đảng viên, cán bộ').fill('vo minh khoa');
  await invite.getByRole('checkbox', { name: /Võ Minh Khoa/ }).check();
  await invite.getByRole('button', { name: /Mời những người đã chọn/ }).click();
  await expect(office.getByTestId('form-status').filter({ hasText: /1 người mới/ })).toBeVisible();
  await office.goto(`${nextUrl}/edit`);
  await office.getByRole('button', { name: 'Lên lịch' }).click();
  await expect(office.getByText('Đã chuyển hội nghị sang “Đã lên lịch”.')).toBeVisible();
  await officeContext.close();

  // The attendee, on his phone, signs in with the form.
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Tên đăng nhập').fill('daibieu');
  await page.getByLabel('Mật khẩu').fill('DaiBieu@2023');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('Võ Minh Khoa');
  await expectNoHorizontalScroll(page, 'the home page');

  // The 31/07/2023 conference is among the recent ones, with its agenda.
  const recent = page.locator('#recent').getByRole('listitem').filter({ hasText: '31/07/2023' });
  await expect(recent).toContainText('07:30–11:30');
  await recent.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(page.locator('#details')).toContainText('31/07/2023, 07:30–11:30');
  await expect(page.locator('#agenda tbody tr')).toHaveCount(6);
  await expectNoHorizontalScroll(page, 'the conference page');
  // Concluded: the invitation is no longer open to an answer.
  await expect(page.getByTestId('rsvp-form')).toHaveCount(0);
  await expect(page.getByTestId('rsvp-current')).toContainText('Tham dự');
  await expect(page.getByTestId('rsvp-closed')).toBeVisible();

  // The report the office put up: a PDF he may download.
  const documentLink = page.locator('#documents').getByRole('link', { name: new RegExp(DOCUMENT_TITLE) });
  const [document] = await Promise.all([page.waitForEvent('download'), documentLink.click()]);
  expect(document.suggestedFilename()).toBe('bao-cao-tom-tat.pdf');
  const documentResponse = await page.request.get((await documentLink.getAttribute('href'))!);
  expect(documentResponse.status()).toBe(200);
  expect(documentResponse.headers()['content-type']).toBe('application/pdf');
  expect((await documentResponse.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Into his calendar: 07:30 in Vietnam is 00:30 UTC.
  const icsLink = page.getByRole('link', { name: 'Tải về lịch (.ics)' });
  const [calendar] = await Promise.all([page.waitForEvent('download'), icsLink.click()]);
  expect(calendar.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await readFile(await calendar.path(), 'utf8');
  expect(ics).toContain('DTSTART:20230731T003000Z');
  expect(ics).toContain('DTEND:20230731T043000Z');
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Hội nghị sơ kết\\, đánh giá giữa nhiệm kỳ');
  const icsResponse = await page.request.get((await icsLink.getAttribute('href'))!);
  expect(icsResponse.status()).toBe(200);
  expect(icsResponse.headers()['content-type']).toMatch(/^text\/calendar/);

  // The agenda at phone and desktop widths, for the record.
  await attachScreenshot(page, testInfo, 'agenda-360x740.png');
  await page.setViewportSize(DESKTOP);
  await attachScreenshot(page, testInfo, 'agenda-1280x800.png');
  await page.setViewportSize(PHONE);

  // Next year's conference is among his upcoming ones; he answers that he attends.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trang chủ' }).click();
  const upcoming = page.locator('#upcoming').getByRole('listitem').filter({ has: page.getByRole('link', { name: DEMO_TITLE }) });
  await expect(upcoming).toContainText('Chưa trả lời');
  await upcoming.getByRole('link', { name: DEMO_TITLE }).click();
  await expect(page).toHaveURL(nextUrl);
  const rsvp = page.getByTestId('rsvp-form');
  await rsvp.getByLabel('Tham dự').check();
  await rsvp.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(page.getByText('Đã ghi nhận trả lời của bạn.')).toBeVisible();
  await expect(page.getByTestId('rsvp-current')).toContainText('Tham dự');
  await expectNoHorizontalScroll(page, 'the answered conference page');
  await page.goto('/');
  await expect(page.locator('#upcoming').getByRole('listitem').filter({ hasText: 'Trả lời của tôi: Tham dự' })).toHaveCount(1);

  await page.goto('/tasks');
  await expect(page.getByTestId('task-row')).toHaveCount(1);
  await expectNoHorizontalScroll(page, 'the task list');
});
