import type { Page } from '@playwright/test';
import { chooseOption as choose } from './choose-option.ts';
import { expect, signIn, test } from './fixtures.ts';

// Issue 3's walk: the party office recreates the reference conference (Plan 274-KH → the mid-term
// review of 31/7/2023 → its conclusions) from an empty plan, then an attendee reads the result. The
// new conference is set a few weeks ahead so that invitations can still be answered.

const PLAN_NUMBER = '350-KH/ĐUSLĐTBXH';
const CONFERENCE_TITLE = 'Hội nghị sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở (diễn tập)';
const AGENDA = [
  ['07:30', '15', 'Tuyên bố lý do, giới thiệu đại biểu'],
  ['07:45', '10', 'Phát biểu khai mạc Hội nghị'],
  ['07:55', '45', 'Báo cáo sơ kết, đánh giá giữa nhiệm kỳ'],
  ['08:40', '90', 'Thảo luận, đóng góp ý kiến vào Báo cáo'],
  ['10:10', '20', 'Phát biểu chỉ đạo của đại diện Đảng ủy Khối'],
  ['10:30', '30', 'Kết luận Hội nghị và bế mạc'],
] as const;
const CONCLUSIONS = [
  'Tập trung bám sát mục tiêu, chỉ tiêu Nghị quyết Đại hội các cấp.',
  'Nâng cao chất lượng, hiệu quả giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động.',
  'Chăm lo người có công, giảm nghèo bền vững, bảo đảm an sinh xã hội.',
];

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function expectSaved(page: Page, text: string | RegExp) {
  await expect(page.getByTestId('form-status').filter({ hasText: text }).first()).toBeVisible();
}

test('a secretary runs a conference from plan to published conclusions, and an attendee reads them', async ({ loginAs, page, browser }) => {
  test.setTimeout(240_000);
  await loginAs('vanphong');

  // 1. The plan, with its official number.
  await page.goto('/plans/new');
  await page.getByLabel('Số, ký hiệu').fill(PLAN_NUMBER.toLowerCase());
  await page.getByLabel('Ngày ban hành').fill(daysFromToday(-5));
  await page.getByLabel('Trích yếu').fill('Kế hoạch tổ chức Hội nghị sơ kết giữa nhiệm kỳ (diễn tập)');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch tổ chức Hội nghị sơ kết giữa nhiệm kỳ (diễn tập)');
  await expect(page.locator('#plan-details')).toContainText(PLAN_NUMBER);

  // A second plan with the same number is refused, naming the first.
  await page.goto('/plans/new');
  await page.getByLabel('Số, ký hiệu').fill(PLAN_NUMBER);
  await page.getByLabel('Ngày ban hành').fill(daysFromToday(-1));
  await page.getByLabel('Trích yếu').fill('Trùng số');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('#field-officialNumber-error')).toContainText('Kế hoạch tổ chức Hội nghị sơ kết giữa nhiệm kỳ (diễn tập)');

  // 2. The conference, created from the plan.
  await page.goto('/plans');
  await page.getByRole('link', { name: PLAN_NUMBER }).click();
  await page.getByRole('link', { name: 'Tạo hội nghị' }).click();
  await choose(page.getByLabel('Loại hội nghị'), 'Sơ kết');
  await page.getByLabel('Tên hội nghị').fill(CONFERENCE_TITLE);
  await page.getByLabel('Ngày họp').fill(daysFromToday(20));
  await page.getByLabel('Giờ bắt đầu').fill('07:30');
  await page.getByLabel('Giờ kết thúc').fill('11:30');
  await page.getByLabel('Địa điểm').fill('Hội trường Sở Lao động – Thương binh và Xã hội tỉnh An Giang');
  await choose(page.getByLabel('Người chủ trì 1'), 'Nguyễn Văn Hùng');
  await choose(page.getByLabel('Thư ký hội nghị'), 'Phạm Thị Thu Trang');
  await choose(page.getByLabel('Tính điều kiện hợp lệ theo cấp ủy'), 'Ban Chấp hành Đảng bộ Sở');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CONFERENCE_TITLE);
  const conferenceUrl = page.url();

  // 3. A six-item agenda.
  await page.getByRole('link', { name: 'Chương trình' }).click();
  for (const [time, minutes, title] of AGENDA) {
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Thêm mục' }) });
    await form.getByLabel('Giờ bắt đầu').fill(time);
    await form.getByLabel('Thời lượng (phút)').fill(minutes);
    await form.getByLabel('Nội dung').fill(title);
    await form.getByRole('button', { name: 'Thêm mục' }).click();
    await expect(page.getByText(`Đã thêm mục “${title}”.`)).toBeVisible();
  }
  await page.goto(conferenceUrl);
  await expect(page.locator('#agenda tbody tr')).toHaveCount(6);

  // The report to be read before the conference, attached to its agenda item.
  await page.goto(`${conferenceUrl}/documents`);
  await choose(page.getByLabel('Đính kèm vào'), 'Báo cáo sơ kết');
  await page.getByLabel('Tệp', { exact: true }).setInputFiles({ name: 'bao-cao-so-ket.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n') });
  await page.getByLabel('Tên tài liệu').fill('Dự thảo Báo cáo sơ kết giữa nhiệm kỳ');
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await expectSaved(page, 'Đã tải lên “Dự thảo Báo cáo sơ kết giữa nhiệm kỳ”.');
  await page.goto(conferenceUrl);

  // 4. Invitations: the executive committee, the cell committees, and the superior committee's delegate.
  await page.getByRole('link', { name: 'Mời dự' }).click();
  const committeeForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Mời cả ban' }) });
  await choose(committeeForm.getByRole('combobox'), 'Ban Chấp hành Đảng bộ Sở');
  await committeeForm.getByRole('button', { name: 'Mời cả ban' }).click();
  await expectSaved(page, /9 người mới/);
  const cellsForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Mời chi ủy các chi bộ' }) });
  await choose(cellsForm.getByRole('combobox'), 'Đảng bộ Sở Lao động');
  await cellsForm.getByRole('button', { name: 'Mời chi ủy các chi bộ' }).click();
  // 15 cell committee members, of whom 4 already sit on the executive committee.
  await expectSaved(page, /11 người mới/);
  const delegationForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Mời đại biểu' }) });
  await choose(delegationForm.getByLabel('Cơ quan, tổ chức cử đại biểu'), 'Khối Cơ quan và Doanh nghiệp');
  await delegationForm.getByLabel(/Họ và tên/).first().fill('Trần Minh Tâm');
  await delegationForm.getByLabel(/Chức vụ/).first().fill('Phó Bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh');
  await delegationForm.getByRole('button', { name: 'Mời đại biểu' }).click();
  await expectSaved(page, /1 người mới/);
  await expect(page.getByText('Danh sách người được mời (21)')).toBeVisible();

  // 5. Scheduled: the invitations can be answered.
  await page.goto(`${conferenceUrl}/edit`);
  await page.getByRole('button', { name: 'Lên lịch' }).click();
  await expect(page.getByText('Đã chuyển hội nghị sang “Đã lên lịch”.')).toBeVisible();

  // 6. Two attendees answer: the secretary herself attends, the cell secretary cannot come.
  await page.goto(conferenceUrl);
  await page.getByTestId('rsvp-form').getByLabel('Tham dự').check();
  await page.getByTestId('rsvp-form').getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(page.getByText('Đã ghi nhận trả lời của bạn.')).toBeVisible();

  const attendeeContext = await browser.newContext();
  const attendeePage = await attendeeContext.newPage();
  await signIn(attendeeContext, 'daibieu');
  await attendeePage.goto(conferenceUrl);
  await attendeePage.getByTestId('rsvp-form').getByLabel('Vắng mặt').check();
  await attendeePage.getByLabel('Lý do vắng mặt').fill('Đi công tác tại Cần Thơ');
  await attendeePage.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(attendeePage.getByText('Đã ghi nhận trả lời của bạn.')).toBeVisible();

  // The office sees both answers on the conference page.
  await page.reload();
  await expect(page.getByTestId('invitee-row').filter({ hasText: 'Võ Minh Khoa' })).toContainText('Đi công tác tại Cần Thơ');
  await expect(page.getByTestId('invitee-row').filter({ hasText: 'Phạm Thị Thu Trang' })).toContainText('Tham dự');

  // 7. Attendance on the day: everyone present at once, then the absent member excused.
  await page.getByRole('link', { name: 'Điểm danh' }).click();
  await page.getByLabel(/Chọn tất cả người đang hiện/).check();
  await page.getByTestId('attendance-bulk').getByRole('button', { name: 'Có mặt' }).click();
  // A person is found by typing, diacritics or not: the register renders only the rows near the window.
  await page.getByLabel('Lọc theo tên, chức vụ, đơn vị').fill('vo minh khoa');
  await expect(page.getByTestId('attendance-row')).toHaveCount(1);
  await page.getByRole('radiogroup', { name: 'Điểm danh Võ Minh Khoa' }).getByText('Vắng có lý do').click();
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(page.getByText('Đã lưu điểm danh của 21 người.')).toBeVisible();
  await page.goto(conferenceUrl);
  await expect(page.getByTestId('quorum')).toContainText('8/9');

  // 8. Held: minutes and three conclusions, published.
  await page.goto(`${conferenceUrl}/edit`);
  await page.getByRole('button', { name: 'Đã họp' }).click();
  await expect(page.getByText('Đã chuyển hội nghị sang “Đã họp”.')).toBeVisible();
  await page.goto(`${conferenceUrl}/minutes`);
  await page.getByLabel('Khai mạc').fill('Hội nghị khai mạc lúc 7 giờ 30 phút tại Hội trường Sở.');
  await page.getByLabel('Thảo luận').fill('Các đại biểu thảo luận về đào tạo nghề và giảm nghèo.');
  await page.getByRole('button', { name: 'Lưu biên bản' }).click();
  await expect(page.getByText('Đã lưu biên bản.')).toBeVisible();
  for (const content of CONCLUSIONS) {
    await page.getByLabel('Nội dung kết luận mới').fill(content);
    await page.getByRole('button', { name: 'Thêm kết luận' }).click();
    await expect(page.getByText(`Đã thêm kết luận số ${CONCLUSIONS.indexOf(content) + 1}.`)).toBeVisible();
  }
  await page.getByLabel('Tôi đã đọc lại các kết luận nháp và đồng ý ban hành.').check();
  await page.getByRole('button', { name: 'Ban hành kết luận' }).click();
  await expect(page.getByText('Đã ban hành 3 kết luận.')).toBeVisible();

  // 9. The attendee sees the agenda and the published conclusions.
  await attendeePage.goto(conferenceUrl);
  await expect(attendeePage.locator('#agenda tbody tr')).toHaveCount(6);
  // The report is under its agenda item, and the attendee may download it.
  const reportLink = attendeePage.locator('#agenda tbody tr').nth(2).getByRole('link', { name: 'Dự thảo Báo cáo sơ kết giữa nhiệm kỳ' });
  const download = await attendeePage.request.get((await reportLink.getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  await expect(attendeePage.getByTestId('conclusion')).toHaveCount(3);
  await expect(attendeePage.getByTestId('conclusion').first()).toContainText(CONCLUSIONS[0]!);
  await attendeeContext.close();
});
