import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { createDatabaseClient, type Database } from '../../lib/db/create-client.ts';
import { taskFiltersSchema } from '../../lib/schemas/task-filters.ts';
import { findTasks } from '../../lib/server/tasks/find-tasks.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

let testDb: TestDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;

const filters = (params: Record<string, string> = {}) => taskFiltersSchema.parse(params);

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  process.env.DATABASE_POOL_MAX = '1';
  database = createDatabaseClient({ connectionString: testDb.url, poolMax: 1 });
  for (const [username, assign] of [['vanphong', (actor: Actor) => (secretary = actor)], ['daibieu', (actor: Actor) => (attendee = actor)]] as const) {
    const user = await database.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    assign((await loadActor(user.id))!);
  }
});

afterAll(async () => {
  await database?.$disconnect();
  const { db } = await import('../../lib/db/client.ts');
  await db().$disconnect();
  await testDb?.drop();
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
