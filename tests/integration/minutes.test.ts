import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import type { ConferenceStatus } from '../../lib/db/generated/prisma/enums.ts';
import { saveMinutesSchema } from '../../lib/schemas/minutes.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { getMinutes } from '../../lib/server/minutes/get-minutes.ts';
import { saveMinutes } from '../../lib/server/minutes/save-minutes.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let admin: Actor;
let attendee: Actor;
let departmentId: string;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

/** A conference of the department at the given stage (the status buttons are another feature's). */
async function conferenceAt(status: ConferenceStatus): Promise<string> {
  const { id } = await database.conference.create({
    data: {
      kind: 'REGULAR', title: `Hội nghị thường kỳ (${status})`, status, hostOrganizationId: departmentId,
      startsAt: new Date('2026-11-20T07:30:00+07:00'), endsAt: new Date('2026-11-20T11:00:00+07:00'),
    },
    select: { id: true },
  });
  return id;
}

function minutesInput(conferenceId: string, version: number, overrides: Record<string, string> = {}) {
  return saveMinutesSchema.parse({
    conferenceId, version: String(version),
    opening: 'Đồng chí Phạm Thị Thu Trang tuyên bố lý do, giới thiệu đại biểu.\nHội nghị thông qua chương trình.',
    reports: 'Đồng chí Bí thư trình bày báo cáo sơ kết.', discussion: '', closing: '', ...overrides,
  });
}

const counts = async () => ({ minutes: await database.minutes.count(), audit: await database.auditLog.count() });

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await actorFor('vanphong');
  admin = await actorFor('quantri');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('the minutes form schema', () => {
  it('keeps line breaks, turns blank sections into null and needs the loaded version', () => {
    const parsed = minutesInput(crypto.randomUUID(), 0, { discussion: '   ' });
    expect(parsed.opening).toContain('\n');
    expect(parsed.discussion).toBeNull();
    expect(saveMinutesSchema.safeParse({ conferenceId: crypto.randomUUID(), opening: 'x' }).success).toBe(false);
  });
});

describe('writing the minutes', () => {
  it('writes the first minutes of a held conference with its audit row, in sections', async () => {
    const conferenceId = await conferenceAt('HELD');
    const before = await counts();
    const { id } = await saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 0) });
    expect(await counts()).toEqual({ minutes: before.minutes + 1, audit: before.audit + 1 });
    expect(await database.minutes.findUniqueOrThrow({ where: { id } })).toMatchObject({
      conferenceId, version: 1, discussion: null,
      opening: 'Đồng chí Phạm Thị Thu Trang tuyên bố lý do, giới thiệu đại biểu.\nHội nghị thông qua chương trình.',
    });
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'Minutes', entityId: id } });
    expect(audit).toMatchObject({ action: 'minutes.create', actorUserId: secretary.userId });

    const page = await getMinutes({ actor: secretary, conferenceId });
    expect(page).toMatchObject({ canWriteMinutes: true, minutes: { version: 1 } });
  });

  it('may still finish the minutes after the conclusions (CONCLUDED)', async () => {
    const conferenceId = await conferenceAt('CONCLUDED');
    await expect(saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 0) })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('refuses minutes before the conference is held, and writes nothing', async () => {
    for (const status of ['DRAFT', 'SCHEDULED'] as const) {
      const conferenceId = await conferenceAt(status);
      const before = await counts();
      await expect(saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 0) })).rejects.toMatchObject({ messageKey: 'minutes.notHeld' });
      expect(await counts()).toEqual(before);
    }
  });

  it('refuses to change the minutes of a closed conference, and changes nothing', async () => {
    const conferenceId = await conferenceAt('HELD');
    await saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 0) });
    await database.conference.update({ where: { id: conferenceId }, data: { status: 'CLOSED' } });
    const before = await counts();
    const error = await saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 1, { opening: 'Sửa sau khi đóng' }) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'minutes.closed' });
    expect(await counts()).toEqual(before);
    expect((await database.minutes.findUniqueOrThrow({ where: { conferenceId } })).opening).not.toBe('Sửa sau khi đóng');
  });

  it('a stale edit is refused naming who changed the minutes, and nothing is written', async () => {
    const conferenceId = await conferenceAt('HELD');
    await saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 0) });
    // Both open the form at version 1; the admin saves first.
    await saveMinutes({ actor: admin, ...minutesInput(conferenceId, 1, { discussion: 'Ý kiến của đồng chí Trưởng phòng.' }) });
    const before = await counts();
    const error = await saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 1, { discussion: 'Bản cũ' }) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ entity: 'Minutes', changedBy: 'Lê Thị Hồng Nhung' });
    expect(await counts()).toEqual(before);
    expect(await database.minutes.findUniqueOrThrow({ where: { conferenceId } })).toMatchObject({ discussion: 'Ý kiến của đồng chí Trưởng phòng.', version: 2 });
  });

  it('two first saves: the second is told who wrote the minutes meanwhile, not silently overwritten', async () => {
    const conferenceId = await conferenceAt('HELD');
    await saveMinutes({ actor: admin, ...minutesInput(conferenceId, 0, { closing: 'Bản của quản trị' }) });
    const before = await counts();
    await expect(saveMinutes({ actor: secretary, ...minutesInput(conferenceId, 0, { closing: 'Bản của văn phòng' }) })).rejects.toMatchObject({
      name: 'StaleRecordError', changedBy: 'Lê Thị Hồng Nhung',
    });
    expect(await counts()).toEqual(before);
    expect((await database.minutes.findUniqueOrThrow({ where: { conferenceId } })).closing).toBe('Bản của quản trị');
  });

  it('refuses an attendee before touching the database, even for a conference he is invited to', async () => {
    const conference = await database.conference.findFirstOrThrow({ where: { invitees: { some: { memberId: attendee.memberId } } }, select: { id: true } });
    const before = await counts();
    await expect(saveMinutes({ actor: attendee, ...minutesInput(conference.id, 1) })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(getMinutes({ actor: attendee, conferenceId: conference.id })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
  });

  it('a conference outside the secretary’s organisations is not found', async () => {
    const block = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } });
    const { id } = await database.conference.create({
      data: { kind: 'REGULAR', title: 'Hội nghị của Đảng ủy Khối', status: 'HELD', hostOrganizationId: block.id, startsAt: new Date('2026-11-21T07:30:00+07:00'), endsAt: new Date('2026-11-21T09:00:00+07:00') },
    });
    const before = await counts();
    await expect(saveMinutes({ actor: secretary, ...minutesInput(id, 0) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMinutes({ actor: secretary, conferenceId: id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});
