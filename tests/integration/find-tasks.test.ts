import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { TASK_PAGE_SIZE, taskFiltersSchema } from '../../lib/schemas/task-filters.ts';
import { findTasks, TASK_COUNT_CAP } from '../../lib/server/tasks/find-tasks.ts';
import { getTaskFilterOptions } from '../../lib/server/tasks/get-task-filter-options.ts';
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
    expect(page).toMatchObject({ total: 4, capped: false, page: 2, pageCount: 1, hasNext: false, rows: [] });
  });

  it('counts up to 1,000 and then says "more than", still paging on', async () => {
    const template = await database.task.findFirstOrThrow({ select: { termId: true, ownerOrganizationId: true } });
    await database.task.createMany({
      data: Array.from({ length: TASK_COUNT_CAP + 50 }, (_, index) => ({ ...template, title: `Nhiệm vụ số ${index + 1}`, dueDate: new Date(Date.UTC(2024, 0, 1 + (index % 365))) })),
    });
    const all = TASK_COUNT_CAP + 50 + 4; // the demo's four directions too
    const first = await findTasks({ actor: secretary, filters: filters(), today: '2026-11-25' });
    expect(first).toMatchObject({ total: TASK_COUNT_CAP, capped: true, pageCount: null, hasNext: true });
    expect(first.rows).toHaveLength(TASK_PAGE_SIZE);
    // The first page past the cap: the rows are still there, and so is the way on.
    const beyond = await findTasks({ actor: secretary, filters: filters({ page: String(TASK_COUNT_CAP / TASK_PAGE_SIZE + 1) }), today: '2026-11-25' });
    expect(beyond.rows).toHaveLength(TASK_PAGE_SIZE);
    expect(beyond.hasNext).toBe(true);
    const lastPage = Math.ceil(all / TASK_PAGE_SIZE);
    const last = await findTasks({ actor: secretary, filters: filters({ page: String(lastPage) }), today: '2026-11-25' });
    expect(last).toMatchObject({ hasNext: false });
    expect(last.rows).toHaveLength(all - (lastPage - 1) * TASK_PAGE_SIZE);
    await database.task.deleteMany({ where: { title: { startsWith: 'Nhiệm vụ số ' } } });
  });
});

describe('the task list’s filter choices', () => {
  it('offers the units of the actor’s scope, and people only of the chosen unit (or the chosen person)', async () => {
    const options = await getTaskFilterOptions({ actor: secretary });
    const units = await database.organization.findMany({ where: { id: { in: [...secretary.managedOrganizationIds, secretary.organizationId] } }, select: { id: true } });
    expect(options.owners.map((owner) => owner.id).sort()).toEqual(units.map((unit) => unit.id).sort());
    expect(options.people).toEqual([]);
    expect(options.plans.map((plan) => plan.officialNumber)).toContain('274-KH/ĐUSLĐTBXH');

    const cell = await database.organization.findFirstOrThrow({ where: { shortName: 'Chi bộ Phòng LĐ-VL' }, select: { id: true } });
    const ofCell = await getTaskFilterOptions({ actor: secretary, ownerId: cell.id });
    expect(ofCell.people.map((person) => person.fullName)).toEqual(['Võ Minh Khoa']);
    const khoa = ofCell.people[0]!;
    expect((await getTaskFilterOptions({ actor: secretary, personId: khoa.id })).people).toEqual([khoa]);
  });

  it('gives an attendee his own unit and no plans (plans are the office’s)', async () => {
    const options = await getTaskFilterOptions({ actor: attendee });
    expect(options.owners.map((owner) => owner.id)).toEqual([attendee.organizationId]);
    expect(options.plans).toEqual([]);
    expect(options.targets.length).toBeGreaterThan(0);
  });
});
