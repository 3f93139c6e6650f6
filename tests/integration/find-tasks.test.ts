import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { RECENT_CHOICES, TASK_PAGE_SIZE, taskFiltersSchema } from '../../lib/schemas/task-filters.ts';
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

  it('counts up to TASK_COUNT_CAP (250) and then says "more than", still paging on', async () => {
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
  it('offers the tops of the actor’s tree and the units under them, opening down to the chosen one; people only of the chosen unit', async () => {
    const options = await getTaskFilterOptions({ actor: secretary });
    const department = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });
    const under = await database.organization.findMany({ where: { parentId: department.id }, select: { id: true } });
    expect(options.owners[0]).toMatchObject({ id: department.id, depth: 0 });
    expect(options.owners.slice(1).map((owner) => owner.id).sort()).toEqual(under.map((unit) => unit.id).sort());
    expect(options.owners.slice(1).every((owner) => owner.depth === 1)).toBe(true);
    // The school's cells are one level further down: offered once the school is chosen, right under it.
    const school = await database.organization.findFirstOrThrow({ where: { kind: 'PARTIAL_COMMITTEE', parentId: department.id }, select: { id: true } });
    const schoolCells = await database.organization.findMany({ where: { parentId: school.id }, select: { id: true } });
    expect(schoolCells.length).toBeGreaterThan(0);
    expect(options.owners.map((owner) => owner.id)).not.toContain(schoolCells[0]!.id);
    const opened = (await getTaskFilterOptions({ actor: secretary, ownerId: school.id })).owners;
    const at = opened.findIndex((owner) => owner.id === school.id);
    expect(opened.slice(at + 1, at + 1 + schoolCells.length).map((owner) => [owner.id, owner.depth]).sort()).toEqual(schoolCells.map((cell) => [cell.id, 2]).sort());
    expect(options.people).toEqual([]);
    expect(options.plans.map((plan) => plan.officialNumber)).toContain('274-KH/ĐUSLĐTBXH');

    const cell = await database.organization.findFirstOrThrow({ where: { shortName: 'Chi bộ Phòng LĐ-VL' }, select: { id: true } });
    const ofCell = await getTaskFilterOptions({ actor: secretary, ownerId: cell.id });
    expect(ofCell.people.map((person) => person.fullName)).toEqual(['Võ Minh Khoa']);
    const khoa = ofCell.people[0]!;
    expect((await getTaskFilterOptions({ actor: secretary, personId: khoa.id })).people).toEqual([khoa]);
  });

  it('offers the 30 most recent conferences with tasks, those of the chosen plan, and always the chosen one', async () => {
    const reference = await database.conference.findFirstOrThrow({ where: { title: { startsWith: 'Hội nghị sơ kết' } }, select: { id: true, planId: true, hostOrganizationId: true } });
    expect((await getTaskFilterOptions({ actor: secretary })).moreConferences).toBe(false);
    // Thirty-one later conferences, each with a conclusion and a task.
    const term = await database.term.findFirstOrThrow({ select: { id: true } });
    for (let index = 1; index <= RECENT_CHOICES + 1; index++) {
      const startsAt = new Date(Date.UTC(2024, 0, index, 1));
      await database.conference.create({
        data: {
          kind: 'REGULAR', title: `Giao ban số ${index}`, status: 'CONCLUDED', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), hostOrganizationId: reference.hostOrganizationId,
          conclusions: { create: { number: 1, content: 'Kết luận', publishedAt: startsAt, tasks: { create: { title: `Việc của giao ban ${index}`, termId: term.id, ownerOrganizationId: reference.hostOrganizationId } } } },
        },
      });
    }
    const recent = await getTaskFilterOptions({ actor: secretary });
    expect(recent.conferences).toHaveLength(RECENT_CHOICES);
    expect(recent.moreConferences).toBe(true);
    expect(recent.conferences[0]?.title).toBe(`Giao ban số ${RECENT_CHOICES + 1}`);
    expect(recent.conferences.map((conference) => conference.id)).not.toContain(reference.id);
    // Chosen, it is offered (first) even though it is older than the thirty.
    expect((await getTaskFilterOptions({ actor: secretary, conferenceId: reference.id })).conferences[0]?.id).toBe(reference.id);
    // With its plan chosen, the plan's conferences only.
    expect((await getTaskFilterOptions({ actor: secretary, planId: reference.planId! })).conferences.map((conference) => conference.id)).toEqual([reference.id]);
    await database.task.deleteMany({ where: { title: { startsWith: 'Việc của giao ban' } } });
    await database.conclusion.deleteMany({ where: { conference: { title: { startsWith: 'Giao ban số' } } } });
    await database.conference.deleteMany({ where: { title: { startsWith: 'Giao ban số' } } });
  });

  it('gives an attendee his own unit and no plans (plans are the office’s)', async () => {
    const options = await getTaskFilterOptions({ actor: attendee });
    expect(options.owners.map((owner) => owner.id)).toEqual([attendee.organizationId]);
    expect(options.plans).toEqual([]);
    expect(options.targets.length).toBeGreaterThan(0);
  });
});
