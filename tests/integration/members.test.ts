// Issue 5, members one at a time: create (a namesake in the unit refused, as the import refuses it),
// edit from a version, deactivate (which locks the account too) and reactivate, transfer to another
// unit with its dated history, and the member's history of transfers and committee seats.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { addDays } from '../../lib/domain/calendar.ts';
import { vietnamDateOf } from '../../lib/domain/vietnam-time.ts';
import { vi as messages } from '../../lib/i18n/messages/vi.ts';
import type { ActionState } from '../../lib/schemas/action-state.ts';
import { getConferenceFormOptions } from '../../lib/server/conferences/get-conference-form-options.ts';
import { NotFoundError, StaleRecordError } from '../../lib/server/errors.ts';
import { getInvitationOptions } from '../../lib/server/invitations/get-invitation-options.ts';
import { createMember } from '../../lib/server/members/create-member.ts';
import { findMemberHistory } from '../../lib/server/members/find-member-history.ts';
import { findMembers } from '../../lib/server/members/find-members.ts';
import { getMember } from '../../lib/server/members/get-member.ts';
import { setMemberActive } from '../../lib/server/members/set-member-active.ts';
import { transferMember } from '../../lib/server/members/transfer-member.ts';
import { updateMember } from '../../lib/server/members/update-member.ts';
import { getTaskFormOptions } from '../../lib/server/tasks/get-task-form-options.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

// The actions read the session through next-auth and the language from a cookie; here the test says who is signed in.
const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
const { createMemberAction, setMemberActiveAction, transferMemberAction, updateMemberAction } = await import('../../app/(app)/members/actions.ts');

const errors = messages.errors as Record<string, string>;

let demo: DemoDatabase;
let database: Database;
let admin: Actor;
let secretary: Actor;
let cellMeritId: string;
let cellLabourId: string;
let cellOfficeId: string;
let blockId: string;

function formData(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** Calls an action as `actor`; the actions redirect on success (which throws NEXT_REDIRECT), so only refusals come back. */
async function call(action: (state: ActionState, form: FormData) => Promise<ActionState>, actor: Actor, fields: Record<string, string>) {
  request.actor = actor;
  return action({ status: 'idle' }, formData(fields));
}

const base = { title: null, email: null, phone: null, isPartyMember: true };
const member = (id: string) => database.member.findUniqueOrThrow({ where: { id }, select: { fullName: true, organizationId: true, deactivatedAt: true, version: true, title: true, email: true, phone: true, isPartyMember: true } });
/** Successful audit rows and members: a refused call changes neither. */
const counts = async () => ({ members: await database.member.count(), transfers: await database.memberTransfer.count(), audit: await database.auditLog.count({ where: { outcome: 'SUCCESS' } }) });
const today = () => vietnamDateOf(new Date());
const day = (value: string) => new Date(`${value}T00:00:00Z`);

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  admin = await demo.actorFor('quantri');
  secretary = await demo.actorFor('vanphong');
  const unit = async (name: string) => (await database.organization.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
  cellMeritId = await unit('Chi bộ Phòng Người có công');
  cellLabourId = await unit('Chi bộ Phòng Lao động – Việc làm');
  cellOfficeId = await unit('Chi bộ Văn phòng Sở');
  blockId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } })).id;
});

afterAll(async () => {
  await demo?.close();
});

describe('creating a member', () => {
  it('adds one person to a managed unit with one audit row, and the list links to them', async () => {
    const { id } = await createMember({ actor: secretary, fullName: 'Huỳnh Thị Mỹ Tiên', organizationId: cellMeritId, title: 'Chuyên viên', email: 'tien@example.vn', phone: '0296 3852 123', isPartyMember: false });
    expect(await member(id)).toMatchObject({ fullName: 'Huỳnh Thị Mỹ Tiên', organizationId: cellMeritId, title: 'Chuyên viên', email: 'tien@example.vn', phone: '0296 3852 123', isPartyMember: false, deactivatedAt: null, version: 1 });
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'member.create', entityId: id } });
    expect(audit.after).toMatchObject({ fullName: 'Huỳnh Thị Mỹ Tiên', organizationId: cellMeritId });
    expect((await findMembers({ actor: secretary })).map((row) => row.id)).toContain(id);
  });

  it('cleans and checks the fields with the import’s rules, next to each field, writing nothing', async () => {
    const before = await counts();
    const state = await call(createMemberAction, secretary, { fullName: '   ', organizationId: cellMeritId, email: 'a@b', phone: 'gọi tôi', isPartyMember: 'maybe' });
    expect(state).toMatchObject({ status: 'error', message: errors.invalidInput, fieldErrors: { fullName: errors.required, email: errors['member.emailInvalid'], phone: errors['member.phoneInvalid'], isPartyMember: errors['member.partyMemberRequired'] } });
    expect(await counts()).toEqual(before);
    // The same cleaning as the import: spaces collapsed, NFC.
    await expect(call(createMemberAction, secretary, { fullName: '  Trần   Văn  Khang ', organizationId: cellMeritId, email: ' khang@example.vn ', isPartyMember: 'no' })).rejects.toThrow('NEXT_REDIRECT');
    expect(await database.member.findFirst({ where: { fullName: 'Trần Văn Khang', organizationId: cellMeritId }, select: { email: true, title: true, isPartyMember: true } })).toEqual({ email: 'khang@example.vn', title: null, isPartyMember: false });
  });

  it('refuses the same name in that unit (without diacritics or case, as the import), but not in another unit', async () => {
    await createMember({ actor: secretary, fullName: 'Nguyễn Thị Ánh Dương', organizationId: cellMeritId, ...base });
    const before = await counts();
    const state = await call(createMemberAction, secretary, { fullName: 'nguyen thi anh duong', organizationId: cellMeritId, isPartyMember: 'yes' });
    const refusal = errors['member.duplicate']!.replace('{unit}', 'Chi bộ Phòng Người có công').replace('{name}', 'Nguyễn Thị Ánh Dương');
    expect(state).toMatchObject({ status: 'error', message: refusal, fieldErrors: { fullName: refusal } });
    expect(await counts()).toEqual(before);
    await expect(createMember({ actor: secretary, fullName: 'Nguyễn Thị Ánh Dương', organizationId: cellLabourId, ...base })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('refuses a unit outside the actor’s scope, and a closed one', async () => {
    const before = await counts();
    await expect(createMember({ actor: secretary, fullName: 'Đinh Văn Ngoài', organizationId: blockId, ...base })).rejects.toMatchObject({ messageKey: 'member.unitOutOfScope', field: 'organizationId' });
    const closed = await database.organization.create({ data: { name: 'Chi bộ đã giải thể', kind: 'CELL', parentId: (await database.organization.findUniqueOrThrow({ where: { id: cellMeritId }, select: { parentId: true } })).parentId, deactivatedAt: new Date() }, select: { id: true } });
    const widened = { ...secretary, managedOrganizationIds: [...secretary.managedOrganizationIds, closed.id] };
    await expect(createMember({ actor: widened, fullName: 'Đinh Văn Đóng', organizationId: closed.id, ...base })).rejects.toMatchObject({ messageKey: 'member.unitClosed' });
    expect(await counts()).toEqual({ ...before });
  });
});

describe('editing a member', () => {
  it('saves from the version shown, and refuses a stale form with who saved it, changing nothing', async () => {
    const { id } = await createMember({ actor: secretary, fullName: 'Lâm Văn Sửa', organizationId: cellMeritId, ...base });
    await updateMember({ actor: admin, memberId: id, version: 1, fullName: 'Lâm Văn Sửa', title: 'Phó trưởng phòng', email: null, phone: null, isPartyMember: true });
    expect(await member(id)).toMatchObject({ title: 'Phó trưởng phòng', version: 2 });
    const before = await counts();
    const stale = updateMember({ actor: secretary, memberId: id, version: 1, fullName: 'Lâm Văn Sửa', title: 'Trưởng phòng', email: null, phone: null, isPartyMember: true });
    await expect(stale).rejects.toBeInstanceOf(StaleRecordError);
    await expect(stale).rejects.toMatchObject({ changedBy: admin.name });
    expect(await member(id)).toMatchObject({ title: 'Phó trưởng phòng', version: 2 });
    expect(await counts()).toEqual(before);
    const state = await call(updateMemberAction, secretary, { memberId: id, version: '1', fullName: 'Lâm Văn Sửa', isPartyMember: 'yes' });
    expect(state).toMatchObject({ status: 'error', message: expect.stringContaining(admin.name) });
  });

  it('refuses a new name that another active person of the unit has; a member outside the scope is not found', async () => {
    await createMember({ actor: secretary, fullName: 'Cao Minh Trí', organizationId: cellMeritId, ...base });
    const { id } = await createMember({ actor: secretary, fullName: 'Cao Minh Tri Hai', organizationId: cellMeritId, ...base });
    await expect(updateMember({ actor: secretary, memberId: id, version: 1, fullName: 'CAO MINH TRÍ', ...base })).rejects.toMatchObject({ messageKey: 'member.duplicate' });
    const foreign = await database.member.create({ data: { fullName: 'Đinh Văn Khối', organizationId: blockId }, select: { id: true } });
    await expect(updateMember({ actor: secretary, memberId: foreign.id, version: 1, fullName: 'Đổi', ...base })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('deactivating and reactivating a member', () => {
  it('deactivates the member and their active account in one transaction, each with its audit row', async () => {
    const { id } = await createMember({ actor: admin, fullName: 'Mai Xuân Nghỉ', organizationId: cellMeritId, ...base });
    const user = await database.user.create({ data: { memberId: id, username: 'xuannghi', passwordHash: 'x', roles: { create: { role: 'ATTENDEE', organizationId: cellMeritId } } }, select: { id: true } });
    expect(await loadActor(user.id)).not.toBeNull();
    await expect(setMemberActive({ actor: admin, memberId: id, version: 1, active: false })).resolves.toEqual({ id, accountDeactivated: true });
    const after = await database.member.findUniqueOrThrow({ where: { id }, select: { deactivatedAt: true, user: { select: { deactivatedAt: true, version: true } } } });
    expect(after.deactivatedAt).toBeInstanceOf(Date);
    expect(after.user?.deactivatedAt).toEqual(after.deactivatedAt);
    expect(after.user?.version).toBe(2);
    expect(await loadActor(user.id)).toBeNull();
    expect(await database.auditLog.count({ where: { action: 'member.deactivate', entityId: id } })).toBe(1);
    const accountAudit = await database.auditLog.findFirstOrThrow({ where: { action: 'account.deactivate', entityId: user.id } });
    expect(accountAudit.after).toMatchObject({ cause: 'member.deactivate', username: 'xuannghi' });

    // Shown only under the filter, kept with its history, and offered in no picker.
    expect((await findMembers({ actor: admin })).map((row) => row.id)).not.toContain(id);
    expect((await findMembers({ actor: admin, status: 'inactive' })).map((row) => row.id)).toEqual([id]);
    await expect(getMember({ actor: admin, memberId: id })).resolves.toMatchObject({ deactivatedAt: expect.any(Date), account: { username: 'xuannghi', deactivatedAt: expect.any(Date) } });
    expect((await getInvitationOptions({ actor: admin })).members.map((row) => row.id)).not.toContain(id);
    expect((await getTaskFormOptions({ actor: admin })).members.map((row) => row.id)).not.toContain(id);
    expect((await getConferenceFormOptions({ actor: admin, purpose: 'create' })).members.map((row) => row.id)).not.toContain(id);

    // Reactivating brings the member back; the account stays locked for an admin to reopen deliberately.
    await setMemberActive({ actor: admin, memberId: id, version: 2, active: true });
    const back = await database.member.findUniqueOrThrow({ where: { id }, select: { deactivatedAt: true, user: { select: { deactivatedAt: true } } } });
    expect(back.deactivatedAt).toBeNull();
    expect(back.user?.deactivatedAt).toBeInstanceOf(Date);
    expect(await database.auditLog.count({ where: { action: 'member.reactivate', entityId: id } })).toBe(1);
  });

  it('asks for the confirmation, refuses the secretary, one’s own member and a stale form, changing nothing', async () => {
    const { id } = await createMember({ actor: admin, fullName: 'Phan Văn Ở Lại', organizationId: cellMeritId, ...base });
    const before = await counts();
    expect(await call(setMemberActiveAction, admin, { memberId: id, version: '1', active: 'false' })).toMatchObject({ status: 'error', fieldErrors: { confirm: errors['member.confirmDeactivate'] } });
    expect(await call(setMemberActiveAction, secretary, { memberId: id, version: '1', active: 'false', confirm: 'on' })).toMatchObject({ status: 'error', message: errors.forbidden });
    expect(await call(setMemberActiveAction, admin, { memberId: admin.memberId, version: '1', active: 'false', confirm: 'on' })).toMatchObject({ status: 'error', message: errors['member.notYourself'] });
    await expect(setMemberActive({ actor: admin, memberId: id, version: 7, active: false })).rejects.toBeInstanceOf(StaleRecordError);
    expect((await member(id)).deactivatedAt).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('refuses to reactivate a member in a unit that has since closed, changing nothing', async () => {
    const closing = await database.organization.create({ data: { name: 'Chi bộ Sắp Giải Thể', kind: 'CELL', parentId: (await database.organization.findUniqueOrThrow({ where: { id: cellMeritId } })).parentId }, select: { id: true } });
    const { id } = await database.member.create({ data: { fullName: 'Hồ Văn Về Hưu', organizationId: closing.id, deactivatedAt: new Date() }, select: { id: true } });
    await database.organization.update({ where: { id: closing.id }, data: { deactivatedAt: new Date() } });
    const before = await counts();
    expect(await call(setMemberActiveAction, admin, { memberId: id, version: '1', active: 'true' })).toMatchObject({
      status: 'error', message: messages.errors['member.reactivateInClosedUnit']!.replace('{unit}', 'Chi bộ Sắp Giải Thể'),
    });
    expect((await member(id)).deactivatedAt).toBeInstanceOf(Date);
    expect(await counts()).toEqual(before);
  });
});

describe('transferring a member', () => {
  it('writes the transfer, moves the member and audits it in one step; open seats stay open', async () => {
    const { id } = await createMember({ actor: secretary, fullName: 'Võ Thành Chuyển', organizationId: cellMeritId, ...base });
    const committee = await database.committee.findFirstOrThrow({ where: { name: 'Ban Chấp hành Đảng bộ Sở' }, select: { id: true } });
    const seat = await database.committeeSeat.create({ data: { committeeId: committee.id, memberId: id, position: 'EXECUTIVE_MEMBER', startDate: day('2022-01-01') }, select: { id: true } });
    const result = await transferMember({ actor: secretary, memberId: id, version: 1, toOrganizationId: cellLabourId, effectiveDate: day('2024-03-01'), note: 'Quyết định số 12-QĐ/ĐU' });
    expect(await member(id)).toMatchObject({ organizationId: cellLabourId, version: 2 });
    const transfer = await database.memberTransfer.findUniqueOrThrow({ where: { id: result.transferId } });
    expect(transfer).toMatchObject({ memberId: id, fromOrganizationId: cellMeritId, toOrganizationId: cellLabourId, effectiveDate: day('2024-03-01'), note: 'Quyết định số 12-QĐ/ĐU', createdById: secretary.userId });
    const audit = await database.auditLog.findFirstOrThrow({ where: { action: 'member.transfer', entityId: id } });
    expect(audit.before).toMatchObject({ organizationId: cellMeritId });
    expect(audit.after).toMatchObject({ organizationId: cellLabourId, transfer: { id: result.transferId, note: 'Quyết định số 12-QĐ/ĐU' } });
    expect((await database.committeeSeat.findUniqueOrThrow({ where: { id: seat.id } })).endDate).toBeNull();
    const history = await findMemberHistory({ actor: secretary, memberId: id });
    expect(history.seats).toMatchObject([{ id: seat.id, state: 'current' }]);
  });

  it('refuses a date after today, one before the latest transfer, the same unit and a stale form, changing nothing', async () => {
    const { id } = await createMember({ actor: secretary, fullName: 'Đoàn Văn Ngày', organizationId: cellMeritId, ...base });
    await transferMember({ actor: secretary, memberId: id, version: 1, toOrganizationId: cellLabourId, effectiveDate: day('2024-06-10'), note: null });
    const before = await counts();
    expect(await call(transferMemberAction, secretary, { memberId: id, version: '2', toOrganizationId: cellOfficeId, effectiveDate: addDays(today(), 1) })).toMatchObject({ status: 'error', fieldErrors: { effectiveDate: errors['member.transferInFuture'] } });
    expect(await call(transferMemberAction, secretary, { memberId: id, version: '2', toOrganizationId: cellOfficeId, effectiveDate: '2024-06-09' })).toMatchObject({ status: 'error', fieldErrors: { effectiveDate: errors['member.transferBeforeLast']!.replace('{date}', '10/06/2024') } });
    expect(await call(transferMemberAction, secretary, { memberId: id, version: '2', toOrganizationId: cellLabourId, effectiveDate: '2024-07-01' })).toMatchObject({ status: 'error', fieldErrors: { toOrganizationId: errors['member.transferSameUnit'] } });
    await expect(transferMember({ actor: secretary, memberId: id, version: 1, toOrganizationId: cellOfficeId, effectiveDate: day('2024-07-01'), note: null })).rejects.toBeInstanceOf(StaleRecordError);
    expect(await counts()).toEqual(before);
    // Today itself and the same day as the latest transfer are allowed.
    await transferMember({ actor: secretary, memberId: id, version: 2, toOrganizationId: cellOfficeId, effectiveDate: day('2024-06-10'), note: null });
    await transferMember({ actor: secretary, memberId: id, version: 3, toOrganizationId: cellMeritId, effectiveDate: day(today()), note: null });
    expect((await member(id)).organizationId).toBe(cellMeritId);
  });

  it('refuses a unit outside the scope, a member outside it, a deactivated member and a namesake in the new unit', async () => {
    const { id } = await createMember({ actor: admin, fullName: 'Tôn Nữ Phạm Vi', organizationId: cellMeritId, ...base });
    const before = await counts();
    const state = await call(transferMemberAction, secretary, { memberId: id, version: '1', toOrganizationId: blockId, effectiveDate: '2024-01-15' });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { toOrganizationId: errors['member.unitOutOfScope'] } });
    const foreign = await database.member.create({ data: { fullName: 'Đinh Văn Khối Hai', organizationId: blockId }, select: { id: true } });
    await expect(transferMember({ actor: secretary, memberId: foreign.id, version: 1, toOrganizationId: cellMeritId, effectiveDate: day('2024-01-15'), note: null })).rejects.toBeInstanceOf(NotFoundError);
    await createMember({ actor: admin, fullName: 'Tôn Nữ Phạm Vi', organizationId: cellLabourId, ...base });
    await expect(transferMember({ actor: secretary, memberId: id, version: 1, toOrganizationId: cellLabourId, effectiveDate: day('2024-01-15'), note: null })).rejects.toMatchObject({ messageKey: 'member.duplicate', field: 'toOrganizationId' });
    expect((await member(id)).organizationId).toBe(cellMeritId);
    const inactive = await database.member.create({ data: { fullName: 'Lữ Văn Đã Nghỉ', organizationId: cellMeritId, deactivatedAt: new Date() }, select: { id: true } });
    await expect(transferMember({ actor: secretary, memberId: inactive.id, version: 1, toOrganizationId: cellOfficeId, effectiveDate: day('2024-01-15'), note: null })).rejects.toMatchObject({ messageKey: 'member.inactive' });
    expect(await database.memberTransfer.count()).toBe(before.transfers);
  });
});

describe('a member’s history', () => {
  it('lists transfers and committee seats oldest first, each seat held, ended or yet to start', async () => {
    const { id } = await createMember({ actor: admin, fullName: 'Quách Thị Lịch Sử', organizationId: cellMeritId, ...base });
    const committees = await database.committee.findMany({ where: { name: { in: ['Ban Chấp hành Đảng bộ Sở', 'Ban Thường vụ Đảng ủy Sở'] } }, select: { id: true, name: true } });
    const executive = committees.find((committee) => committee.name === 'Ban Chấp hành Đảng bộ Sở')!.id;
    const standing = committees.find((committee) => committee.name === 'Ban Thường vụ Đảng ủy Sở')!.id;
    // Written out of order, as a merge or a correction may add them.
    await database.memberTransfer.create({ data: { memberId: id, fromOrganizationId: cellLabourId, toOrganizationId: cellMeritId, effectiveDate: day('2023-05-02') } });
    await database.memberTransfer.create({ data: { memberId: id, fromOrganizationId: cellOfficeId, toOrganizationId: cellLabourId, effectiveDate: day('2021-09-15'), note: 'Điều động' } });
    await database.committeeSeat.create({ data: { committeeId: standing, memberId: id, position: 'STANDING_MEMBER', startDate: day('2023-01-01') } });
    await database.committeeSeat.create({ data: { committeeId: executive, memberId: id, position: 'EXECUTIVE_MEMBER', startDate: day('2020-07-01'), endDate: day('2022-12-31') } });
    await database.committeeSeat.create({ data: { committeeId: executive, memberId: id, position: 'DEPUTY_SECRETARY', startDate: day(addDays(today(), 5)) } });

    const history = await findMemberHistory({ actor: secretary, memberId: id });
    expect(history.transfers.map((transfer) => [transfer.effectiveDate, transfer.fromOrganization.id, transfer.toOrganization.id, transfer.note])).toEqual([
      ['2021-09-15', cellOfficeId, cellLabourId, 'Điều động'],
      ['2023-05-02', cellLabourId, cellMeritId, null],
    ]);
    expect(history.seats.map((seat) => [seat.startDate, seat.endDate, seat.position, seat.state])).toEqual([
      ['2020-07-01', '2022-12-31', 'EXECUTIVE_MEMBER', 'ended'],
      ['2023-01-01', null, 'STANDING_MEMBER', 'current'],
      [addDays(today(), 5), null, 'DEPUTY_SECRETARY', 'upcoming'],
    ]);
    expect(history.seats[1]).toMatchObject({ committee: { name: 'Ban Thường vụ Đảng ủy Sở', organization: { name: expect.any(String) }, term: { name: expect.any(String) } } });
    // Outside the scope: not found, like the member.
    const foreign = await database.member.create({ data: { fullName: 'Đinh Văn Sử', organizationId: blockId }, select: { id: true } });
    await expect(findMemberHistory({ actor: secretary, memberId: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows the account only to an admin of the unit, and counts the conferences and tasks the reader may see', async () => {
    const attendee = await database.user.findUniqueOrThrow({ where: { username: 'daibieu' }, select: { memberId: true } });
    const forAdmin = await getMember({ actor: admin, memberId: attendee.memberId });
    expect(forAdmin).toMatchObject({ account: { username: 'daibieu' }, accountVisible: true, canChangeStatus: true });
    expect(forAdmin.conferenceCount).toBeGreaterThan(0);
    expect(forAdmin.conferences.length).toBe(Math.min(forAdmin.conferenceCount, 5));
    const forSecretary = await getMember({ actor: secretary, memberId: attendee.memberId });
    expect(forSecretary).toMatchObject({ account: null, accountVisible: false, canChangeStatus: false });
    expect(forSecretary.taskCount).toBe(await database.task.count({ where: { responsibleMemberId: attendee.memberId } }));
  });
});
