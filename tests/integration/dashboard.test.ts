import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { addDays } from '../../lib/domain/calendar.ts';
import { OPEN_TASK_STATUSES } from '../../lib/domain/task-status.ts';
import { countTasksByOwner } from '../../lib/server/dashboard/count-tasks-by-owner.ts';
import { findDeadlineTasks } from '../../lib/server/dashboard/find-deadline-tasks.ts';
import { findMyTasks } from '../../lib/server/dashboard/find-my-tasks.ts';
import { findTargetProgress } from '../../lib/server/dashboard/find-target-progress.ts';
import { getAttendeeDashboard } from '../../lib/server/dashboard/get-attendee-dashboard.ts';
import { getOfficeDashboard } from '../../lib/server/dashboard/get-office-dashboard.ts';
import { countQueries } from '../helpers/count-queries.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

// The demo's four follow-up tasks are all due 31/12/2025; the one of the Merit cell is done.
const BEFORE_DUE_WEEK = '2025-12-23';
const IN_DUE_WEEK = '2025-12-24';
const AFTER_DUE = '2026-01-01';
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
/** Noon in Vietnam on that day. */
const at = (day: string) => new Date(`${day}T12:00:00+07:00`);

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;
let admin: Actor;

const titles = (rows: { title: string }[]) => rows.map((row) => row.title);
const orgId = async (shortName: string) => (await database.organization.findFirstOrThrow({ where: { shortName }, select: { id: true } })).id;
const memberId = async (fullName: string) => (await database.member.findFirstOrThrow({ where: { fullName }, select: { id: true } })).id;

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

describe('the office dashboard on the demo data', () => {
  it('lists the overdue tasks only after their due date, and the due-soon ones in the week before it', async () => {
    const before = await findDeadlineTasks({ actor: secretary, today: BEFORE_DUE_WEEK });
    expect(before).toEqual({ overdue: [], dueSoon: [] });

    const week = await findDeadlineTasks({ actor: secretary, today: IN_DUE_WEEK });
    expect(week.overdue).toEqual([]);
    expect(week.dueSoon).toHaveLength(3);
    expect(week.dueSoon.every((task) => task.status !== 'DONE')).toBe(true);

    const after = await findDeadlineTasks({ actor: secretary, today: AFTER_DUE });
    expect(after.dueSoon).toEqual([]);
    expect(titles(after.overdue).sort()).toEqual([
      'Bám sát mục tiêu, chỉ tiêu Nghị quyết Đại hội các cấp đến cuối nhiệm kỳ',
      'Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động',
      'Đẩy mạnh cải cách hành chính; xây dựng Đảng bộ trong sạch, vững mạnh toàn diện',
    ].sort());
    expect(after.overdue[0]).toMatchObject({ dueDate: asDate('2025-12-31'), ownerOrganization: { shortName: expect.any(String) } });
    expect(await findDeadlineTasks({ actor: secretary, today: AFTER_DUE, take: 2 })).toMatchObject({ overdue: [{}, {}] });
  });

  it('counts done, open and overdue tasks per owner unit in the database', async () => {
    expect(await countTasksByOwner({ actor: secretary, today: '2025-12-31' })).toEqual([
      expect.objectContaining({ name: 'Chi bộ Phòng LĐ-VL', open: 1, overdue: 0, onTime: 1, done: 0, percentDone: 0 }),
      expect.objectContaining({ name: 'Chi bộ Phòng NCC', open: 0, overdue: 0, done: 1, cancelled: 0, percentDone: 100 }),
      expect.objectContaining({ name: 'Chi bộ Văn phòng', open: 1, overdue: 0, percentDone: 0 }),
      expect.objectContaining({ name: 'Đảng ủy Sở LĐ-TBXH', open: 1, overdue: 0, percentDone: 0 }),
    ]);
    const after = await countTasksByOwner({ actor: secretary, today: AFTER_DUE });
    expect(after.map((owner) => [owner.name, owner.open, owner.overdue, owner.onTime, owner.done])).toEqual([
      ['Chi bộ Phòng LĐ-VL', 1, 1, 0, 0],
      ['Chi bộ Phòng NCC', 0, 0, 0, 1],
      ['Chi bộ Văn phòng', 1, 1, 0, 0],
      ['Đảng ủy Sở LĐ-TBXH', 1, 1, 0, 0],
    ]);
  });

  it('keeps the indexes of open tasks that the deadline counts read to the statuses the app calls open', async () => {
    // The partial indexes (migrations 20261206050500 and 20261206071624) name the statuses in SQL; were
    // the lists to part, the counts would stay right but read the whole table again.
    for (const name of ['Task_open_dueDate_scope_idx', 'Task_open_responsibleMemberId_idx']) {
      const [index] = await database.$queryRaw<{ definition: string }[]>`SELECT indexdef AS definition FROM pg_indexes WHERE indexname = ${name}`;
      const named = [...index!.definition.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]).sort();
      expect(named, name).toEqual([...OPEN_TASK_STATUSES].sort());
    }
  });

  it('charts the targets of the running term, or of the last one between two terms', async () => {
    const during = await findTargetProgress({ actor: secretary, year: 2023 });
    expect(during).toHaveLength(1);
    expect(during[0]?.term).toEqual({ name: 'Nhiệm kỳ 2020 – 2025', startYear: 2020, endYear: 2025 });
    expect(during[0]?.targets).toHaveLength(8);
    const abroad = during[0]?.targets.find((target) => target.name.startsWith('Số lao động đi làm việc ở nước ngoài'));
    expect(abroad?.series.points).toEqual([expect.objectContaining({ year: 2023, value: 357, status: 'EXCEEDED', percent: 176 })]);
    expect(abroad?.series.goal).toHaveLength(6);
    const poverty = during[0]?.targets.find((target) => target.name === 'Giảm tỷ lệ hộ nghèo bình quân mỗi năm');
    expect(poverty?.series).toMatchObject({ goalShape: 'band', points: [{ kind: 'BASELINE', value: 3.81 }, { kind: 'RESULT', value: 2.81, status: 'ACHIEVED' }] });

    // In 2026 the 2020–2025 term has ended and no later one is entered: its targets stay on the dashboard.
    expect((await findTargetProgress({ actor: secretary, year: 2026 })).map((resolution) => resolution.id)).toEqual(during.map((resolution) => resolution.id));
    // Before the term began there is nothing to chart.
    expect(await findTargetProgress({ actor: secretary, year: 2019 })).toEqual([]);
  });

  it('brings it all together for the page, and refuses an attendee', async () => {
    const dashboard = await getOfficeDashboard({ actor: admin, now: at(AFTER_DUE) });
    expect(dashboard.today).toBe(AFTER_DUE);
    expect(dashboard.taskCounts).toEqual({ overdue: 3, dueSoon: 0, open: 3 });
    // Due on the 31st: due soon from the 24th (7 days before) to the day itself, overdue the day after.
    expect((await getOfficeDashboard({ actor: admin, now: at(BEFORE_DUE_WEEK) })).taskCounts).toEqual({ overdue: 0, dueSoon: 0, open: 3 });
    expect((await getOfficeDashboard({ actor: admin, now: at(IN_DUE_WEEK) })).taskCounts).toEqual({ overdue: 0, dueSoon: 3, open: 3 });
    expect((await getOfficeDashboard({ actor: admin, now: at('2025-12-31') })).taskCounts).toEqual({ overdue: 0, dueSoon: 3, open: 3 });
    expect(dashboard.deadlineTasks.overdue).toHaveLength(3);
    expect(dashboard.recent.map((conference) => conference.title)).toEqual([expect.stringContaining('Hội nghị sơ kết')]);
    expect(dashboard.upcoming).toEqual([]);
    expect(dashboard.owners).toHaveLength(4);
    expect(dashboard.targets[0]?.targets).toHaveLength(8);
    await expect(getOfficeDashboard({ actor: attendee, now: at(AFTER_DUE) })).rejects.toThrow(/Permission denied/);
  });
});

describe('the attendee dashboard on the demo data', () => {
  it('shows the tasks the attendee answers for and those of his unit, with his conferences and answer', async () => {
    const dashboard = await getAttendeeDashboard({ actor: attendee, now: at(AFTER_DUE) });
    const task = 'Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động';
    expect(dashboard.tasks.mine).toMatchObject({ total: 1, rows: [{ title: task, responsibleMember: { fullName: 'Võ Minh Khoa' } }] });
    expect(dashboard.tasks.unit).toMatchObject({ total: 1, rows: [{ title: task }], organizationId: attendee.organizationId });
    expect(dashboard.recent).toEqual([expect.objectContaining({ title: expect.stringContaining('Hội nghị sơ kết'), myAnswer: 'ATTENDING' })]);
    expect(dashboard.upcoming).toEqual([]);
  });
});

describe('scope', () => {
  let officeCellSecretary: Actor;

  beforeAll(async () => {
    const term = await database.term.findFirstOrThrow({ select: { id: true } });
    const labour = await orgId('Chi bộ Phòng LĐ-VL');
    const welfare = await orgId('Chi bộ Phòng BTXH');
    const office = await orgId('Chi bộ Văn phòng');
    const khoa = await memberId('Võ Minh Khoa');
    const task = (title: string, ownerOrganizationId: string, responsibleMemberId: string | null, coOwners: string[] = []) =>
      database.task.create({
        data: {
          title, termId: term.id, ownerOrganizationId, responsibleMemberId, status: 'IN_PROGRESS', dueDate: asDate('2026-01-05'),
          coOwners: { create: coOwners.map((organizationId) => ({ organizationId })) },
        },
      });
    await task('Phạm vi: của Phòng BTXH, Khoa phụ trách', welfare, khoa);
    await task('Phạm vi: của Phòng BTXH, Phòng LĐ-VL phối hợp', welfare, null, [labour]);
    await task('Phạm vi: của Phòng BTXH, không liên quan', welfare, null);
    // A secretary whose role covers the office cell only.
    const oanh = await memberId('Dương Thị Kim Oanh'); // of the office cell, without an account in the demo
    await database.user.create({
      data: { memberId: oanh, username: 'thuky-vanphong', passwordHash: 'x', roles: { create: { role: 'SECRETARY', organizationId: office } } },
    });
    officeCellSecretary = await demo.actorFor('thuky-vanphong');
  });

  it('an attendee sees his own tasks and his unit’s (as owner or co-owner), never another unit’s', async () => {
    const { mine, unit } = await findMyTasks({ actor: attendee });
    expect(titles(mine.rows).sort()).toEqual([
      'Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động',
      'Phạm vi: của Phòng BTXH, Khoa phụ trách',
    ].sort());
    expect(titles(unit.rows).sort()).toEqual([
      'Nâng cao chất lượng giáo dục nghề nghiệp, gắn đào tạo với thị trường lao động',
      'Phạm vi: của Phòng BTXH, Phòng LĐ-VL phối hợp',
    ].sort());
    expect(mine.total + unit.total).toBe(4);
    expect(await countTasksByOwner({ actor: attendee, today: AFTER_DUE })).toEqual([]);
  });

  it('a secretary of one cell sees only that cell’s tasks (owned or co-owned), and no resolution of the department', async () => {
    const deadline = await findDeadlineTasks({ actor: officeCellSecretary, today: AFTER_DUE });
    // Its own task, and the department's that it co-owns; not the other cells'.
    expect(titles(deadline.overdue).sort()).toEqual([
      'Bám sát mục tiêu, chỉ tiêu Nghị quyết Đại hội các cấp đến cuối nhiệm kỳ',
      'Đẩy mạnh cải cách hành chính; xây dựng Đảng bộ trong sạch, vững mạnh toàn diện',
    ].sort());
    expect(deadline.dueSoon).toEqual([]);
    // Completion counts a task once, for its owner: the co-owned one is the department's.
    expect((await countTasksByOwner({ actor: officeCellSecretary, today: AFTER_DUE })).map((owner) => owner.name)).toEqual(['Chi bộ Văn phòng']);
    expect(await findTargetProgress({ actor: officeCellSecretary, year: 2023 })).toEqual([]);

    // The department's secretary sees the new tasks of the welfare cell too.
    const department = await countTasksByOwner({ actor: secretary, today: AFTER_DUE });
    expect(department.find((owner) => owner.name === 'Chi bộ Phòng BTXH')).toMatchObject({ open: 3, overdue: 0, onTime: 3 });
    expect((await findDeadlineTasks({ actor: secretary, today: AFTER_DUE })).dueSoon).toHaveLength(3);
  });
});

describe('the number of SQL statements', () => {
  it('does not grow with the number of tasks, units or results', async () => {
    const measure = async () => ({
      office: (await countQueries(demo.url, () => getOfficeDashboard({ actor: secretary, now: at(AFTER_DUE) }))).queries,
      attendee: (await countQueries(demo.url, () => getAttendeeDashboard({ actor: attendee, now: at(AFTER_DUE) }))).queries,
    });
    const few = await measure();
    expect(few.office).toBeGreaterThan(0);
    expect(few.attendee).toBeGreaterThan(0);

    const term = await database.term.findFirstOrThrow({ select: { id: true } });
    const units = await database.organization.findMany({ select: { id: true }, orderBy: { name: 'asc' } });
    const members = await database.member.findMany({ select: { id: true }, orderBy: { fullName: 'asc' } });
    const khoa = await memberId('Võ Minh Khoa');
    const statuses = ['NOT_STARTED', 'IN_PROGRESS', 'PAUSED', 'DONE', 'CANCELLED'] as const;
    await database.task.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({
        title: `Nhiệm vụ thêm ${i + 1}`, termId: term.id, status: statuses[i % statuses.length]!,
        ownerOrganizationId: units[i % units.length]!.id,
        responsibleMemberId: i % 7 === 0 ? khoa : members[i % members.length]!.id,
        dueDate: i % 11 === 0 ? null : asDate(addDays(AFTER_DUE, (i % 40) - 20)),
        ...(statuses[i % statuses.length] === 'CANCELLED' ? { cancelReason: 'Không còn phù hợp' } : {}),
        ...(statuses[i % statuses.length] === 'DONE' ? { progress: 100 } : {}),
      })),
    });
    const added = await database.task.findMany({ where: { title: { startsWith: 'Nhiệm vụ thêm' } }, select: { id: true } });
    await database.taskCoOwner.createMany({ data: added.filter((_, i) => i % 3 === 0).map((task, i) => ({ taskId: task.id, organizationId: units[(i + 1) % units.length]!.id })), skipDuplicates: true });
    const targets = await database.target.findMany({ select: { id: true } });
    await database.targetResult.createMany({
      data: targets.flatMap((target, i) => [2021, 2022, 2024, 2025].map((year) => ({ targetId: target.id, period: 'YEAR' as const, year, value: 10 + i + year - 2020 }))),
      skipDuplicates: true,
    });

    const many = await measure();
    expect(many).toEqual(few);
    // And the lists stay short lists.
    const dashboard = await getOfficeDashboard({ actor: secretary, now: at(AFTER_DUE) });
    expect(dashboard.deadlineTasks.overdue).toHaveLength(5);
    expect(dashboard.taskCounts.overdue).toBeGreaterThan(5);
  });
});
