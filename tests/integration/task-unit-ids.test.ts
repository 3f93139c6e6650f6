// Task.unitIds (the owner, then the co-owners) is kept by the database's triggers, whatever writes: the
// task scope and the owner filter read only it, so it must follow every change of owner and co-owners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/db/create-client.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let units: string[];

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  units = (await database.organization.findMany({ where: { kind: 'CELL' }, orderBy: { id: 'asc' }, take: 3, select: { id: true } })).map((unit) => unit.id);
});

afterAll(async () => {
  await demo?.close();
});

const unitIdsOf = async (taskId: string) => (await database.task.findUniqueOrThrow({ where: { id: taskId }, select: { unitIds: true } })).unitIds;

describe('Task.unitIds', () => {
  it('holds every demo task’s owner and co-owners after the migration', async () => {
    const tasks = await database.task.findMany({ select: { ownerOrganizationId: true, unitIds: true, coOwners: { select: { organizationId: true } } } });
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(task.unitIds).toEqual([task.ownerOrganizationId, ...task.coOwners.map((coOwner) => coOwner.organizationId).sort()]);
    }
  });

  it('follows the owner and the co-owners through inserts, updates and deletes, and ignores a value written by hand', async () => {
    const [first, second, third] = units as [string, string, string];
    const template = await database.task.findFirstOrThrow({ select: { termId: true } });
    const task = await database.task.create({
      data: { title: 'Nhiệm vụ thử đơn vị', termId: template.termId, ownerOrganizationId: first, unitIds: [third], coOwners: { create: [{ organizationId: second }] } },
      select: { id: true },
    });
    expect(await unitIdsOf(task.id)).toEqual([first, second]);

    await database.taskCoOwner.create({ data: { taskId: task.id, organizationId: third } });
    expect(await unitIdsOf(task.id)).toEqual([first, ...[second, third].sort()]);

    await database.task.update({ where: { id: task.id }, data: { ownerOrganizationId: third } });
    await database.taskCoOwner.delete({ where: { taskId_organizationId: { taskId: task.id, organizationId: third } } });
    expect(await unitIdsOf(task.id)).toEqual([third, second]);

    await database.taskCoOwner.updateMany({ where: { taskId: task.id }, data: { organizationId: first } });
    expect(await unitIdsOf(task.id)).toEqual([third, first]);

    // A hand-written value is replaced by the truth.
    await database.task.update({ where: { id: task.id }, data: { unitIds: [second] } });
    expect(await unitIdsOf(task.id)).toEqual([third, first]);

    await database.task.delete({ where: { id: task.id } });
    expect(await database.taskCoOwner.count({ where: { taskId: task.id } })).toBe(0);
  });
});
