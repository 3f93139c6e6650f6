// Issue 5, terms, committees and seats: an admin opens the terms of the organisations they administer,
// creates the committees each level elects and gives members their seats, under the rules of
// lib/domain/committee-rules.ts; the quorum and "a whole committee" count the seats held on the day.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import type { ActionState } from '../../lib/schemas/action-state.ts';
import { addInvitationSchema } from '../../lib/schemas/invitation.ts';
import { addSeat } from '../../lib/server/committees/add-seat.ts';
import { correctSeat } from '../../lib/server/committees/correct-seat.ts';
import { createCommittee } from '../../lib/server/committees/create-committee.ts';
import { endSeat } from '../../lib/server/committees/end-seat.ts';
import { getCommittee } from '../../lib/server/committees/get-committee.ts';
import { getOrganizationTerms } from '../../lib/server/committees/get-organization-terms.ts';
import { openTerm } from '../../lib/server/committees/open-term.ts';
import { renameCommittee } from '../../lib/server/committees/rename-committee.ts';
import { updateTerm } from '../../lib/server/committees/update-term.ts';
import { getConference } from '../../lib/server/conferences/get-conference.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { addInvitation } from '../../lib/server/invitations/add-invitation.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
const { openTermAction, addSeatAction } = await import('../../app/(app)/organisations/[organizationId]/terms/actions.ts');

const errors = messages.errors as Record<string, string>;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let demo: DemoDatabase;
let database: Database;
let admin: Actor;
let secretary: Actor;
let departmentId: string;
let cellMeritId: string;
let blockId: string;
let demoTermId: string;
let executiveId: string;

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

async function call(action: (state: ActionState, form: FormData) => Promise<ActionState>, actor: Actor, fields: Record<string, string>) {
  request.actor = actor;
  return action({ status: 'idle' }, formData(fields));
}

async function refusal(promise: Promise<unknown>): Promise<RuleViolationError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(RuleViolationError);
  return error as RuleViolationError;
}

async function memberOf(fullName: string): Promise<string> {
  return (await database.member.findFirstOrThrow({ where: { fullName }, select: { id: true } })).id;
}

const newMember = async (fullName: string, organizationId = cellMeritId) => (await database.member.create({ data: { fullName, organizationId }, select: { id: true } })).id;

const counts = async () => ({ terms: await database.term.count(), committees: await database.committee.count(), seats: await database.committeeSeat.count(), audit: await database.auditLog.count({ where: { outcome: 'SUCCESS' } }) });

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  admin = await demo.actorFor('quantri');
  secretary = await demo.actorFor('vanphong');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  cellMeritId = (await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Phòng Người có công' } })).id;
  blockId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id;
  demoTermId = (await database.term.findFirstOrThrow({ where: { organizationId: departmentId } })).id;
  executiveId = (await database.committee.findFirstOrThrow({ where: { organizationId: departmentId, kind: 'EXECUTIVE' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('terms', () => {
  it('opens the next term of the department, sharing the congress year 2025, with an audit row', async () => {
    const { id } = await openTerm({ actor: admin, organizationId: departmentId, name: 'Nhiệm kỳ 2025–2030', congressNumber: 6, startYear: 2025, endYear: 2030 });
    expect(await database.term.findUniqueOrThrow({ where: { id }, select: { organizationId: true, startYear: true, endYear: true, congressNumber: true } }))
      .toEqual({ organizationId: departmentId, startYear: 2025, endYear: 2030, congressNumber: 6 });
    expect(await database.auditLog.count({ where: { action: 'term.open', entityId: id } })).toBe(1);
    const view = await getOrganizationTerms({ actor: admin, organizationId: departmentId });
    expect(view.terms.map((term) => term.startYear)).toEqual([2025, 2020]);
  });

  it('refuses a term overlapping another, naming it next to the field, and changes nothing', async () => {
    const before = await counts();
    const state = await call(openTermAction, admin, { organizationId: departmentId, name: 'Nhiệm kỳ 2021–2024', congressNumber: '7', startYear: '2021', endYear: '2024' });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { startYear: expect.stringContaining('Nhiệm kỳ 2020 – 2025') } });
    // Bad years are a message, never a 500.
    const backwards = await call(openTermAction, admin, { organizationId: departmentId, name: 'Ngược', congressNumber: '8', startYear: '2040', endYear: '2035' });
    expect(backwards).toMatchObject({ status: 'error', fieldErrors: { endYear: errors['term.endNotAfterStart'] } });
    const typo = await call(openTermAction, admin, { organizationId: departmentId, name: 'Sai', congressNumber: 'V', startYear: '20x5', endYear: '' });
    expect(typo).toMatchObject({ status: 'error', fieldErrors: { congressNumber: errors['term.invalidCongress'], startYear: errors['term.invalidYear'] } });
    expect(await counts()).toEqual(before);
  });

  it('refuses a term too long and a congress number used twice', async () => {
    expect((await refusal(openTerm({ actor: admin, organizationId: departmentId, name: 'Dài', congressNumber: 7, startYear: 2030, endYear: 2040 }))).messageKey).toBe('term.tooLong');
    expect((await refusal(openTerm({ actor: admin, organizationId: departmentId, name: 'Trùng số', congressNumber: 5, startYear: 2030, endYear: 2035 }))).messageKey).toBe('term.congressTaken');
  });

  it('edits a term from its version; a stale form is told who saved, and nothing changes', async () => {
    const term = await database.term.findFirstOrThrow({ where: { organizationId: departmentId, startYear: 2025 } });
    await updateTerm({ actor: admin, termId: term.id, version: term.version, name: 'Nhiệm kỳ 2025 – 2030', congressNumber: 6, startYear: 2025, endYear: 2030 });
    await expect(updateTerm({ actor: admin, termId: term.id, version: term.version, name: 'Cũ', congressNumber: 6, startYear: 2025, endYear: 2030 })).rejects.toBeInstanceOf(StaleRecordError);
    expect((await database.term.findUniqueOrThrow({ where: { id: term.id } })).name).toBe('Nhiệm kỳ 2025 – 2030');
  });

  it('refuses to shrink a term under its seats', async () => {
    const term = await database.term.findUniqueOrThrow({ where: { id: demoTermId } });
    const error = await refusal(updateTerm({ actor: admin, termId: demoTermId, version: term.version, name: term.name, congressNumber: 5, startYear: 2021, endYear: 2025 }));
    expect(error.messageKey).toBe('term.seatsOutside');
  });
});

describe('committees', () => {
  it('a grassroots committee gets an executive and a standing committee, never a cell committee, one of each kind', async () => {
    const term = await database.term.findFirstOrThrow({ where: { organizationId: departmentId, startYear: 2025 } });
    expect((await refusal(createCommittee({ actor: admin, organizationId: departmentId, termId: term.id, kind: 'CELL_COMMITTEE', name: 'Chi ủy' }))).messageKey).toBe('committee.kindNotAllowed');
    const { id } = await createCommittee({ actor: admin, organizationId: departmentId, termId: term.id, kind: 'EXECUTIVE', name: 'Ban Chấp hành Đảng bộ Sở khóa VI' });
    expect((await refusal(createCommittee({ actor: admin, organizationId: departmentId, termId: term.id, kind: 'EXECUTIVE', name: 'Lần hai' }))).messageKey).toBe('committee.kindTaken');
    await createCommittee({ actor: admin, organizationId: departmentId, termId: term.id, kind: 'STANDING', name: 'Ban Thường vụ Đảng ủy Sở khóa VI' });
    expect(await database.auditLog.count({ where: { action: 'committee.create', entityId: id } })).toBe(1);
  });

  it('a cell gets only its cell committee, and only for a term of its own', async () => {
    // The demo's cell committees belong to the department's term: listed there, but no new committee of the cell goes into it.
    await expect(createCommittee({ actor: admin, organizationId: cellMeritId, termId: demoTermId, kind: 'CELL_COMMITTEE', name: 'Chi ủy' })).rejects.toBeInstanceOf(NotFoundError);
    const cellTerms = await getOrganizationTerms({ actor: admin, organizationId: cellMeritId });
    expect(cellTerms.terms).toMatchObject([{ id: demoTermId, own: false, committees: [{ kind: 'CELL_COMMITTEE' }] }]);
    expect(cellTerms.committeeKinds).toEqual(['CELL_COMMITTEE']);

    const { id: termId } = await openTerm({ actor: admin, organizationId: cellMeritId, name: 'Nhiệm kỳ 2025–2030', congressNumber: 3, startYear: 2025, endYear: 2030 });
    expect((await refusal(createCommittee({ actor: admin, organizationId: cellMeritId, termId, kind: 'EXECUTIVE', name: 'BCH' }))).messageKey).toBe('committee.kindNotAllowed');
    expect((await refusal(createCommittee({ actor: admin, organizationId: cellMeritId, termId, kind: 'STANDING', name: 'BTV' }))).messageKey).toBe('committee.kindNotAllowed');
    await createCommittee({ actor: admin, organizationId: cellMeritId, termId, kind: 'CELL_COMMITTEE', name: 'Chi ủy Chi bộ Phòng Người có công' });
  });

  it('renames from the version shown; a stale rename is refused', async () => {
    const committee = await database.committee.findUniqueOrThrow({ where: { id: executiveId } });
    await renameCommittee({ actor: admin, committeeId: executiveId, version: committee.version, name: 'Ban Chấp hành Đảng bộ Sở khóa V' });
    await expect(renameCommittee({ actor: admin, committeeId: executiveId, version: committee.version, name: 'Cũ' })).rejects.toBeInstanceOf(StaleRecordError);
    expect((await database.committee.findUniqueOrThrow({ where: { id: executiveId } })).name).toBe('Ban Chấp hành Đảng bộ Sở khóa V');
  });
});

describe('seats', () => {
  let committeeId: string;
  let hung: string;
  let linh: string;

  beforeAll(async () => {
    const term = await database.term.findFirstOrThrow({ where: { organizationId: departmentId, startYear: 2025 } });
    committeeId = (await database.committee.findFirstOrThrow({ where: { termId: term.id, kind: 'EXECUTIVE' } })).id;
    hung = await memberOf('Nguyễn Văn Hùng');
    linh = await memberOf('Trần Thị Mỹ Linh');
  });

  it('adds a member of the organisation or one under it, in a position of the committee', async () => {
    const { id } = await addSeat({ actor: admin, committeeId, memberId: hung, position: 'SECRETARY', startDate: day('2025-10-15'), endDate: null });
    await addSeat({ actor: admin, committeeId, memberId: await memberOf('Võ Minh Khoa'), position: 'EXECUTIVE_MEMBER', startDate: day('2025-10-15'), endDate: null });
    expect(await database.auditLog.count({ where: { action: 'seat.add', entityId: id } })).toBe(1);
    // A standing member sits on the standing committee only.
    expect((await refusal(addSeat({ actor: admin, committeeId, memberId: linh, position: 'STANDING_MEMBER', startDate: day('2025-10-15'), endDate: null }))).messageKey).toBe('seat.positionNotAllowed');
    // Someone of the block above, or who left, is not the department's to seat.
    const outsider = await newMember('Đinh Văn Bên Ngoài', blockId);
    expect((await refusal(addSeat({ actor: admin, committeeId, memberId: outsider, position: 'EXECUTIVE_MEMBER', startDate: day('2025-10-15'), endDate: null }))).messageKey).toBe('seat.memberUnavailable');
    const left = await newMember('Đinh Văn Đã Chuyển');
    await database.member.update({ where: { id: left }, data: { deactivatedAt: new Date() } });
    expect((await refusal(addSeat({ actor: admin, committeeId, memberId: left, position: 'EXECUTIVE_MEMBER', startDate: day('2025-10-15'), endDate: null }))).messageKey).toBe('seat.memberUnavailable');
    // Dates outside the term's years.
    expect((await refusal(addSeat({ actor: admin, committeeId, memberId: linh, position: 'DEPUTY_SECRETARY', startDate: day('2024-12-31'), endDate: null }))).field).toBe('startDate');
  });

  it('refuses a second current secretary, in the user’s words next to the position', async () => {
    const before = await counts();
    const state = await call(addSeatAction, admin, { committeeId, memberId: linh, position: 'SECRETARY', startDate: '2026-03-01', endDate: '' });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { position: expect.stringContaining('Nguyễn Văn Hùng') } });
    expect(await counts()).toEqual(before);
  });

  it('ends a seat from its version; then a successor may take it the next day, not the same day', async () => {
    const seat = await database.committeeSeat.findFirstOrThrow({ where: { committeeId, memberId: hung } });
    await endSeat({ actor: admin, seatId: seat.id, version: seat.version, endDate: day('2027-05-31') });
    // A second end (or one from the old form) is refused.
    await expect(endSeat({ actor: admin, seatId: seat.id, version: seat.version, endDate: day('2027-06-30') })).rejects.toBeInstanceOf(RuleViolationError);
    expect((await refusal(addSeat({ actor: admin, committeeId, memberId: linh, position: 'SECRETARY', startDate: day('2027-05-31'), endDate: null }))).messageKey).toBe('seat.secondSecretary');
    await addSeat({ actor: admin, committeeId, memberId: linh, position: 'SECRETARY', startDate: day('2027-06-01'), endDate: null });
    const view = await getCommittee({ actor: admin, organizationId: departmentId, termId: (await database.committee.findUniqueOrThrow({ where: { id: committeeId } })).termId, committeeId });
    expect(view.seats.filter((one) => one.position === 'SECRETARY').map((one) => [one.fullName, one.startDate, one.endDate])).toEqual([
      ['Trần Thị Mỹ Linh', '2027-06-01', null],
      ['Nguyễn Văn Hùng', '2025-10-15', '2027-05-31'],
    ]);
  });

  it('refuses an end before the start, and a stale end', async () => {
    const seat = await database.committeeSeat.findFirstOrThrow({ where: { committeeId, memberId: linh } });
    expect((await refusal(endSeat({ actor: admin, seatId: seat.id, version: seat.version, endDate: day('2027-05-01') }))).messageKey).toBe('seat.endBeforeStart');
    await correctSeat({ actor: admin, seatId: seat.id, version: seat.version, memberId: linh, position: 'SECRETARY', startDate: day('2027-06-02'), endDate: null });
    await expect(endSeat({ actor: admin, seatId: seat.id, version: seat.version, endDate: day('2028-01-01') })).rejects.toBeInstanceOf(StaleRecordError);
    expect((await database.committeeSeat.findUniqueOrThrow({ where: { id: seat.id } })).endDate).toBeNull();
  });

  it('refuses an overlapping seat of the same person, also when correcting one', async () => {
    // Linh is secretary from 2027-06-02: a seat of hers as deputy until 2027-06-02 overlaps by one day.
    expect((await refusal(addSeat({ actor: admin, committeeId, memberId: linh, position: 'DEPUTY_SECRETARY', startDate: day('2025-10-15'), endDate: day('2027-06-02') }))).messageKey).toBe('seat.personOverlap');
    const { id } = await addSeat({ actor: admin, committeeId, memberId: linh, position: 'DEPUTY_SECRETARY', startDate: day('2025-10-15'), endDate: day('2027-06-01') });
    const deputy = await database.committeeSeat.findUniqueOrThrow({ where: { id } });
    expect((await refusal(correctSeat({ actor: admin, seatId: id, version: deputy.version, memberId: linh, position: 'DEPUTY_SECRETARY', startDate: day('2025-10-15'), endDate: null }))).messageKey).toBe('seat.personOverlap');
  });
});

describe('scope and roles', () => {
  let blockTermId: string;
  let blockCommitteeId: string;
  let blockSeatId: string;

  beforeAll(async () => {
    const outsider = await newMember('Đinh Văn Khối', blockId);
    const term = await database.term.create({ data: { organizationId: blockId, name: 'Nhiệm kỳ 2020–2025', congressNumber: 5, startYear: 2020, endYear: 2025 }, select: { id: true } });
    const committee = await database.committee.create({
      data: { organizationId: blockId, termId: term.id, kind: 'EXECUTIVE', name: 'Ban Chấp hành Đảng bộ Khối', seats: { create: { memberId: outsider, position: 'SECRETARY', startDate: day('2020-08-01') } } },
      select: { id: true, seats: { select: { id: true } } },
    });
    blockTermId = term.id;
    blockCommitteeId = committee.id;
    blockSeatId = committee.seats[0]!.id;
  });

  it('an admin of the department finds nothing of the block committee above, and changes nothing there', async () => {
    const before = await counts();
    const member = await memberOf('Nguyễn Văn Hùng');
    const calls: (() => Promise<unknown>)[] = [
      () => getOrganizationTerms({ actor: admin, organizationId: blockId }),
      () => openTerm({ actor: admin, organizationId: blockId, name: 'Nhiệm kỳ 2025–2030', congressNumber: 6, startYear: 2025, endYear: 2030 }),
      () => updateTerm({ actor: admin, termId: blockTermId, version: 1, name: 'Đổi', congressNumber: 5, startYear: 2020, endYear: 2025 }),
      () => createCommittee({ actor: admin, organizationId: blockId, termId: blockTermId, kind: 'STANDING', name: 'BTV' }),
      () => renameCommittee({ actor: admin, committeeId: blockCommitteeId, version: 1, name: 'Đổi' }),
      () => addSeat({ actor: admin, committeeId: blockCommitteeId, memberId: member, position: 'EXECUTIVE_MEMBER', startDate: day('2021-01-04'), endDate: null }),
      () => endSeat({ actor: admin, seatId: blockSeatId, version: 1, endDate: day('2024-06-30') }),
      () => correctSeat({ actor: admin, seatId: blockSeatId, version: 1, memberId: member, position: 'SECRETARY', startDate: day('2020-08-01'), endDate: null }),
      () => getCommittee({ actor: admin, organizationId: blockId, termId: blockTermId, committeeId: blockCommitteeId }),
    ];
    for (const attempt of calls) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it('a committee is found only under its own organisation and term in the URL', async () => {
    const cellOffice = (await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Văn phòng Sở' } })).id;
    await expect(getCommittee({ actor: admin, organizationId: cellOffice, termId: demoTermId, committeeId: executiveId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCommittee({ actor: admin, organizationId: departmentId, termId: blockTermId, committeeId: executiveId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the secretary of the office may not manage committees', async () => {
    await expect(openTerm({ actor: secretary, organizationId: departmentId, name: 'Nhiệm kỳ 2040–2045', congressNumber: 9, startYear: 2040, endYear: 2045 })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await call(openTermAction, secretary, { organizationId: departmentId, name: 'X', congressNumber: '9', startYear: '2040', endYear: '2045' })).toMatchObject({ status: 'error', message: errors.forbidden });
  });
});

describe('seats held on the conference day', () => {
  it('the quorum and the invitation of a whole committee count only the seats held on that day', async () => {
    const conference = await database.conference.findFirstOrThrow({ where: { quorumCommitteeId: executiveId, startsAt: new Date('2023-07-31T00:30:00Z') }, select: { id: true } });
    const expectedBefore = (await getConference({ actor: secretary, conferenceId: conference.id })).quorum?.expected;
    expect(expectedBefore).toBe(9);
    // One member left the executive committee the day before; another joined it after the conference.
    const phuc = await database.committeeSeat.findFirstOrThrow({ where: { committeeId: executiveId, member: { fullName: 'Lê Hoàng Phúc' } } });
    await endSeat({ actor: admin, seatId: phuc.id, version: phuc.version, endDate: day('2023-07-30') });
    const newcomer = await newMember('Hà Thị Mới Vào', departmentId);
    await addSeat({ actor: admin, committeeId: executiveId, memberId: newcomer, position: 'EXECUTIVE_MEMBER', startDate: day('2023-08-01'), endDate: null });
    expect((await getConference({ actor: secretary, conferenceId: conference.id })).quorum?.expected).toBe(8);

    // Inviting "the executive committee" to a conference of 2023-07-31 reaches the same eight; one of 2024 reaches the newcomer, not Phúc.
    const invitePeople = async (startsAt: string) => {
      const created = await database.conference.create({
        data: { kind: 'REGULAR', title: `Hội nghị ${startsAt}`, status: 'SCHEDULED', startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 3_600_000), hostOrganizationId: departmentId, quorumCommitteeId: executiveId },
        select: { id: true },
      });
      await addInvitation({ actor: secretary, ...addInvitationSchema.parse({ conferenceId: created.id, kind: 'COMMITTEE', committeeId: executiveId }) });
      return (await database.invitee.findMany({ where: { conferenceId: created.id }, select: { member: { select: { fullName: true } } } })).map((invitee) => invitee.member?.fullName);
    };
    const onTheDay = await invitePeople('2023-07-31T07:30:00+07:00');
    expect(onTheDay).toHaveLength(8);
    expect(onTheDay).not.toContain('Lê Hoàng Phúc');
    expect(onTheDay).not.toContain('Hà Thị Mới Vào');
    const later = await invitePeople('2024-03-15T07:30:00+07:00');
    expect(later).toHaveLength(9);
    expect(later).toContain('Hà Thị Mới Vào');
  });
});
