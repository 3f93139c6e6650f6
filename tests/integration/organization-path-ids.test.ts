// Organization.pathIds (the organisations from the top down to itself) and Task.unitPathIds (the paths
// of the task's units) are kept by the database's triggers, whatever writes: every scope reads them
// (lib/auth/scope.ts), so they must follow inserts and moves down the whole subtree, and a scope by the
// tops of the actor's subtrees must select exactly what a scope by every organisation in them selects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { conferenceScope, managedTaskScope, memberScope, planScope, reportableTaskScope, resolutionScope, taskScope } from '../../lib/auth/scope.ts';
import type { Database } from '../../lib/db/create-client.ts';
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
  });

  it('scope by the tops of the actor’s subtrees exactly as by every organisation in them, for every kind of reader', async () => {
    const office = await database.organization.findFirstOrThrow({ where: { shortName: 'Chi bộ Văn phòng' }, select: { id: true } });
    const oanh = await database.member.findFirstOrThrow({ where: { fullName: 'Dương Thị Kim Oanh' }, select: { id: true } });
    await database.user.create({ data: { memberId: oanh.id, username: 'thuky-chibo', passwordHash: 'x', roles: { create: { role: 'SECRETARY', organizationId: office.id } } } });
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
    // Not vacuous: the readers differ, and the cell secretary sees less than the office.
    const [, secretary, , cellSecretary] = actors as [Actor, Actor, Actor, Actor];
    const taskCount = (actor: Actor) => database.task.count({ where: taskScope(actor) });
    expect(await taskCount(cellSecretary)).toBeGreaterThan(0);
    expect(await taskCount(cellSecretary)).toBeLessThan(await taskCount(secretary));
  });
});
