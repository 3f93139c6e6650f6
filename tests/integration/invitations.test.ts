import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import type { ConferenceStatus } from '../../lib/db/generated/prisma/enums.ts';
import { addInvitationSchema, answerInvitationSchema } from '../../lib/schemas/invitation.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { addInvitation } from '../../lib/server/invitations/add-invitation.ts';
import { answerInvitation } from '../../lib/server/invitations/answer-invitation.ts';
import { getConferenceInvitations } from '../../lib/server/invitations/get-conference-invitations.ts';
import { getMyInvitation } from '../../lib/server/invitations/get-my-invitation.ts';
import { removeInvitation } from '../../lib/server/invitations/remove-invitation.ts';
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

/** A conference of the department's executive committee three weeks from now, made directly (not through the conference form). */
async function createConference(overrides: { status?: ConferenceStatus; hostOrganizationId?: string; startsAt?: Date } = {}): Promise<string> {
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 21 * DAY);
  const conference = await database.conference.create({
    data: {
      kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành Đảng bộ Sở thường kỳ', status: overrides.status ?? 'SCHEDULED',
      startsAt, endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
      hostOrganizationId: overrides.hostOrganizationId ?? departmentId, quorumCommitteeId: executiveId,
    },
    select: { id: true },
  });
  return conference.id;
}

const invite = (conferenceId: string, fields: Record<string, unknown>) => addInvitation({ actor: secretary, ...addInvitationSchema.parse({ conferenceId, ...fields }) });

async function memberId(fullName: string): Promise<string> {
  return (await database.member.findFirstOrThrow({ where: { fullName }, select: { id: true } })).id;
}

/** Everything an invitation change may touch, to prove a refused one touched nothing. */
async function snapshot(conferenceId: string) {
  return {
    invitations: await database.invitation.count({ where: { conferenceId } }),
    invitees: await database.invitee.findMany({ where: { conferenceId }, orderBy: { id: 'asc' }, select: { id: true, rsvp: true, rsvpReason: true, version: true, _count: { select: { invitations: true } } } }),
    audit: await database.auditLog.count(),
  };
}

/** The executive committee + the committees of the department's cells + one delegate of the block committee. */
async function inviteReferenceRoutes(conferenceId: string) {
  await invite(conferenceId, { kind: 'COMMITTEE', committeeId: executiveId });
  await invite(conferenceId, { kind: 'CELL_COMMITTEES', organizationId: departmentId });
  await invite(conferenceId, { kind: 'DELEGATION', organizationId: blockId, label: '', guestName: ['Trần Minh Tâm'], guestTitle: ['Phó Bí thư Đảng ủy Khối'] });
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await actorFor('vanphong');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  blockId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id;
  executiveId = (await database.committee.findFirstOrThrow({ where: { name: 'Ban Chấp hành Đảng bộ Sở' } })).id;
});

afterEach(() => {
  delete process.env.APP_ALLOW_FAKE_CLOCK;
  delete process.env.APP_FAKE_NOW;
});

afterAll(async () => {
  await demo?.close();
});

describe('the invitation form schemas', () => {
  it('reads the delegation’s guest rows, dropping blank ones', () => {
    const parsed = addInvitationSchema.parse({
      kind: 'DELEGATION', conferenceId: crypto.randomUUID(), organizationId: crypto.randomUUID(),
      guestName: [' Trần Minh Tâm ', '', 'Lê Văn Bình'], guestTitle: ['Phó Bí thư', '', ''],
    });
    expect(parsed).toMatchObject({ label: null, guests: [{ name: 'Trần Minh Tâm', title: 'Phó Bí thư' }, { name: 'Lê Văn Bình', title: null }] });
  });

  it('refuses a delegation without a named guest, and a title without a name', () => {
    const base = { kind: 'DELEGATION', conferenceId: crypto.randomUUID(), organizationId: crypto.randomUUID() };
    expect(addInvitationSchema.safeParse({ ...base, guestName: '' }).error?.issues[0]?.message).toBe('invitation.guestRequired');
    expect(addInvitationSchema.safeParse({ ...base, guestName: ['A', ''], guestTitle: ['', 'Ủy viên'] }).error?.issues[0]?.message).toBe('invitation.guestNameMissing');
  });

  it('accepts one picked member as a single form value and refuses none', () => {
    const id = crypto.randomUUID();
    expect(addInvitationSchema.parse({ kind: 'MEMBER', conferenceId: id, memberIds: id })).toMatchObject({ memberIds: [id] });
    expect(addInvitationSchema.safeParse({ kind: 'MEMBER', conferenceId: id }).error?.issues[0]).toMatchObject({ path: ['memberIds'], message: 'invitation.chooseMembers' });
  });

  it('refuses an absence without a reason', () => {
    const result = answerInvitationSchema.safeParse({ inviteeId: crypto.randomUUID(), version: '1', answer: 'DECLINED', reason: '   ' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'rsvp.reasonRequired' });
  });
});

describe('inviting by person, committee, cell committees and delegation', () => {
  it('the executive committee + the cell committees + a delegate: everyone once, linked to every route that reached them, one audit row per route', async () => {
    const conferenceId = await createConference();
    const auditBefore = await database.auditLog.count();
    await inviteReferenceRoutes(conferenceId);

    // 9 executive seats + 15 cell-committee seats, of which 4 people hold both, + 1 guest.
    const invitees = await database.invitee.findMany({ where: { conferenceId }, select: { memberId: true, guestName: true, organizationId: true, invitations: { select: { kind: true } } } });
    expect(invitees).toHaveLength(9 + 15 - 4 + 1);
    const khoa = invitees.filter((invitee) => invitee.memberId === attendee.memberId);
    expect(khoa).toHaveLength(1);
    expect(khoa[0]!.invitations.map((invitation) => invitation.kind).sort()).toEqual(['CELL_COMMITTEES', 'COMMITTEE']);
    expect(invitees.filter((invitee) => invitee.invitations.length === 2)).toHaveLength(4);
    expect(invitees.find((invitee) => invitee.guestName)).toMatchObject({ guestName: 'Trần Minh Tâm', organizationId: blockId });

    const routes = await database.invitation.findMany({ where: { conferenceId }, orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, label: true } });
    expect(routes.map((route) => route.label)).toEqual([
      'Ban Chấp hành Đảng bộ Sở',
      'Chi ủy các chi bộ trực thuộc Đảng ủy Sở LĐ-TBXH',
      'Đại diện Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh',
    ]);
    const audit = await database.auditLog.findMany({ where: { action: 'invitation.create', entityId: { in: routes.map((route) => route.id) } } });
    expect(audit).toHaveLength(3);
    expect(await database.auditLog.count()).toBe(auditBefore + 3);

    const page = await getConferenceInvitations({ actor: secretary, conferenceId });
    expect(page.counts).toMatchObject({ total: 21, guests: 1, pending: 21 });
    expect(page.routes.map((route) => route.people)).toEqual([9, 15, 1]);
    // Vietnamese order: by given name, so "Phan Văn An" before "Trương Thị Ánh" before "Đặng Quốc Bảo".
    expect(page.invitees.slice(0, 3).map((invitee) => invitee.name)).toEqual(['Phan Văn An', 'Trương Thị Ánh', 'Đặng Quốc Bảo']);
  });

  it('a person picked one by one who is already invited stays one invitee, with one more route', async () => {
    const conferenceId = await createConference();
    await invite(conferenceId, { kind: 'COMMITTEE', committeeId: executiveId });
    const linh = await memberId('Trần Thị Mỹ Linh');
    const duc = await memberId('Lâm Văn Đức');
    const result = await invite(conferenceId, { kind: 'MEMBER', memberIds: [linh, duc] });
    expect(result).toEqual({ routes: 2, people: 2, newInvitees: 1 });
    expect(await database.invitee.count({ where: { conferenceId } })).toBe(10);
    expect(await database.invitee.findFirstOrThrow({ where: { conferenceId, memberId: linh }, select: { _count: { select: { invitations: true } } } })).toMatchObject({ _count: { invitations: 2 } });
  });

  it('refuses the same route twice, and the same person invited personally twice, changing nothing', async () => {
    const conferenceId = await createConference();
    const linh = await memberId('Trần Thị Mỹ Linh');
    await invite(conferenceId, { kind: 'COMMITTEE', committeeId: executiveId });
    await invite(conferenceId, { kind: 'MEMBER', memberIds: [linh] });
    const before = await snapshot(conferenceId);
    await expect(invite(conferenceId, { kind: 'COMMITTEE', committeeId: executiveId })).rejects.toMatchObject({ messageKey: 'invitation.duplicateRoute', field: 'committeeId' });
    await expect(invite(conferenceId, { kind: 'MEMBER', memberIds: [linh] })).rejects.toMatchObject({ messageKey: 'invitation.alreadyInvited', values: { name: 'Trần Thị Mỹ Linh' } });
    expect(await snapshot(conferenceId)).toEqual(before);
  });

  it('refuses a member outside the secretary’s organisations, changing nothing', async () => {
    const conferenceId = await createConference();
    const outsider = await database.member.create({ data: { fullName: 'Võ Văn Ngoài', organizationId: blockId }, select: { id: true } });
    const before = await snapshot(conferenceId);
    await expect(invite(conferenceId, { kind: 'MEMBER', memberIds: [outsider.id] })).rejects.toMatchObject({ messageKey: 'invitation.memberUnavailable' });
    expect(await snapshot(conferenceId)).toEqual(before);
  });

  it('refuses to change the invitations of a held or closed conference, changing nothing', async () => {
    for (const status of ['HELD', 'CLOSED'] as const) {
      const conferenceId = await createConference({ status });
      const before = await snapshot(conferenceId);
      const error = await invite(conferenceId, { kind: 'COMMITTEE', committeeId: executiveId }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RuleViolationError);
      expect(error).toMatchObject({ messageKey: 'invitation.notAllowed' });
      expect(await snapshot(conferenceId)).toEqual(before);
    }
  });

  it('a conference the secretary does not manage is not found, and an attendee may not invite at all', async () => {
    const blockConference = await createConference({ hostOrganizationId: blockId });
    const before = await snapshot(blockConference);
    await expect(invite(blockConference, { kind: 'COMMITTEE', committeeId: executiveId })).rejects.toBeInstanceOf(NotFoundError);
    const ownConference = await createConference();
    await expect(addInvitation({ actor: attendee, ...addInvitationSchema.parse({ kind: 'COMMITTEE', conferenceId: ownConference, committeeId: executiveId }) })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await snapshot(blockConference)).toEqual(before);
    expect(await database.invitation.count({ where: { conferenceId: ownConference } })).toBe(0);
  });
});

describe('removing a route', () => {
  it('removes the people reached only through it and keeps, with their answer, those invited another way', async () => {
    const conferenceId = await createConference();
    await inviteReferenceRoutes(conferenceId);
    const khoaInvitee = await database.invitee.findFirstOrThrow({ where: { conferenceId, memberId: attendee.memberId } });
    await answerInvitation({ actor: attendee, inviteeId: khoaInvitee.id, version: khoaInvitee.version, answer: 'DECLINED', reason: 'Dự tập huấn tại Hà Nội' });
    const cells = await database.invitation.findFirstOrThrow({ where: { conferenceId, kind: 'CELL_COMMITTEES' } });
    const auditBefore = await database.auditLog.count();

    expect(await removeInvitation({ actor: secretary, conferenceId, invitationId: cells.id })).toEqual({ removed: 11, kept: 4 });

    expect(await database.invitee.count({ where: { conferenceId } })).toBe(9 + 1);
    expect(await database.invitation.count({ where: { conferenceId } })).toBe(2);
    const khoa = await database.invitee.findFirstOrThrow({ where: { conferenceId, memberId: attendee.memberId }, select: { id: true, rsvp: true, rsvpReason: true, invitations: { select: { kind: true } } } });
    expect(khoa).toMatchObject({ id: khoaInvitee.id, rsvp: 'DECLINED', rsvpReason: 'Dự tập huấn tại Hà Nội', invitations: [{ kind: 'COMMITTEE' }] });
    expect(await database.auditLog.count()).toBe(auditBefore + 1);
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'invitation.remove', entityId: cells.id } });
    expect((audit.before as { removedInvitees: unknown[] }).removedInvitees).toHaveLength(11);
  });

  it('refuses while attendance is recorded for people reached only through the route', async () => {
    const conferenceId = await createConference();
    await inviteReferenceRoutes(conferenceId);
    const cells = await database.invitation.findFirstOrThrow({ where: { conferenceId, kind: 'CELL_COMMITTEES' }, select: { id: true, invitees: { select: { id: true, _count: { select: { invitations: true } } } } } });
    const onlyCells = cells.invitees.filter((invitee) => invitee._count.invitations === 1).map((invitee) => invitee.id);
    await database.invitee.updateMany({ where: { id: { in: onlyCells.slice(0, 2) } }, data: { attendance: 'PRESENT' } });
    const before = await snapshot(conferenceId);
    await expect(removeInvitation({ actor: secretary, conferenceId, invitationId: cells.id })).rejects.toMatchObject({ messageKey: 'invitation.attendanceRecorded', values: { count: 2 } });
    expect(await snapshot(conferenceId)).toEqual(before);
  });

  it('refuses on a held conference and leaves the route and its people in place', async () => {
    const conferenceId = await createConference();
    await inviteReferenceRoutes(conferenceId);
    await database.conference.update({ where: { id: conferenceId }, data: { status: 'HELD' } });
    const route = await database.invitation.findFirstOrThrow({ where: { conferenceId, kind: 'COMMITTEE' } });
    const before = await snapshot(conferenceId);
    await expect(removeInvitation({ actor: secretary, conferenceId, invitationId: route.id })).rejects.toMatchObject({ messageKey: 'invitation.notAllowed' });
    expect(await snapshot(conferenceId)).toEqual(before);
  });
});

describe('answering an invitation', () => {
  async function invitedConference(status: ConferenceStatus = 'SCHEDULED') {
    const conferenceId = await createConference({ status: 'SCHEDULED' });
    await invite(conferenceId, { kind: 'COMMITTEE', committeeId: executiveId });
    if (status !== 'SCHEDULED') await database.conference.update({ where: { id: conferenceId }, data: { status } });
    const mine = await database.invitee.findFirstOrThrow({ where: { conferenceId, memberId: attendee.memberId } });
    return { conferenceId, mine };
  }

  it('attend, then change to absent with a reason: version-checked and audited', async () => {
    const { conferenceId, mine } = await invitedConference();
    expect(await getMyInvitation({ actor: attendee, conferenceId })).toMatchObject({ id: mine.id, rsvp: 'PENDING', answerable: 'OPEN' });
    await answerInvitation({ actor: attendee, inviteeId: mine.id, version: 1, answer: 'ATTENDING', reason: null });
    await answerInvitation({ actor: attendee, inviteeId: mine.id, version: 2, answer: 'DECLINED', reason: 'Ốm, có giấy của bệnh viện' });
    expect(await database.invitee.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ rsvp: 'DECLINED', rsvpReason: 'Ốm, có giấy của bệnh viện', version: 3 });
    const audit = await database.auditLog.findMany({ where: { entity: 'Invitee', entityId: mine.id }, orderBy: { id: 'asc' } });
    expect(audit.map((entry) => [entry.action, entry.actorUserId])).toEqual([['invitation.answer', attendee.userId], ['invitation.answer', attendee.userId]]);
  });

  it('refuses an absence without a reason, changing nothing', async () => {
    const { conferenceId, mine } = await invitedConference();
    const before = await snapshot(conferenceId);
    const error = await answerInvitation({ actor: attendee, inviteeId: mine.id, version: 1, answer: 'DECLINED', reason: null }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'rsvp.reasonRequired', field: 'reason' });
    expect(await snapshot(conferenceId)).toEqual(before);
  });

  it('refuses a stale answer (loaded before another change), naming who changed it', async () => {
    const { conferenceId, mine } = await invitedConference();
    await answerInvitation({ actor: attendee, inviteeId: mine.id, version: 1, answer: 'ATTENDING', reason: null });
    const before = await snapshot(conferenceId);
    const error = await answerInvitation({ actor: attendee, inviteeId: mine.id, version: 1, answer: 'DECLINED', reason: 'Đi công tác' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ changedBy: 'Võ Minh Khoa' });
    expect(await snapshot(conferenceId)).toEqual(before);
  });

  it('refuses once the conference has started, changing nothing', async () => {
    const { conferenceId, mine } = await invitedConference();
    const { startsAt } = await database.conference.findUniqueOrThrow({ where: { id: conferenceId } });
    process.env.APP_ALLOW_FAKE_CLOCK = '1';
    process.env.APP_FAKE_NOW = new Date(startsAt.getTime() + 60_000).toISOString();
    const before = await snapshot(conferenceId);
    await expect(answerInvitation({ actor: attendee, inviteeId: mine.id, version: 1, answer: 'ATTENDING', reason: null })).rejects.toMatchObject({ messageKey: 'rsvp.started' });
    expect(await snapshot(conferenceId)).toEqual(before);
    expect(await getMyInvitation({ actor: attendee, conferenceId })).toMatchObject({ answerable: 'STARTED' });
  });

  it('refuses on a draft (not yet announced) conference', async () => {
    const { conferenceId, mine } = await invitedConference('DRAFT');
    const before = await snapshot(conferenceId);
    await expect(answerInvitation({ actor: attendee, inviteeId: mine.id, version: 1, answer: 'ATTENDING', reason: null })).rejects.toMatchObject({ messageKey: 'rsvp.notAllowed' });
    expect(await snapshot(conferenceId)).toEqual(before);
  });

  it('nobody answers for someone else: another person’s invitee is not found, for the secretary too', async () => {
    const { conferenceId } = await invitedConference();
    const hung = await database.invitee.findFirstOrThrow({ where: { conferenceId, member: { fullName: 'Nguyễn Văn Hùng' } } });
    const before = await snapshot(conferenceId);
    await expect(answerInvitation({ actor: attendee, inviteeId: hung.id, version: 1, answer: 'ATTENDING', reason: null })).rejects.toBeInstanceOf(NotFoundError);
    await expect(answerInvitation({ actor: secretary, inviteeId: hung.id, version: 1, answer: 'DECLINED', reason: 'Thay mặt' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(conferenceId)).toEqual(before);
  });
});
