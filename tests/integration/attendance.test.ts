import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import type { ConferenceStatus } from '../../lib/db/generated/prisma/enums.ts';
import { recordAttendanceSchema, type AttendanceChange } from '../../lib/schemas/attendance.ts';
import { addInvitationSchema } from '../../lib/schemas/invitation.ts';
import { getAttendanceRegister } from '../../lib/server/attendance/get-attendance-register.ts';
import { recordAttendance } from '../../lib/server/attendance/record-attendance.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { addInvitation } from '../../lib/server/invitations/add-invitation.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;
let departmentId: string;
let blockId: string;
let executiveId: string;

const DAY = 24 * 60 * 60 * 1000;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

/**
 * A scheduled meeting of the department's executive committee (9 seats) to which the committee, the
 * cell committees and one delegate are invited: 21 invitees. Made directly, not through the conference form.
 */
async function invitedConference(): Promise<string> {
  const startsAt = new Date(Date.now() + 7 * DAY);
  const { id } = await database.conference.create({
    data: {
      kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành Đảng bộ Sở thường kỳ', status: 'SCHEDULED', startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
      hostOrganizationId: departmentId, quorumCommitteeId: executiveId,
    },
    select: { id: true },
  });
  const invite = (fields: Record<string, unknown>) => addInvitation({ actor: secretary, ...addInvitationSchema.parse({ conferenceId: id, ...fields }) });
  await invite({ kind: 'COMMITTEE', committeeId: executiveId });
  await invite({ kind: 'CELL_COMMITTEES', organizationId: departmentId });
  await invite({ kind: 'DELEGATION', organizationId: blockId, guestName: 'Trần Minh Tâm', guestTitle: 'Phó Bí thư Đảng ủy Khối' });
  return id;
}

async function setStatus(conferenceId: string, status: ConferenceStatus) {
  await database.conference.update({ where: { id: conferenceId }, data: { status } });
}

/** The register rows of a conference keyed by name, for building changes. */
async function rowsByName(conferenceId: string) {
  const rows = await database.invitee.findMany({
    where: { conferenceId },
    select: { id: true, version: true, guestName: true, member: { select: { fullName: true, seats: { where: { committeeId: executiveId }, select: { id: true } } } } },
  });
  return rows.map((row) => ({ id: row.id, version: row.version, name: row.member?.fullName ?? row.guestName ?? '', executive: (row.member?.seats.length ?? 0) > 0 }));
}

function change(row: { id: string; version: number }, status: AttendanceChange['status'], note: string | null = null): AttendanceChange {
  return { inviteeId: row.id, version: row.version, status, note };
}

async function register(conferenceId: string) {
  return database.invitee.findMany({ where: { conferenceId }, orderBy: { id: 'asc' }, select: { id: true, attendance: true, attendanceNote: true, version: true } });
}

const auditCount = () => database.auditLog.count();

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await actorFor('vanphong');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  blockId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id;
  executiveId = (await database.committee.findFirstOrThrow({ where: { name: 'Ban Chấp hành Đảng bộ Sở' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('the register form schema', () => {
  const conferenceId = crypto.randomUUID();
  const row = { inviteeId: crypto.randomUUID(), version: 1 };

  it('reads the changed rows from one JSON field', () => {
    const parsed = recordAttendanceSchema.parse({ conferenceId, changes: JSON.stringify([{ ...row, status: 'LATE', note: ' Đến lúc 8 giờ 10 ' }]) });
    expect(parsed.changes).toEqual([{ ...row, status: 'LATE', note: 'Đến lúc 8 giờ 10' }]);
  });

  it('refuses an excused absence without its reason, malformed JSON, an empty save and a row twice', () => {
    const issue = (changes: unknown) => recordAttendanceSchema.safeParse({ conferenceId, changes }).error?.issues[0]?.message;
    expect(issue(JSON.stringify([{ ...row, status: 'EXCUSED', note: '' }]))).toBe('attendance.reasonRequired');
    expect(issue('[{"inviteeId":')).toBe('attendance.malformed');
    expect(issue('[]')).toBe('attendance.nothingToSave');
    expect(issue(JSON.stringify([{ ...row, status: 'PRESENT' }, { ...row, status: 'ABSENT' }]))).toBe('attendance.duplicateRow');
  });
});

describe('recording attendance in bulk', () => {
  it('writes exactly the rows sent, bumps their versions, and writes one audit row for the whole save', async () => {
    const conferenceId = await invitedConference();
    const rows = await rowsByName(conferenceId);
    const untouchedBefore = (await register(conferenceId)).filter((row) => !rows.slice(0, 13).some((sent) => sent.id === row.id));
    const auditBefore = await auditCount();

    const changes = [
      ...rows.slice(0, 10).map((row) => change(row, 'PRESENT')),
      change(rows[10]!, 'LATE', 'Đến lúc 8 giờ 10'),
      change(rows[11]!, 'EXCUSED', 'Đi công tác theo quyết định của UBND tỉnh'),
      change(rows[12]!, 'ABSENT'),
    ];
    expect(await recordAttendance({ actor: secretary, conferenceId, changes })).toEqual({ saved: 13 });

    const after = new Map((await register(conferenceId)).map((row) => [row.id, row]));
    for (const sent of changes) expect(after.get(sent.inviteeId)).toMatchObject({ attendance: sent.status, attendanceNote: sent.note, version: sent.version + 1 });
    for (const row of untouchedBefore) expect(after.get(row.id)).toEqual(row);
    expect(await auditCount()).toBe(auditBefore + 1);
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'attendance.record', entityId: conferenceId } });
    expect(audit).toMatchObject({ entity: 'Conference', actorUserId: secretary.userId });
    expect(audit.after as unknown[]).toHaveLength(13);
  });

  it('refuses the whole save when one row changed since the page was loaded, writing nothing', async () => {
    const conferenceId = await invitedConference();
    const rows = await rowsByName(conferenceId);
    await recordAttendance({ actor: secretary, conferenceId, changes: [change(rows[0]!, 'PRESENT')] });
    const before = { rows: await register(conferenceId), audit: await auditCount() };
    // rows[0] still carries version 1: another secretary saved it in between.
    const error = await recordAttendance({ actor: secretary, conferenceId, changes: [change(rows[1]!, 'PRESENT'), change(rows[0]!, 'ABSENT')] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ changedBy: 'Phạm Thị Thu Trang' });
    expect({ rows: await register(conferenceId), audit: await auditCount() }).toEqual(before);
  });

  it('a row of another conference is not part of the register: nothing is written', async () => {
    const conferenceId = await invitedConference();
    const other = await invitedConference();
    const [mine] = await rowsByName(conferenceId);
    const [theirs] = await rowsByName(other);
    const before = { mine: await register(conferenceId), theirs: await register(other), audit: await auditCount() };
    await expect(recordAttendance({ actor: secretary, conferenceId, changes: [change(mine!, 'PRESENT'), change(theirs!, 'PRESENT')] })).rejects.toBeInstanceOf(NotFoundError);
    expect({ mine: await register(conferenceId), theirs: await register(other), audit: await auditCount() }).toEqual(before);
  });

  it('refuses on a closed conference, and on the concluded reference conference, changing nothing', async () => {
    const conferenceId = await invitedConference();
    const rows = await rowsByName(conferenceId);
    await setStatus(conferenceId, 'CLOSED');
    const reference = await database.conference.findFirstOrThrow({ where: { status: 'CONCLUDED' }, select: { id: true, invitees: { take: 1, select: { id: true, version: true } } } });
    const before = { rows: await register(conferenceId), reference: await register(reference.id), audit: await auditCount() };

    const error = await recordAttendance({ actor: secretary, conferenceId, changes: rows.map((row) => change(row, 'PRESENT')) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'attendance.notAllowed' });
    await expect(recordAttendance({ actor: secretary, conferenceId: reference.id, changes: [change(reference.invitees[0]!, 'ABSENT')] })).rejects.toMatchObject({ messageKey: 'attendance.notAllowed' });
    expect({ rows: await register(conferenceId), reference: await register(reference.id), audit: await auditCount() }).toEqual(before);
  });

  it('an attendee may not record attendance', async () => {
    const conferenceId = await invitedConference();
    const rows = await rowsByName(conferenceId);
    const before = { rows: await register(conferenceId), audit: await auditCount() };
    await expect(recordAttendance({ actor: attendee, conferenceId, changes: [change(rows[0]!, 'PRESENT')] })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(getAttendanceRegister({ actor: attendee, conferenceId })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect({ rows: await register(conferenceId), audit: await auditCount() }).toEqual(before);
  });
});

describe('the quorum of the register', () => {
  it('is computed from the quorum committee’s seats: 5 of 9 is not enough, 6 (one of them late) is; others do not count', async () => {
    const conferenceId = await invitedConference();
    const rows = await rowsByName(conferenceId);
    const executive = rows.filter((row) => row.executive);
    const others = rows.filter((row) => !row.executive);
    expect(executive).toHaveLength(9);

    // Everyone who is not on the committee present, five committee members present, the rest absent.
    await recordAttendance({
      actor: secretary, conferenceId,
      changes: [
        ...others.map((row) => change(row, 'PRESENT')),
        ...executive.slice(0, 5).map((row) => change(row, 'PRESENT')),
        ...executive.slice(5).map((row) => change(row, 'EXCUSED', 'Đi công tác')),
      ],
    });
    const notMet = await getAttendanceRegister({ actor: secretary, conferenceId });
    expect(notMet.quorum).toEqual({ committee: 'Ban Chấp hành Đảng bộ Sở', expected: 9, present: 5, required: 6, met: false, shortfall: 1 });
    expect(notMet.counts).toMatchObject({ present: 12 + 5, excused: 4, total: 21 });
    expect(notMet.rows.filter((row) => row.isQuorumMember)).toHaveLength(9);

    const sixth = (await rowsByName(conferenceId)).find((row) => row.id === executive[5]!.id)!;
    await recordAttendance({ actor: secretary, conferenceId, changes: [change(sixth, 'LATE', 'Đến lúc 8 giờ 15')] });
    const met = await getAttendanceRegister({ actor: secretary, conferenceId });
    expect(met.quorum).toMatchObject({ expected: 9, present: 6, required: 6, met: true, shortfall: 0 });
    expect(met.counts).toMatchObject({ present: 18, late: 1, excused: 3 });
  });
});
