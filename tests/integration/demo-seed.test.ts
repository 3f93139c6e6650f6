import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/db/create-client.ts';
import { seedDemo } from '../../prisma/seed/seed-demo.ts';
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

async function rowCounts(): Promise<Record<string, number>> {
  const rows = await database.$queryRaw<{ table_name: string; count: bigint }[]>`
    SELECT table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text::bigint AS count
    FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return Object.fromEntries(rows.map((row) => [row.table_name, Number(row.count)]));
}

describe('the demo seed', () => {
  it('loads the reference conference as the report describes it', async () => {
    const plan = await database.plan.findFirstOrThrow({
      where: { officialNumber: '274-KH/ĐUSLĐTBXH' },
      select: { issuedOn: true, issuer: { select: { symbol: true } }, conferences: { select: { id: true, startsAt: true } } },
    });
    expect(plan.issuedOn.toISOString().slice(0, 10)).toBe('2023-03-13');
    expect(plan.issuer.symbol).toBe('ĐUSLĐTBXH');
    expect(plan.conferences).toHaveLength(1);
    expect(plan.conferences[0]!.startsAt.toISOString()).toBe('2023-07-31T00:30:00.000Z');

    const conferenceId = plan.conferences[0]!.id;
    expect(await database.agendaItem.count({ where: { conferenceId } })).toBe(6);
    expect(await database.invitee.count({ where: { conferenceId } })).toBe(25);
    expect(await database.invitation.count({ where: { conferenceId } })).toBe(4);
    expect(await database.conclusion.count({ where: { conferenceId, publishedAt: { not: null } } })).toBe(4);
    expect(await database.task.count({ where: { conclusion: { conferenceId } } })).toBe(4);

    const workers = await database.targetResult.findFirstOrThrow({
      where: { target: { name: { contains: 'nước ngoài' } } },
      select: { value: true, parts: { select: { value: true } } },
    });
    expect(workers.value.toNumber()).toBe(357);
    expect(workers.parts.reduce((sum, part) => sum + part.value.toNumber(), 0)).toBe(343);
  });

  it('a person invited by several routes is one invitee linked to each route', async () => {
    // Võ Minh Khoa sits on the executive committee and chairs his cell's committee.
    const invitee = await database.invitee.findFirstOrThrow({
      where: { member: { fullName: 'Võ Minh Khoa' } },
      select: { invitations: { select: { kind: true } } },
    });
    expect(invitee.invitations.map((invitation) => invitation.kind).sort()).toEqual(['CELL_COMMITTEES', 'COMMITTEE']);
  });

  it('changes nothing when run again', async () => {
    const before = await rowCounts();
    expect(await seedDemo(database)).toBe('demo-present');
    expect(await rowCounts()).toEqual(before);
  });

  it('leaves a database with an office’s own data alone, even without the demo plan', async () => {
    // Without the demo plan (what the demo check looks for) the rest is "an office's data".
    const demoPlan = { plan: { officialNumber: '274-KH/ĐUSLĐTBXH' } };
    await database.conference.updateMany({ where: demoPlan, data: { planId: null } });
    await database.task.updateMany({ where: demoPlan, data: { planId: null } });
    await database.plan.deleteMany({ where: { officialNumber: '274-KH/ĐUSLĐTBXH' } });
    const before = await rowCounts();
    expect(await seedDemo(database)).toBe('not-empty');
    expect(await rowCounts()).toEqual(before);
  });
});
