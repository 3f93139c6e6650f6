import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/db/create-client.ts';
import { PrismaClient } from '../../lib/db/generated/prisma/client.ts';
import type { TaskStatus } from '../../lib/db/generated/prisma/enums.ts';
import { addDays } from '../../lib/domain/calendar.ts';
import { sendTaskReminders } from '../../lib/server/reminders/send-task-reminders.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** What a day's run wrote, readable: who, which kind, which task. */
async function written(day: string) {
  const [notifications, emails] = await Promise.all([
    database.notification.findMany({
      where: { dedupeKey: { endsWith: `:${day}` } },
      select: { kind: true, title: true, body: true, link: true, dedupeKey: true, readAt: true, user: { select: { username: true } } },
    }),
    database.outboxMessage.findMany({ where: { dedupeKey: { endsWith: `:${day}` } }, select: { toAddress: true, subject: true, body: true, dedupeKey: true, status: true } }),
  ]);
  return {
    notifications: notifications.map((row) => `${row.user.username} ${row.kind} ${row.title}`).sort(),
    emails: emails.map((row) => `${row.toAddress} ${row.subject}`).sort(),
    rows: { notifications, emails },
  };
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
});

afterAll(async () => {
  await demo?.close();
});

describe('reminders on the demo data (the four directions, due 31/12/2025, one of them done)', () => {
  it('says nothing before the last week, “due soon” in it, “overdue” after; only Khoa has an account', async () => {
    expect(await database.notification.count()).toBe(0);
    expect(await sendTaskReminders({ today: '2025-12-23' })).toEqual({ overdue: 0, dueSoon: 0, notifications: 0, emails: 0 });
    // The responsible people of the other two open tasks have no account, and demo members no email.
    expect(await sendTaskReminders({ today: '2025-12-24' })).toEqual({ overdue: 0, dueSoon: 3, notifications: 1, emails: 0 });
    expect(await sendTaskReminders({ today: '2025-12-31' })).toEqual({ overdue: 0, dueSoon: 3, notifications: 1, emails: 0 });
    expect(await sendTaskReminders({ today: '2026-01-01' })).toEqual({ overdue: 3, dueSoon: 0, notifications: 1, emails: 0 });

    const task = 'Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động';
    expect((await written('2025-12-31')).rows.notifications).toEqual([
      expect.objectContaining({
        kind: 'task.dueSoon',
        title: `Nhiệm vụ sắp đến hạn: ${task}`,
        body: `Nhiệm vụ “${task}” đến hạn hoàn thành hôm nay, ngày 31/12/2025.`,
        link: expect.stringMatching(/^\/tasks\/[0-9a-f-]{36}$/),
        readAt: null,
        user: { username: 'daibieu' },
      }),
    ]);
    expect((await written('2026-01-01')).rows.notifications).toEqual([
      expect.objectContaining({
        kind: 'task.overdue',
        body: `Nhiệm vụ “${task}” đã quá hạn 1 ngày (hạn hoàn thành 31/12/2025). Đề nghị đồng chí cập nhật tiến độ thực hiện.`,
      }),
    ]);
    await database.notification.deleteMany(); // a clean slate for the tests below
  });

  it('refuses a day that is not a calendar day', async () => {
    await expect(sendTaskReminders({ today: '2025-02-30' })).rejects.toThrow(RangeError);
    await expect(sendTaskReminders({ today: '31/12/2025' })).rejects.toThrow(RangeError);
  });
});

describe('reminders on tasks due around a fixed day', () => {
  const today = '2025-06-02'; // the demo's tasks (due 31/12/2025) are far off on this day
  const tomorrow = addDays(today, 1);

  beforeAll(async () => {
    const term = await database.term.findFirstOrThrow({ select: { id: true } });
    const unit = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Phòng Lao động – Việc làm' }, select: { id: true } });
    const member = async (fullName: string) => (await database.member.findFirstOrThrow({ where: { fullName }, select: { id: true } })).id;
    const khoa = await member('Võ Minh Khoa'); // the demo attendee `daibieu`
    const anh = await member('Trương Thị Ánh'); // no account
    await database.member.update({ where: { id: khoa }, data: { email: 'khoa@example.vn' } });
    // Two more attendees of the same unit: one active (English, no email), one deactivated.
    await database.user.create({
      data: { memberId: await member('Phan Văn An'), username: 'phanvanan', passwordHash: 'x', locale: 'en', roles: { create: { role: 'ATTENDEE', organizationId: unit.id } } },
    });
    await database.user.create({
      data: { memberId: anh, username: 'truongthianh', passwordHash: 'x', deactivatedAt: new Date('2025-01-01T00:00:00Z'), roles: { create: { role: 'ATTENDEE', organizationId: unit.id } } },
    });

    const task = (title: string, due: number | null, status: TaskStatus, responsibleMemberId: string | null) => ({
      title, termId: term.id, ownerOrganizationId: unit.id, responsibleMemberId, status,
      dueDate: due === null ? null : asDate(addDays(today, due)),
      ...(status === 'CANCELLED' ? { cancelReason: 'Không còn phù hợp' } : {}),
      ...(status === 'DONE' ? { progress: 100 } : {}),
    });
    await database.task.createMany({
      data: [
        task('A quá hạn 3 ngày', -3, 'IN_PROGRESS', khoa),
        task('B đến hạn hôm nay', 0, 'NOT_STARTED', khoa),
        task('C còn 7 ngày, tạm dừng', 7, 'PAUSED', khoa),
        task('D còn 8 ngày', 8, 'IN_PROGRESS', khoa),
        task('E đã hoàn thành', -1, 'DONE', khoa),
        task('F đã hủy', 0, 'CANCELLED', khoa),
        task('G chưa giao người, còn 2 ngày', 2, 'NOT_STARTED', null),
        task('H người phụ trách không có tài khoản', 1, 'IN_PROGRESS', anh),
        task('I không có hạn', null, 'IN_PROGRESS', khoa),
      ],
    });
  });

  it('reminds the responsible person, or the unit’s active attendees when nobody is responsible', async () => {
    const counts = await sendTaskReminders({ today, appUrl: 'http://hoinghi.local:3000/' });
    // Overdue: A. Due soon: B (today), C (in 7 days, paused), G, H. Not D (8 days), E, F, I.
    expect(counts).toEqual({ overdue: 1, dueSoon: 4, notifications: 5, emails: 4 });

    const { notifications, emails, rows } = await written(today);
    expect(notifications).toEqual([
      'daibieu task.dueSoon Nhiệm vụ sắp đến hạn: B đến hạn hôm nay',
      'daibieu task.dueSoon Nhiệm vụ sắp đến hạn: C còn 7 ngày, tạm dừng',
      'daibieu task.dueSoon Nhiệm vụ sắp đến hạn: G chưa giao người, còn 2 ngày',
      'daibieu task.overdue Nhiệm vụ quá hạn: A quá hạn 3 ngày',
      'phanvanan task.dueSoon Task due soon: G chưa giao người, còn 2 ngày',
    ]);
    // Phan Văn An has no email address: a notification only.
    expect(emails).toEqual([
      'khoa@example.vn Nhiệm vụ quá hạn: A quá hạn 3 ngày',
      'khoa@example.vn Nhiệm vụ sắp đến hạn: B đến hạn hôm nay',
      'khoa@example.vn Nhiệm vụ sắp đến hạn: C còn 7 ngày, tạm dừng',
      'khoa@example.vn Nhiệm vụ sắp đến hạn: G chưa giao người, còn 2 ngày',
    ]);

    const a = await database.task.findFirstOrThrow({ where: { title: 'A quá hạn 3 ngày' }, select: { id: true } });
    const daibieu = await database.user.findUniqueOrThrow({ where: { username: 'daibieu' }, select: { id: true } });
    const key = `task-reminder:overdue:${a.id}:${daibieu.id}:${today}`;
    expect(rows.notifications.find((row) => row.dedupeKey === key)).toMatchObject({
      body: 'Nhiệm vụ “A quá hạn 3 ngày” đã quá hạn 3 ngày (hạn hoàn thành 30/05/2025). Đề nghị đồng chí cập nhật tiến độ thực hiện.',
      link: `/tasks/${a.id}`,
    });
    expect(rows.emails.find((row) => row.dedupeKey === key)).toEqual({
      toAddress: 'khoa@example.vn',
      subject: 'Nhiệm vụ quá hạn: A quá hạn 3 ngày',
      body: [
        'Nhiệm vụ “A quá hạn 3 ngày” đã quá hạn 3 ngày (hạn hoàn thành 30/05/2025). Đề nghị đồng chí cập nhật tiến độ thực hiện.',
        '',
        `Xem và cập nhật nhiệm vụ: http://hoinghi.local:3000/tasks/${a.id}`,
        '',
        'Thư gửi tự động từ hệ thống Quản lý hội nghị của Văn phòng Đảng ủy.',
      ].join('\n'),
      dedupeKey: key,
      status: 'PENDING',
    });
    expect(rows.notifications.find((row) => row.user.username === 'phanvanan')?.body).toBe('The task “G chưa giao người, còn 2 ngày” is due on 04/06/2025, in 2 days.');
  });

  it('a second run the same day writes nothing', async () => {
    const before = await Promise.all([database.notification.count(), database.outboxMessage.count()]);
    expect(await sendTaskReminders({ today })).toEqual({ overdue: 1, dueSoon: 4, notifications: 0, emails: 0 });
    expect(await Promise.all([database.notification.count(), database.outboxMessage.count()])).toEqual(before);
  });

  it('the next day brings that day’s reminders, written once even when two servers run at the same moment', async () => {
    // Two clients, two connections: the app's db() and the test's own.
    const [first, second] = await Promise.all([sendTaskReminders({ today: tomorrow }), sendTaskReminders({ today: tomorrow, database })]);
    // Overdue: A, and B (due yesterday). Due soon: C, D (now 7 days ahead), G, H.
    expect(first).toMatchObject({ overdue: 2, dueSoon: 4 });
    expect(first.notifications + second.notifications).toBe(6);
    expect(first.emails + second.emails).toBe(5);
    const { notifications, emails } = await written(tomorrow);
    expect(notifications).toEqual([
      'daibieu task.dueSoon Nhiệm vụ sắp đến hạn: C còn 7 ngày, tạm dừng',
      'daibieu task.dueSoon Nhiệm vụ sắp đến hạn: D còn 8 ngày',
      'daibieu task.dueSoon Nhiệm vụ sắp đến hạn: G chưa giao người, còn 2 ngày',
      'daibieu task.overdue Nhiệm vụ quá hạn: A quá hạn 3 ngày',
      'daibieu task.overdue Nhiệm vụ quá hạn: B đến hạn hôm nay',
      'phanvanan task.dueSoon Task due soon: G chưa giao người, còn 2 ngày',
    ]);
    expect(emails).toHaveLength(5);
    // Yesterday's rows are untouched.
    expect((await written(today)).notifications).toHaveLength(5);
  });

  it('runs the same number of queries for many tasks as for a few', async () => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: demo.url, max: 1 }), log: [{ emit: 'event', level: 'query' }] });
    let queries = 0;
    client.$on('query', () => queries++);
    try {
      const countQueries = async (day: string) => {
        queries = 0;
        const counts = await sendTaskReminders({ today: day, database: client });
        expect(counts.notifications).toBeGreaterThan(0);
        return queries;
      };
      const few = await countQueries(addDays(today, 2));
      const term = await database.term.findFirstOrThrow({ select: { id: true } });
      const units = await database.organization.findMany({ select: { id: true } });
      const members = await database.member.findMany({ where: { user: { isNot: null } }, select: { id: true } });
      await database.task.createMany({
        data: Array.from({ length: 40 }, (_, i) => ({
          title: `Nhiệm vụ thêm ${i + 1}`, termId: term.id, status: 'IN_PROGRESS' as const,
          ownerOrganizationId: units[i % units.length]!.id,
          responsibleMemberId: i % 3 === 0 ? null : members[i % members.length]!.id,
          dueDate: asDate(addDays(today, (i % 12) - 2)),
        })),
      });
      const many = await countQueries(addDays(today, 3));
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    } finally {
      await client.$disconnect();
    }
  });
});
