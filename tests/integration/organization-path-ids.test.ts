// Organization.pathIds (the organisations from the top down to itself) and Task.unitPathIds (the paths
// of the task's units) are kept by the database's triggers, whatever writes: every scope reads them
// (lib/auth/scope.ts), so they must follow inserts and moves down the whole subtree, and a scope by the
// tops of the actor's subtrees must select exactly what a scope by every organisation in them selects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { conferenceScope, managedTaskScope, memberScope, planScope, reportableTaskScope, resolutionScope, taskScope } from '../../lib/auth/scope.ts';
import { createDatabaseClient, type Database } from '../../lib/db/create-client.ts';
import { mergeOrganization } from '../../lib/server/organizations/merge-organization.ts';
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

/** The path of every organisation, walked up by parentId (what the triggers must agree with). */
async function walkedPaths(): Promise<Map<string, string[]>> {
  const rows = await database.organization.findMany({ select: { id: true, parentId: true } });
  const parentOf = new Map(rows.map((row) => [row.id, row.parentId]));
  const pathOf = (id: string): string[] => {
    const parentId = parentOf.get(id);
    return parentId ? [...pathOf(parentId), id] : [id];
  };
  return new Map(rows.map((row) => [row.id, pathOf(row.id)]));
}

async function expectEveryPathRight(): Promise<void> {
  const paths = await walkedPaths();
  const organizations = await database.organization.findMany({ select: { id: true, pathIds: true } });
  for (const organization of organizations) expect(organization.pathIds, organization.id).toEqual(paths.get(organization.id));
  const tasks = await database.task.findMany({ select: { id: true, unitIds: true, unitPathIds: true } });
  expect(tasks.length).toBeGreaterThan(0);
  for (const task of tasks) expect(task.unitPathIds, task.id).toEqual([...new Set(task.unitIds.flatMap((unit) => paths.get(unit)!))].sort());
}

const pathIdsOf = async (id: string) => (await database.organization.findUniqueOrThrow({ where: { id }, select: { pathIds: true } })).pathIds;

describe('Organization.pathIds and Task.unitPathIds', () => {
  it('hold every demo organisation’s path and every demo task’s unit paths after the migration', async () => {
    await expectEveryPathRight();
  });

  it('follow a new organisation, a move down the whole moved subtree with its tasks, a child inserted before its parent, and ignore values written by hand', async () => {
    const top = await database.organization.findFirstOrThrow({ where: { parentId: null }, select: { id: true } });
    const branch = await database.organization.create({ data: { name: 'Đảng bộ bộ phận thử', kind: 'PARTIAL_COMMITTEE', parentId: top.id, pathIds: [top.id] }, select: { id: true } });
    expect(await pathIdsOf(branch.id)).toEqual([top.id, branch.id]);
    const cell = await database.organization.findFirstOrThrow({ where: { kind: 'CELL', ownedTasks: { some: {} }, parentId: { not: top.id } }, select: { id: true, pathIds: true } });
    const leaf = await database.organization.create({ data: { name: 'Tổ đảng thử', kind: 'CELL', parentId: cell.id }, select: { id: true } });
    const term = await database.term.findFirstOrThrow({ select: { id: true } });
    await database.task.create({ data: { title: 'Nhiệm vụ của tổ thử', termId: term.id, ownerOrganizationId: leaf.id } });
    expect(await pathIdsOf(leaf.id)).toEqual([...cell.pathIds, leaf.id]);

    // The cell, its new child and the tasks of both move under the branch.
    await database.organization.update({ where: { id: cell.id }, data: { parentId: branch.id } });
    expect(await pathIdsOf(cell.id)).toEqual([top.id, branch.id, cell.id]);
    expect(await pathIdsOf(leaf.id)).toEqual([top.id, branch.id, cell.id, leaf.id]);
    await expectEveryPathRight();

    // A bulk insert where a child comes before its parent (one statement: the rows in the order given).
    const [early, late] = [crypto.randomUUID(), crypto.randomUUID()];
    await database.$executeRaw`INSERT INTO "Organization" (id, name, kind, "parentId", "updatedAt")
      VALUES (${early}::uuid, 'Chi bộ đến trước', 'CELL', ${late}::uuid, now()), (${late}::uuid, 'Đảng bộ bộ phận đến sau', 'PARTIAL_COMMITTEE', ${top.id}::uuid, now())`;
    expect(await pathIdsOf(early)).toEqual([top.id, late, early]);

    await database.organization.update({ where: { id: leaf.id }, data: { pathIds: [leaf.id] } });
    const [someTask] = await database.task.findMany({ where: { ownerOrganizationId: cell.id }, take: 1, select: { id: true } });
    await database.task.update({ where: { id: someTask!.id }, data: { unitPathIds: [] } });
    await expectEveryPathRight();

    // Co-owners come and go; a loop is refused by the database with a clear message.
    await database.taskCoOwner.create({ data: { taskId: someTask!.id, organizationId: early } });
    await expectEveryPathRight();
    await database.taskCoOwner.deleteMany({ where: { taskId: someTask!.id, organizationId: early } });
    await expectEveryPathRight();
    await expect(database.organization.update({ where: { id: branch.id }, data: { parentId: leaf.id } })).rejects.toThrow(/would be its own ancestor/);
  });

  it('follow a merge: the children and the open tasks of the merged organisation go to the other, with their paths', async () => {
    const admin = await demo.actorFor('quantri');
    const top = await database.organization.findUniqueOrThrow({ where: { id: admin.managingRootIds[0] }, select: { id: true, pathIds: true } });
    const [merged, kept] = await Promise.all(['Đảng bộ bộ phận sáp nhập', 'Đảng bộ bộ phận tiếp nhận'].map((name) =>
      database.organization.create({ data: { name, kind: 'PARTIAL_COMMITTEE', parentId: top.id }, select: { id: true } })));
    const child = await database.organization.create({ data: { name: 'Chi bộ của bộ phận sáp nhập', kind: 'CELL', parentId: merged!.id }, select: { id: true } });
    const term = await database.term.findFirstOrThrow({ select: { id: true } });
    const task = await database.task.create({ data: { title: 'Nhiệm vụ của chi bộ sáp nhập', termId: term.id, ownerOrganizationId: child.id }, select: { id: true } });
    await mergeOrganization({ actor: admin, organizationId: merged!.id, version: 1, targetId: kept!.id, mergedOn: new Date('2026-01-01T00:00:00Z') });
    expect(await pathIdsOf(child.id)).toEqual([...top.pathIds, kept!.id, child.id]);
    expect((await database.task.findUniqueOrThrow({ where: { id: task.id }, select: { unitPathIds: true } })).unitPathIds).toEqual([...top.pathIds, kept!.id, child.id].sort());
    await expectEveryPathRight();
  });

  // Two connections at once: the embedded database serves one at a time (PostgreSQL runs only).
  it.runIf(process.env.TEST_DB_KIND === 'postgres')('give a task written while its unit moves the paths after the move', async () => {
    const second = createDatabaseClient({ connectionString: demo.url, poolMax: 1 });
    try {
      const top = await database.organization.findFirstOrThrow({ where: { parentId: null }, select: { id: true } });
      const [from, to] = await Promise.all(['Đảng bộ bộ phận đi', 'Đảng bộ bộ phận đến'].map((name) =>
        database.organization.create({ data: { name, kind: 'PARTIAL_COMMITTEE', parentId: top.id }, select: { id: true } })));
      const cell = await database.organization.create({ data: { name: 'Chi bộ chuyển đi', kind: 'CELL', parentId: from!.id }, select: { id: true } });
      const term = await database.term.findFirstOrThrow({ select: { id: true } });
      let moved!: () => void;
      const movedButNotCommitted = new Promise<void>((resolve) => (moved = resolve));
      let written = false;
      // The move, as lib/server/organizations/move-organization.ts makes it, held open while the task is written.
      const move = database.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('organization-tree'))`;
        await tx.organization.update({ where: { id: cell.id }, data: { parentId: to!.id } });
        moved();
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(written).toBe(false); // the task's write waits for the move
      }, { timeout: 10_000 });
      await movedButNotCommitted;
      const task = second.task
        .create({ data: { title: 'Nhiệm vụ viết lúc chuyển', termId: term.id, ownerOrganizationId: cell.id }, select: { id: true } })
        .then((created) => { written = true; return created; });
      await Promise.all([move, task]);
      const { unitPathIds } = await database.task.findUniqueOrThrow({ where: { id: (await task).id }, select: { unitPathIds: true } });
      expect(unitPathIds).toEqual([top.id, to!.id, cell.id].sort());
      await expectEveryPathRight();
    } finally {
      await second.$disconnect();
    }
  });

  it('scope by the tops of the actor’s subtrees exactly as by every organisation in them, for every kind of reader', async () => {
    const [office, welfare] = await Promise.all(['Chi bộ Văn phòng', 'Chi bộ Phòng BTXH'].map((shortName) => database.organization.findFirstOrThrow({ where: { shortName }, select: { id: true } })));
    const oanh = await database.member.findFirstOrThrow({ where: { fullName: 'Dương Thị Kim Oanh' }, select: { id: true } });
    // The secretary of two cells (two roots), who attends in a third way too.
    await database.user.create({
      data: { memberId: oanh.id, username: 'thuky-chibo', passwordHash: 'x', roles: { create: [{ role: 'SECRETARY', organizationId: office!.id }, { role: 'SECRETARY', organizationId: welfare!.id }, { role: 'ATTENDEE', organizationId: office!.id }] } },
    });
    const actors = await Promise.all(['quantri', 'vanphong', 'daibieu', 'thuky-chibo'].map((username) => demo.actorFor(username)));
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    for (const actor of actors) {
      const managed = { in: actor.managedOrganizationIds };
      const byList = {
        conferences: { OR: [{ hostOrganizationId: managed }, { status: { not: 'DRAFT' as const }, invitees: { some: { memberId: actor.memberId } } }] },
        tasks: { OR: [{ unitIds: { hasSome: [...actor.managedOrganizationIds, actor.organizationId] } }, { responsibleMemberId: actor.memberId }] },
        reportable: { OR: [{ ownerOrganizationId: { in: [...actor.managedOrganizationIds, actor.organizationId] } }, { responsibleMemberId: actor.memberId }] },
      };
      const label = (what: string) => `${what} of ${actor.name}`;
      expect(ids(await database.conference.findMany({ where: conferenceScope(actor), select: { id: true } })), label('conferences')).toEqual(ids(await database.conference.findMany({ where: byList.conferences, select: { id: true } })));
      expect(ids(await database.plan.findMany({ where: planScope(actor), select: { id: true } })), label('plans')).toEqual(ids(await database.plan.findMany({ where: { issuerId: managed }, select: { id: true } })));
      expect(ids(await database.resolution.findMany({ where: resolutionScope(actor), select: { id: true } })), label('resolutions')).toEqual(ids(await database.resolution.findMany({ where: { organizationId: managed }, select: { id: true } })));
      expect(ids(await database.member.findMany({ where: memberScope(actor), select: { id: true } })), label('members')).toEqual(ids(await database.member.findMany({ where: { organizationId: managed }, select: { id: true } })));
      expect(ids(await database.task.findMany({ where: taskScope(actor), select: { id: true } })), label('tasks')).toEqual(ids(await database.task.findMany({ where: byList.tasks, select: { id: true } })));
      expect(ids(await database.task.findMany({ where: managedTaskScope(actor), select: { id: true } })), label('managed tasks')).toEqual(ids(await database.task.findMany({ where: { ownerOrganizationId: managed }, select: { id: true } })));
      expect(ids(await database.task.findMany({ where: reportableTaskScope(actor), select: { id: true } })), label('reportable tasks')).toEqual(ids(await database.task.findMany({ where: byList.reportable, select: { id: true } })));
    }
    // Not vacuous: the readers differ, and the secretary of two cells manages fewer people than the office.
    const [, secretary, attendee, cellSecretary] = actors as [Actor, Actor, Actor, Actor];
    expect(cellSecretary.managingRootIds).toHaveLength(2);
    const taskCount = (actor: Actor) => database.task.count({ where: taskScope(actor) });
    expect(await taskCount(attendee)).toBeGreaterThan(0);
    expect(await taskCount(attendee)).toBeLessThan(await taskCount(secretary));
    const memberCount = (actor: Actor) => database.member.count({ where: memberScope(actor) });
    expect(await memberCount(cellSecretary)).toBeGreaterThan(0);
    expect(await memberCount(cellSecretary)).toBeLessThan(await memberCount(secretary));
  });
});
