// lib/auth/scope-sql.ts restates lib/auth/scope.ts in SQL for the search and the dashboard's counts: for
// every kind of reader they must select exactly the rows Prisma's conditions select, co-owned and
// personally assigned tasks included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { conferenceScope, managedOrganizationScope, managedTaskScope, memberScope, planScope, taskScope } from '../../lib/auth/scope.ts';
import { conclusionScopeSql, conferenceScopeSql, managedTaskScopeSql, memberScopeSql, planScopeSql, taskScopeSql } from '../../lib/auth/scope-sql.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { Prisma } from '../../lib/db/generated/prisma/client.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let actors: Actor[];

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  const organization = async (shortName: string) => (await database.organization.findFirstOrThrow({ where: { shortName }, select: { id: true } })).id;
  const member = async (fullName: string) => (await database.member.findFirstOrThrow({ where: { fullName }, select: { id: true } })).id;
  const [term, labour, welfare, office, khoa, oanh] = await Promise.all([
    database.term.findFirstOrThrow({ select: { id: true } }),
    organization('Chi bộ Phòng LĐ-VL'), organization('Chi bộ Phòng BTXH'), organization('Chi bộ Văn phòng'),
    member('Võ Minh Khoa'), member('Dương Thị Kim Oanh'),
  ]);
  // Tasks that reach a reader only one way each: as responsible person, as co-owner, or not at all.
  const task = (title: string, ownerOrganizationId: string, responsibleMemberId: string | null, coOwners: string[] = []) =>
    database.task.create({ data: { title, termId: term.id, ownerOrganizationId, responsibleMemberId, coOwners: { create: coOwners.map((organizationId) => ({ organizationId })) } } });
  await task('Của Phòng BTXH, Khoa phụ trách', welfare, khoa);
  await task('Của Phòng BTXH, Phòng LĐ-VL và Văn phòng phối hợp', welfare, null, [labour, office]);
  await task('Của Phòng BTXH, không liên quan', welfare, null);
  await database.user.create({ data: { memberId: oanh, username: 'thuky-vanphong', passwordHash: 'x', roles: { create: { role: 'SECRETARY', organizationId: office } } } });
  actors = await Promise.all(['quantri', 'vanphong', 'daibieu', 'thuky-vanphong'].map((username) => demo.actorFor(username)));
});

afterAll(async () => {
  await demo?.close();
});

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
const sqlIds = async (query: Prisma.Sql) => ids(await database.$queryRaw<{ id: string }[]>(query));

describe('the scope in SQL', () => {
  it('selects exactly what lib/auth/scope.ts selects, for the admin, the secretary, an attendee and a cell secretary', async () => {
    for (const actor of actors) {
      expect(await sqlIds(Prisma.sql`SELECT p.id::text AS id FROM "Plan" p WHERE ${planScopeSql(actor)}`)).toEqual(ids(await database.plan.findMany({ where: planScope(actor), select: { id: true } })));
      expect(await sqlIds(Prisma.sql`SELECT c.id::text AS id FROM "Conference" c WHERE ${conferenceScopeSql(actor)}`)).toEqual(ids(await database.conference.findMany({ where: conferenceScope(actor), select: { id: true } })));
      expect(await sqlIds(Prisma.sql`SELECT t.id::text AS id FROM "Task" t WHERE ${taskScopeSql(actor)}`)).toEqual(ids(await database.task.findMany({ where: taskScope(actor), select: { id: true } })));
      expect(await sqlIds(Prisma.sql`SELECT t.id::text AS id FROM "Task" t WHERE ${managedTaskScopeSql(actor)}`)).toEqual(ids(await database.task.findMany({ where: managedTaskScope(actor), select: { id: true } })));
      expect(await sqlIds(Prisma.sql`SELECT m.id::text AS id FROM "Member" m WHERE ${memberScopeSql(actor)}`)).toEqual(ids(await database.member.findMany({ where: { AND: [memberScope(actor), { deactivatedAt: null }] }, select: { id: true } })));
      expect(await sqlIds(Prisma.sql`SELECT k.id::text AS id FROM "Conclusion" k JOIN "Conference" c ON c.id = k."conferenceId" WHERE ${conclusionScopeSql(actor)}`)).toEqual(
        ids(await database.conclusion.findMany({
          where: { conference: conferenceScope(actor), OR: [{ publishedAt: { not: null } }, { conference: { hostOrganization: managedOrganizationScope(actor) } }] },
          select: { id: true },
        })),
      );
    }
  });

  it('reaches the tasks each reader may see, and only those', async () => {
    const [, secretary, attendee, cellSecretary] = actors as [Actor, Actor, Actor, Actor];
    const titles = async (actor: Actor) =>
      (await database.$queryRaw<{ title: string }[]>(Prisma.sql`SELECT t.title FROM "Task" t WHERE t.title LIKE 'Của Phòng BTXH%' AND ${taskScopeSql(actor)} ORDER BY t.title`)).map((row) => row.title);
    expect(await titles(secretary)).toHaveLength(3);
    // Khoa (the attendee) of the labour cell: responsible for one, his cell co-owns another.
    expect(await titles(attendee)).toEqual(['Của Phòng BTXH, Khoa phụ trách', 'Của Phòng BTXH, Phòng LĐ-VL và Văn phòng phối hợp']);
    expect(await titles(cellSecretary)).toEqual(['Của Phòng BTXH, Phòng LĐ-VL và Văn phòng phối hợp']);
  });
});
