// TaskTally (how many tasks each unit owns in each status) and SubtreeTaskTally (how many lie in each
// organisation's subtree) are kept by statement triggers on Task (migration 20261206071624_task_tally)
// and read by the dashboard's completion by owner and its count of open tasks: whatever writes tasks or
// moves units, and however, their sums must equal a count of the tasks themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, type Database } from '../../lib/db/create-client.ts';
import { OPEN_TASK_STATUSES } from '../../lib/domain/task-status.ts';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { taskScope } from '../../lib/auth/scope.ts';
import { countTasksByOwner } from '../../lib/server/dashboard/count-tasks-by-owner.ts';
import { moveOrganization } from '../../lib/server/organizations/move-organization.ts';
import { countTasksByDeadline } from '../../lib/server/tasks/count-tasks-by-deadline.ts';
import { mergeOrganization } from '../../lib/server/organizations/merge-organization.ts';
import { runDailyTaskJobs } from '../../lib/server/reminders/run-daily-task-jobs.ts';
import { compactTaskTally } from '../../lib/server/tasks/compact-task-tally.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
});

afterAll(async () => {
  await demo?.close();
});

type Counts = Record<string, number>;

/** "owner status" → tasks, from the tasks themselves and from the tally (zeros left out of both). */
async function countsOfTasks(): Promise<Counts> {
  const groups = await database.task.groupBy({ by: ['ownerOrganizationId', 'status'], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [`${group.ownerOrganizationId} ${group.status}`, group._count._all]));
}

async function countsOfTally(): Promise<Counts> {
  const groups = await database.taskTally.groupBy({ by: ['ownerOrganizationId', 'status'], _sum: { tasks: true } });
  return Object.fromEntries(groups.filter((group) => group._sum.tasks !== 0).map((group) => [`${group.ownerOrganizationId} ${group.status}`, group._sum.tasks!]));
}

/** "organisation status" → tasks in its subtree, from the tasks' paths and from the subtree tally. */
async function subtreeCountsOfTasks(): Promise<Counts> {
  const rows = await database.$queryRaw<{ key: string; tasks: number }[]>`
    SELECT unit || ' ' || status AS key, count(*)::int AS tasks FROM "Task", unnest("unitPathIds") AS unit GROUP BY unit, status`;
  return Object.fromEntries(rows.map((row) => [row.key, row.tasks]));
}

async function subtreeCountsOfTally(): Promise<Counts> {
  const groups = await database.subtreeTaskTally.groupBy({ by: ['organizationId', 'status'], _sum: { tasks: true } });
  return Object.fromEntries(groups.filter((group) => group._sum.tasks !== 0).map((group) => [`${group.organizationId} ${group.status}`, group._sum.tasks!]));
}

async function expectTallyRight(): Promise<void> {
  const tasks = await countsOfTasks();
  expect(Object.keys(tasks).length).toBeGreaterThan(0);
  expect(await countsOfTally()).toEqual(tasks);
  expect(await subtreeCountsOfTally()).toEqual(await subtreeCountsOfTasks());
}

const departmentId = async () => (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } })).id;

async function newCell(name: string): Promise<string> {
  return (await database.organization.create({ data: { name, kind: 'CELL', parentId: await departmentId() }, select: { id: true } })).id;
}

const termId = async () => (await database.term.findFirstOrThrow({ select: { id: true } })).id;

describe('the task tally', () => {
  it('holds the demo’s tasks after the migration and the seed', async () => {
    await expectTallyRight();
  });

  it('follows one task and many written in one statement, status and owner changes, deletions, and a merge', async () => {
    const [first, second] = [await newCell('Chi bộ kiểm đếm 1'), await newCell('Chi bộ kiểm đếm 2')];
    const term = await termId();
    const one = await database.task.create({ data: { title: 'Một nhiệm vụ', termId: term, ownerOrganizationId: first }, select: { id: true } });
    await database.task.createMany({
      data: Array.from({ length: 40 }, (_, index) => ({ title: `Nhiệm vụ ${index + 1}`, termId: term, ownerOrganizationId: index % 2 ? first : second, status: index % 3 ? 'IN_PROGRESS' as const : 'DONE' as const })),
    });
    await expectTallyRight();
    // Many appended rows for one statement would defeat the tally: one per (owner, status) it changed.
    const rowsBefore = await database.taskTally.count();
    await database.task.updateMany({ where: { ownerOrganizationId: second, status: 'IN_PROGRESS' }, data: { status: 'PAUSED' } });
    expect(await database.taskTally.count()).toBe(rowsBefore + 2);
    // An update that changes neither owner nor status appends nothing.
    await database.task.updateMany({ where: { ownerOrganizationId: first }, data: { progress: 30 } });
    expect(await database.taskTally.count()).toBe(rowsBefore + 2);
    await database.task.update({ where: { id: one.id }, data: { status: 'CANCELLED', cancelReason: 'Không còn cần', ownerOrganizationId: second } });
    await database.task.deleteMany({ where: { ownerOrganizationId: first, status: 'DONE' } });
    await expectTallyRight();

    // Co-owners change the task's paths (the co-owner trigger rewrites unitIds and unitPathIds).
    const coOwned = await database.task.findFirstOrThrow({ where: { ownerOrganizationId: second }, select: { id: true } });
    const elsewhere = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' }, select: { id: true } });
    await database.taskCoOwner.create({ data: { taskId: coOwned.id, organizationId: elsewhere.id } });
    await expectTallyRight();

    const admin = await demo.actorFor('quantri');
    await mergeOrganization({ actor: admin, organizationId: first, version: 1, targetId: second, mergedOn: new Date('2026-01-01T00:00:00Z') });
    expect(await database.task.count({ where: { ownerOrganizationId: first } })).toBe(0);
    await expectTallyRight();

    // A unit moved to another branch takes its tasks into the new branch's subtree.
    const branch = await database.organization.create({ data: { name: 'Đảng bộ bộ phận kiểm đếm', kind: 'PARTIAL_COMMITTEE', parentId: await departmentId() }, select: { id: true } });
    const moved = await database.organization.findUniqueOrThrow({ where: { id: second }, select: { version: true } });
    await moveOrganization({ actor: admin, organizationId: second, version: moved.version, parentId: branch.id });
    await expectTallyRight();
  });

  it('gives the dashboard the same completion by owner as counting every task, and leaves out a unit whose tasks all moved away', async () => {
    const secretary = await demo.actorFor('vanphong');
    const today = '2026-12-06';
    const byOwner = await countTasksByOwner({ actor: secretary, today });
    const counted = await database.task.groupBy({
      by: ['ownerOrganizationId'],
      where: { ownerOrganizationId: { in: secretary.managedOrganizationIds } },
      _count: { _all: true },
    });
    expect(byOwner.map((owner) => owner.organizationId).sort()).toEqual(counted.map((group) => group.ownerOrganizationId).sort());
    for (const owner of byOwner) {
      const tasks = (status: 'DONE' | 'CANCELLED') => database.task.count({ where: { ownerOrganizationId: owner.organizationId, status } });
      const open = await database.task.count({ where: { ownerOrganizationId: owner.organizationId, status: { in: OPEN_TASK_STATUSES } } });
      const overdue = await database.task.count({ where: { ownerOrganizationId: owner.organizationId, status: { in: OPEN_TASK_STATUSES }, dueDate: { lt: new Date(`${today}T00:00:00Z`) } } });
      expect({ open: owner.open, overdue: owner.overdue, done: owner.done, cancelled: owner.cancelled }, owner.name)
        .toEqual({ open, overdue, done: await tasks('DONE'), cancelled: await tasks('CANCELLED') });
    }
  });

  it('gives the dashboard the same open, overdue and due-soon counts as counting the tasks in scope, for every kind of reader', async () => {
    const [office, welfare] = await Promise.all(['Chi bộ Văn phòng', 'Chi bộ Phòng BTXH'].map((shortName) => database.organization.findFirstOrThrow({ where: { shortName }, select: { id: true } })));
    const term = await termId();
    // A secretary of one cell who belongs to another unit (his own unit lies outside what he manages),
    // who answers for a task of a third unit, and one of two cells (several subtrees: counted task by task).
    const [oanh, outsider] = await Promise.all([
      database.member.findFirstOrThrow({ where: { fullName: 'Dương Thị Kim Oanh' }, select: { id: true } }),
      database.member.findFirstOrThrow({ where: { organizationId: welfare!.id, deactivatedAt: null, user: { is: null } }, orderBy: { id: 'asc' }, select: { id: true, organizationId: true } }),
    ]);
    await database.user.create({ data: { memberId: outsider.id, username: 'thuky-ngoai', passwordHash: 'x', roles: { create: [{ role: 'SECRETARY', organizationId: office!.id }] } } });
    await database.user.create({ data: { memberId: oanh.id, username: 'thuky-hai-chibo', passwordHash: 'x', roles: { create: [{ role: 'SECRETARY', organizationId: office!.id }, { role: 'SECRETARY', organizationId: welfare!.id }] } } });
    const third = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' }, select: { id: true } });
    await database.task.createMany({
      data: [
        { title: 'Việc người thư ký chịu trách nhiệm ở đơn vị khác', termId: term, ownerOrganizationId: third.id, responsibleMemberId: outsider.id, dueDate: new Date('2026-12-01T00:00:00Z') },
        { title: 'Việc của đơn vị mình', termId: term, ownerOrganizationId: outsider.organizationId, dueDate: new Date('2026-12-10T00:00:00Z') },
        { title: 'Việc sắp đến hạn của chi bộ', termId: term, ownerOrganizationId: office!.id, dueDate: new Date('2026-12-09T00:00:00Z') },
        { title: 'Việc đã xong của chi bộ', termId: term, ownerOrganizationId: office!.id, status: 'DONE', dueDate: new Date('2026-11-09T00:00:00Z') },
        // In his subtree and his own too: counted once, not once by the tally and again as his.
        { title: 'Việc của chi bộ do người thư ký chịu trách nhiệm', termId: term, ownerOrganizationId: office!.id, responsibleMemberId: outsider.id },
      ],
    });
    const shared = await database.task.create({ data: { title: 'Việc của đơn vị mình, chi bộ cùng làm', termId: term, ownerOrganizationId: outsider.organizationId }, select: { id: true } });
    await database.taskCoOwner.create({ data: { taskId: shared.id, organizationId: office!.id } });
    const today = '2026-12-06';
    const expected = async (actor: Actor) => {
      const open = { AND: [taskScope(actor), { status: { in: OPEN_TASK_STATUSES } }] };
      return {
        overdue: await database.task.count({ where: { AND: [open, { dueDate: { lt: new Date(`${today}T00:00:00Z`) } }] } }),
        dueSoon: await database.task.count({ where: { AND: [open, { dueDate: { gte: new Date(`${today}T00:00:00Z`), lte: new Date('2026-12-13T00:00:00Z') } }] } }),
        open: await database.task.count({ where: open }),
      };
    };
    for (const username of ['quantri', 'vanphong', 'daibieu', 'thuky-ngoai', 'thuky-hai-chibo']) {
      const actor = await demo.actorFor(username);
      const counts = await countTasksByDeadline({ actor, today });
      expect(counts, username).toEqual(await expected(actor));
      expect(counts.open, username).toBeGreaterThan(0);
    }
    expect((await demo.actorFor('thuky-ngoai')).managedOrganizationIds).not.toContain(outsider.organizationId);
  });

  it('is folded by the daily job even when its reminders are off or fail', async () => {
    await database.task.create({ data: { title: 'Một việc nữa', termId: await termId(), ownerOrganizationId: await newCell('Chi bộ việc hằng ngày') } });
    const groups = async () => (await database.taskTally.groupBy({ by: ['ownerOrganizationId', 'status'], _sum: { tasks: true } })).filter((group) => group._sum.tasks !== 0).length;
    expect(await database.taskTally.count()).toBeGreaterThan(await groups());
    expect(await runDailyTaskJobs({ today: '2026-12-06', database, sendReminders: false })).toMatch(/reminders disabled \(REMINDERS_DISABLED\); \d+ task tally row\(s\) folded$/);
    expect(await database.taskTally.count()).toBe(await groups());

    await database.task.create({ data: { title: 'Việc sau lần gộp', termId: await termId(), ownerOrganizationId: await newCell('Chi bộ việc hằng ngày 2') } });
    await expect(runDailyTaskJobs({ today: 'không phải ngày', database })).rejects.toThrow();
    expect(await database.taskTally.count()).toBe(await groups());
    await expectTallyRight();
  });

  it('folds into one row per unit and status with the same sums, the zeros dropped', async () => {
    const before = { owners: await countsOfTally(), subtrees: await subtreeCountsOfTally() };
    const rows = (await database.taskTally.count()) + (await database.subtreeTaskTally.count());
    expect(await compactTaskTally(database)).toBe(rows);
    expect({ owners: await countsOfTally(), subtrees: await subtreeCountsOfTally() }).toEqual(before);
    expect(await database.taskTally.count()).toBe(Object.keys(before.owners).length);
    expect(await database.subtreeTaskTally.count()).toBe(Object.keys(before.subtrees).length);
    expect(await database.taskTally.count({ where: { tasks: 0 } }) + await database.subtreeTaskTally.count({ where: { tasks: 0 } })).toBe(0);
    await expectTallyRight();
  });

  // Two connections at once: the embedded database serves one at a time (PostgreSQL runs only).
  it.runIf(process.env.TEST_DB_KIND === 'postgres')('lets two transactions write tasks of the same units in opposite orders without waiting, and two compactions beside them count each once', async () => {
    const [second, third] = [createDatabaseClient({ connectionString: demo.url, poolMax: 1 }), createDatabaseClient({ connectionString: demo.url, poolMax: 1 })];
    try {
      const [a, b] = [await newCell('Chi bộ song song A'), await newCell('Chi bộ song song B')];
      const term = await termId();
      const task = (tx: Pick<Database, 'task'>, ownerOrganizationId: string) => tx.task.create({ data: { title: 'Nhiệm vụ song song', termId: term, ownerOrganizationId } });
      let firstWrote!: () => void;
      const firstHoldsA = new Promise<void>((resolve) => (firstWrote = resolve));
      let secondDone!: () => void;
      const secondHasCommitted = new Promise<void>((resolve) => (secondDone = resolve));
      // The first writes A and stays open until the second has written B then A and committed: with a
      // counter row per unit to update, the second would wait on A's (and a third order, deadlock).
      const one = database.$transaction(async (tx) => {
        await task(tx, a);
        firstWrote();
        await secondHasCommitted;
        await task(tx, b);
      }, { timeout: 10_000 });
      await firstHoldsA;
      await second.$transaction(async (tx) => {
        await task(tx, b);
        await task(tx, a);
      }, { timeout: 2_000 });
      // Folded while the first's rows are written but not committed (they stay its own), and by two
      // servers' daily jobs at once (the second skips what the first folded).
      await Promise.all([compactTaskTally(second), compactTaskTally(third)]);
      secondDone();
      await one;
      await expectTallyRight();
      expect((await countsOfTasks())[`${a} NOT_STARTED`]).toBe(2);
    } finally {
      await Promise.all([second.$disconnect(), third.$disconnect()]);
    }
  });
});
