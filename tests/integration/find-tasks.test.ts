import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { taskFiltersSchema } from '../../lib/schemas/task-filters.ts';
import { findTasks } from '../../lib/server/tasks/find-tasks.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;

const filters = (params: Record<string, string> = {}) => taskFiltersSchema.parse(params);

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await demo.actorFor('vanphong');
  attendee = await demo.actorFor('daibieu');
});

afterAll(async () => {
  await demo?.close();
});

describe('the task list', () => {
  it('derives overdue from the due date and today, never from a stored flag', async () => {
    const before = await findTasks({ actor: secretary, filters: filters({ overdue: '1' }), today: '2025-12-31' });
    expect(before.total).toBe(0);
    const after = await findTasks({ actor: secretary, filters: filters({ overdue: '1' }), today: '2026-01-01' });
    // The four directions are due 31/12/2025; one of them is done.
    expect(after.total).toBe(3);
    expect(after.rows.every((task) => task.status !== 'DONE')).toBe(true);
  });

  it('filters by owner (including co-owners), person, status and due range together', async () => {
    const owner = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Phòng Bảo trợ xã hội' }, select: { id: true } });
    const coOwned = await findTasks({ actor: secretary, filters: filters({ ownerId: owner.id }), today: '2026-11-25' });
    expect(coOwned.rows.map((task) => task.title)).toEqual(['Chăm lo người có công, giảm nghèo bền vững và bảo đảm an sinh xã hội']);
    const person = await database.member.findFirstOrThrow({ where: { fullName: 'Võ Minh Khoa' }, select: { id: true } });
    expect((await findTasks({ actor: secretary, filters: filters({ personId: person.id, status: 'IN_PROGRESS' }), today: '2026-11-25' })).total).toBe(1);
    expect((await findTasks({ actor: secretary, filters: filters({ dueFrom: '2026-01-01' }), today: '2026-11-25' })).total).toBe(0);
  });

  it('shows an attendee only the tasks of his unit', async () => {
    const page = await findTasks({ actor: attendee, filters: filters(), today: '2026-11-25' });
    expect(page.rows.map((task) => task.ownerOrganization.shortName)).toEqual(['Chi bộ Phòng LĐ-VL']);
  });

  it('drops malformed filters from a hand-edited link instead of failing', () => {
    expect(filters({ ownerId: 'not-a-uuid', page: '-3', sort: 'drop table', overdue: 'yes' })).toEqual({ sort: 'due', page: 1 });
  });

  it('pages in the database with a stable order', async () => {
    const page = await findTasks({ actor: secretary, filters: filters({ sort: 'title', page: '2' }), today: '2026-11-25' });
    expect(page).toMatchObject({ total: 4, page: 2, pageCount: 1, rows: [] });
  });
});
