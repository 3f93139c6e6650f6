import { chooseOption } from './choose-option.ts';
import { expect, signIn, test } from './fixtures.ts';

// Issue 4's walk on the reference conference of 31/7/2023: its four directions for 2023–2025 become
// tasks of four units, the labour cell reports 40 %, and the office dashboard counts the first task
// overdue once the (injected) clock passes its due date. The demo's own tasks are due 31/12/2025, so
// between the two dates only the new task can be overdue.

const DIRECTIONS = [
  { title: 'Rà soát chỉ tiêu Nghị quyết quý III/2025', owner: 'Chi bộ Văn phòng Sở', due: '2025-09-30' },
  { title: 'Khảo sát nhu cầu đào tạo nghề của doanh nghiệp năm 2025', owner: 'Chi bộ Phòng Lao động – Việc làm', due: '2025-12-31', responsible: 'Võ Minh Khoa' },
  { title: 'Tổng kết công tác chăm lo người có công năm 2025', owner: 'Chi bộ Phòng Người có công', due: '2025-12-31' },
  { title: 'Cải cách hành chính tại Trung tâm Dịch vụ việc làm', owner: 'Chi bộ Trung tâm Dịch vụ việc làm', due: '2025-12-31' },
] as const;

test('the four directions become tasks of four units, an owner reports 40 %, and the first goes overdue with the clock', async ({ loginAs, page, browser, clock }) => {
  test.setTimeout(180_000);
  await clock.set('2025-09-15T09:00:00+07:00');
  await loginAs('vanphong');
  await page.goto('/conferences');
  // The one of 31/07/2023: other specs start conferences of the same title (attendee-phone duplicates it).
  await page.getByRole('listitem').filter({ hasText: '31/07/2023' }).getByRole('link', { name: /Hội nghị sơ kết, đánh giá giữa nhiệm kỳ/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hội nghị sơ kết, đánh giá giữa nhiệm kỳ');
  const conferenceUrl = page.url();

  for (const [index, direction] of DIRECTIONS.entries()) {
    await page.goto(conferenceUrl);
    await page.getByTestId('conclusion').nth(index).getByRole('link', { name: /Giao nhiệm vụ/ }).click();
    await expect(page.locator('#task-source')).toContainText(`Từ kết luận số ${index + 1}`);
    await page.getByLabel('Tên nhiệm vụ').fill(direction.title);
    await chooseOption(page.getByLabel('Đơn vị chủ trì'), direction.owner);
    if ('responsible' in direction) await chooseOption(page.getByLabel('Người phụ trách'), direction.responsible);
    await page.getByLabel('Ngày bắt đầu').fill('2025-08-01');
    await page.getByLabel('Hạn hoàn thành').fill(direction.due);
    await page.getByRole('button', { name: 'Lưu nhiệm vụ' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(direction.title);
    // The thread goes back up to the conclusion, its conference and the plan.
    await expect(page.getByTestId('task-thread')).toContainText(`Kết luận ${index + 1}, hội nghị 31/07/2023`);
    await expect(page.getByTestId('task-thread')).toContainText('274-KH/ĐUSLĐTBXH');
  }
  await page.goto(conferenceUrl);
  for (const direction of DIRECTIONS) await expect(page.locator('#conclusions')).toContainText(direction.title);

  // The labour cell's secretary (an attendee) reports on his unit's task.
  const attendeeContext = await browser.newContext();
  await signIn(attendeeContext, 'daibieu');
  const attendee = await attendeeContext.newPage();
  await attendee.goto('/tasks');
  await attendee.getByRole('link', { name: DIRECTIONS[1].title }).click();
  await attendee.getByLabel('Tiến độ (%)').fill('40');
  await attendee.getByLabel('Trạng thái').selectOption({ label: 'Đang thực hiện' });
  await attendee.getByLabel('Ghi chú, kết quả đạt được').fill('Đã khảo sát 12 doanh nghiệp trên địa bàn.');
  await attendee.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(attendee.getByTestId('form-status')).toHaveText('Đã ghi nhận báo cáo tiến độ.');
  const latest = attendee.getByTestId('task-update').first();
  await expect(latest).toContainText('15/09/2025');
  await expect(latest).toContainText('40 %');
  await expect(latest).toContainText('Đã khảo sát 12 doanh nghiệp trên địa bàn.');
  await expect(latest).toContainText('Võ Minh Khoa');
  await attendeeContext.close();

  // The office dashboard: nothing overdue on 15/09; one task on 01/10, the one due 30/09.
  await page.goto('/');
  await expect(page.getByTestId('tasks-overdue')).toHaveText('0');
  await clock.set('2025-10-01T08:00:00+07:00');
  await page.reload();
  await expect(page.getByTestId('tasks-overdue')).toHaveText('1');
});
