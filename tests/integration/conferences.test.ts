import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vietnamTimeOf } from '../../lib/domain/vietnam-time.ts';
import { vi } from '../../lib/i18n/messages/vi.ts';
import { createConferenceSchema, duplicateConferenceSchema, updateConferenceSchema } from '../../lib/schemas/conference.ts';
import { addAgendaItem } from '../../lib/server/agenda/add-agenda-item.ts';
import { changeConferenceStatus } from '../../lib/server/conferences/change-conference-status.ts';
import { createConference } from '../../lib/server/conferences/create-conference.ts';
import { duplicateConference } from '../../lib/server/conferences/duplicate-conference.ts';
import { updateConference } from '../../lib/server/conferences/update-conference.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let admin: Actor;
let attendee: Actor;
/** A secretary of another department under the same block committee: sees none of ours. */
let otherSecretary: Actor;
let departmentId: string;
let cellLabourId: string;
let executiveCommitteeId: string;
let schoolCommitteeId: string;
let referenceId: string;
const PEOPLE = { hung: 'Nguyễn Văn Hùng', linh: 'Trần Thị Mỹ Linh', trang: 'Phạm Thị Thu Trang', khoa: 'Võ Minh Khoa' } as const;
const people = {} as Record<keyof typeof PEOPLE, string>;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

/** The conference form as the browser posts it. */
function conferenceForm(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành Đảng bộ Sở thường kỳ tháng 12/2026', date: '2026-12-15', startTime: '07:30', endTime: '11:00',
    venue: 'Phòng họp số 1', hostOrganizationId: departmentId, chairMemberIds: [people.hung, people.linh], secretaryMemberId: people.trang,
    quorumCommitteeId: executiveCommitteeId, planId: '', ...overrides,
  };
}

const conferenceInput = (overrides: Record<string, unknown> = {}) => createConferenceSchema.parse(conferenceForm(overrides));

function updateInput(conferenceId: string, version: number, overrides: Record<string, unknown> = {}) {
  return updateConferenceSchema.parse({
    kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành Đảng bộ Sở thường kỳ tháng 12/2026', date: '2026-12-15', startTime: '07:30', endTime: '11:00',
    venue: 'Phòng họp số 1', hostOrganizationId: departmentId, chairMemberIds: [people.hung], secretaryMemberId: people.trang,
    quorumCommitteeId: executiveCommitteeId, planId: '', conferenceId, version: String(version), ...overrides,
  });
}

const counts = async () => ({
  conferences: await database.conference.count(),
  chairs: await database.conferenceChair.count(),
  agendaItems: await database.agendaItem.count(),
  invitations: await database.invitation.count(),
  invitees: await database.invitee.count(),
  audit: await database.auditLog.count(),
});

/** The refusal of a use case, for asserting on its kind and message key. */
const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await actorFor('vanphong');
  admin = await actorFor('quantri');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  cellLabourId = (await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Phòng Lao động – Việc làm' } })).id;
  executiveCommitteeId = (await database.committee.findFirstOrThrow({ where: { name: 'Ban Chấp hành Đảng bộ Sở' } })).id;
  schoolCommitteeId = (await database.committee.findFirstOrThrow({ where: { name: 'Ban Chấp hành Đảng bộ bộ phận Trường' } })).id;
  referenceId = (await database.conference.findFirstOrThrow({ where: { status: 'CONCLUDED' } })).id;
  for (const key of Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]) {
    people[key] = (await database.member.findFirstOrThrow({ where: { fullName: PEOPLE[key] } })).id;
  }

  const block = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } });
  const health = await database.organization.create({ data: { name: 'Đảng bộ Sở Y tế', kind: 'GRASSROOTS_COMMITTEE', parentId: block.id } });
  const member = await database.member.create({ data: { fullName: 'Đinh Thị Lan', organizationId: health.id, title: 'Chánh Văn phòng Đảng ủy Sở Y tế' } });
  const user = await database.user.create({
    data: { memberId: member.id, username: 'vanphong-yte', passwordHash: 'not-a-login', roles: { create: { role: 'SECRETARY', organizationId: health.id } } },
  });
  otherSecretary = (await loadActor(user.id))!;
});

afterAll(async () => {
  await demo?.close();
});

describe('the conference form schema', () => {
  it('reads the day and times as Vietnam time', () => {
    const input = conferenceInput();
    expect(input.startsAt.toISOString()).toBe('2026-12-15T00:30:00.000Z');
    expect(input.endsAt.toISOString()).toBe('2026-12-15T04:00:00.000Z');
    expect(input.chairMemberIds).toEqual([people.hung, people.linh]);
  });

  it('refuses an end before the start next to the end time', () => {
    const result = createConferenceSchema.safeParse(conferenceForm({ startTime: '14:00', endTime: '13:30' }));
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['endTime'], message: 'conference.endBeforeStart' })]);
    expect(vi.errors['conference.endBeforeStart']).toBe('Giờ kết thúc phải sau giờ bắt đầu.');
  });

  it('needs a chair, once each, and a valid time', () => {
    const result = createConferenceSchema.safeParse(conferenceForm({ startTime: '7h30', chairMemberIds: ['', ''] }));
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(byField).toMatchObject({ startTime: 'conference.invalidTime', chairMemberIds: 'conference.chairRequired' });
    const twice = createConferenceSchema.safeParse(conferenceForm({ chairMemberIds: [people.hung, people.hung] }));
    expect(twice.error!.issues[0]).toMatchObject({ path: ['chairMemberIds'], message: 'conference.chairTwice' });
  });
});

describe('creating a conference', () => {
  it('creates a draft with its ordered chairs and an audit row in one transaction', async () => {
    const before = await counts();
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    expect(await counts()).toEqual({ ...before, conferences: before.conferences + 1, chairs: before.chairs + 2, audit: before.audit + 1 });
    const conference = await database.conference.findUniqueOrThrow({ where: { id }, include: { chairs: { orderBy: { position: 'asc' } } } });
    expect(conference).toMatchObject({ status: 'DRAFT', version: 1, hostOrganizationId: departmentId, secretaryMemberId: people.trang, quorumCommitteeId: executiveCommitteeId });
    expect(conference.chairs.map((chair) => [chair.memberId, chair.position])).toEqual([[people.hung, 1], [people.linh, 2]]);
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'Conference', entityId: id } });
    expect(audit).toMatchObject({ action: 'conference.create', actorUserId: secretary.userId, outcome: 'SUCCESS' });
    expect(audit.after).toMatchObject({ status: 'DRAFT', startsAt: '2026-12-15T00:30:00.000Z', chairs: [{ memberId: people.hung, position: 1 }, { memberId: people.linh, position: 2 }] });
  });

  it('creates one under a plan of the office', async () => {
    const plan = await database.plan.findFirstOrThrow({ select: { id: true } });
    const { id } = await createConference({ actor: secretary, ...conferenceInput({ planId: plan.id, kind: 'MID_TERM_REVIEW' }) });
    expect(await database.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ planId: plan.id, kind: 'MID_TERM_REVIEW' });
  });

  it('refuses an end before the start even past the form, and writes nothing (the database has a CHECK too)', async () => {
    const before = await counts();
    const input = conferenceInput();
    const error = await refusal(createConference({ actor: secretary, ...input, endsAt: input.startsAt }));
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'conference.endBeforeStart', field: 'endTime' });
    expect(await counts()).toEqual(before);
  });

  it('refuses chairs, a secretary or a committee from outside the host, field by field, writing nothing', async () => {
    const before = await counts();
    // Hosted by a cell: the department's director is not one of its members, nor its committee the cell's.
    const cellHosted = { hostOrganizationId: cellLabourId, quorumCommitteeId: '', secretaryMemberId: people.khoa };
    expect(await refusal(createConference({ actor: secretary, ...conferenceInput({ ...cellHosted, chairMemberIds: [people.khoa, people.hung] }) })))
      .toMatchObject({ messageKey: 'conference.chairOutOfHost', field: 'chairMemberIds' });
    expect(await refusal(createConference({ actor: secretary, ...conferenceInput({ ...cellHosted, chairMemberIds: [people.khoa], secretaryMemberId: people.trang }) })))
      .toMatchObject({ messageKey: 'conference.secretaryOutOfHost', field: 'secretaryMemberId' });
    expect(await refusal(createConference({ actor: secretary, ...conferenceInput({ quorumCommitteeId: schoolCommitteeId }) })))
      .toMatchObject({ messageKey: 'conference.committeeOutOfHost', field: 'quorumCommitteeId' });
    expect(await counts()).toEqual(before);
  });

  it('refuses an attendee, and a secretary of another organisation as host of ours, writing nothing', async () => {
    const before = await counts();
    expect(await refusal(createConference({ actor: attendee, ...conferenceInput() }))).toBeInstanceOf(PermissionDeniedError);
    expect(await refusal(createConference({ actor: otherSecretary, ...conferenceInput() }))).toMatchObject({ messageKey: 'conference.hostOutOfScope' });
    expect(await counts()).toEqual(before);
  });
});

describe('editing a conference', () => {
  it('saves the details and replaces the chairs, audited with before and after', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    await updateConference({ actor: secretary, ...updateInput(id, 1, { venue: 'Hội trường Sở', chairMemberIds: [people.linh, people.hung] }) });
    const conference = await database.conference.findUniqueOrThrow({ where: { id }, include: { chairs: { orderBy: { position: 'asc' } } } });
    expect(conference).toMatchObject({ venue: 'Hội trường Sở', version: 2 });
    expect(conference.chairs.map((chair) => chair.memberId)).toEqual([people.linh, people.hung]);
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'Conference', entityId: id, action: 'conference.update' } });
    expect(audit.before).toMatchObject({ venue: 'Phòng họp số 1', version: 1 });
    expect(audit.after).toMatchObject({ venue: 'Hội trường Sở', version: 2 });
  });

  it('refuses a stale edit naming who changed it, and overwrites nothing', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    const loadedVersion = 1;
    await updateConference({ actor: admin, ...updateInput(id, loadedVersion, { venue: 'Hội trường lớn' }) });
    const before = await counts();
    const error = await refusal(updateConference({ actor: secretary, ...updateInput(id, loadedVersion, { venue: 'Phòng họp cũ' }) }));
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ changedBy: 'Lê Thị Hồng Nhung' });
    expect(await counts()).toEqual(before);
    expect(await database.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ venue: 'Hội trường lớn', version: 2 });
  });

  it('moves the agenda with the conference when its day changes, keeping each time of day', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    await addAgendaItem({ actor: secretary, conferenceId: id, startTime: '08:15', title: 'Báo cáo tình hình tháng 12', presenterMemberId: people.linh, presenterName: null, durationMinutes: 30 });
    await updateConference({ actor: secretary, ...updateInput(id, 1, { date: '2026-12-18' }) });
    const [item] = await database.agendaItem.findMany({ where: { conferenceId: id } });
    expect(item?.startsAt?.toISOString()).toBe('2026-12-18T01:15:00.000Z');
    expect(item?.version).toBe(2);
  });

  it('refuses editing the details of a concluded conference, writing nothing', async () => {
    const before = await counts();
    const reference = await database.conference.findUniqueOrThrow({ where: { id: referenceId } });
    const error = await refusal(updateConference({ actor: secretary, ...updateInput(referenceId, reference.version, { date: '2023-07-31' }) }));
    expect(error).toMatchObject({ messageKey: 'conference.detailsLocked' });
    expect(await counts()).toEqual(before);
  });

  it('shows a conference of ours to a secretary of another organisation as not found, writing nothing', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    const before = await counts();
    expect(await refusal(updateConference({ actor: otherSecretary, ...updateInput(id, 1, { venue: 'Sở Y tế' }) }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(changeConferenceStatus({ actor: otherSecretary, conferenceId: id, version: 1, to: 'SCHEDULED' }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(updateConference({ actor: attendee, ...updateInput(id, 1) }))).toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
    expect(await database.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ venue: 'Phòng họp số 1', status: 'DRAFT', version: 1 });
  });
});

describe('the conference lifecycle', () => {
  it('moves one explicit step at a time, each version-checked and audited', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    await changeConferenceStatus({ actor: secretary, conferenceId: id, version: 1, to: 'SCHEDULED' });
    expect(await database.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SCHEDULED', version: 2 });
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'Conference', entityId: id, action: 'conference.changeStatus' } });
    expect(audit).toMatchObject({ before: { status: 'DRAFT', version: 1 }, after: { status: 'SCHEDULED', version: 2 } });
  });

  it('refuses an illegal jump (DRAFT → CLOSED), writing nothing', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    const before = await counts();
    expect(await refusal(changeConferenceStatus({ actor: secretary, conferenceId: id, version: 1, to: 'CLOSED' }))).toMatchObject({ messageKey: 'conference.statusStep' });
    expect(await refusal(changeConferenceStatus({ actor: secretary, conferenceId: id, version: 1, to: 'DRAFT' }))).toMatchObject({ messageKey: 'conference.statusStep' });
    expect(await counts()).toEqual(before);
    expect(await database.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('concludes only when there are conclusions and all of them are published', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    await changeConferenceStatus({ actor: secretary, conferenceId: id, version: 1, to: 'SCHEDULED' });
    await changeConferenceStatus({ actor: secretary, conferenceId: id, version: 2, to: 'HELD' });
    const before = await counts();
    expect(await refusal(changeConferenceStatus({ actor: secretary, conferenceId: id, version: 3, to: 'CONCLUDED' }))).toMatchObject({ messageKey: 'conference.noConclusions' });
    await database.conclusion.create({ data: { conferenceId: id, number: 1, content: 'Đã ban hành.', publishedAt: new Date() } });
    await database.conclusion.create({ data: { conferenceId: id, number: 2, content: 'Còn nháp.' } });
    expect(await refusal(changeConferenceStatus({ actor: secretary, conferenceId: id, version: 3, to: 'CONCLUDED' }))).toMatchObject({ messageKey: 'conference.unpublishedConclusions', values: { count: 1 } });
    expect(await database.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'HELD', version: 3 });
    expect((await counts()).audit).toBe(before.audit);
  });

  it('a second "Lên lịch" from a stale page is refused naming who took the step', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    await changeConferenceStatus({ actor: admin, conferenceId: id, version: 1, to: 'SCHEDULED' });
    const before = await counts();
    const error = await refusal(changeConferenceStatus({ actor: secretary, conferenceId: id, version: 1, to: 'SCHEDULED' }));
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ changedBy: 'Lê Thị Hồng Nhung' });
    expect(await counts()).toEqual(before);
  });

  it('a closed conference is read-only: details and status are refused with a clear message', async () => {
    const { id } = await createConference({ actor: secretary, ...conferenceInput() });
    let version = 1;
    for (const to of ['SCHEDULED', 'HELD', 'CONCLUDED', 'CLOSED'] as const) {
      // Concluding needs the notice of conclusions out: one published conclusion.
      if (to === 'CONCLUDED') await database.conclusion.create({ data: { conferenceId: id, number: 1, content: 'Kết luận.', publishedAt: new Date() } });
      await changeConferenceStatus({ actor: secretary, conferenceId: id, version: version++, to });
    }
    const before = await counts();
    expect(await refusal(updateConference({ actor: secretary, ...updateInput(id, version, { venue: 'Phòng khác' }) }))).toMatchObject({ messageKey: 'conference.closed' });
    expect(await refusal(changeConferenceStatus({ actor: secretary, conferenceId: id, version, to: 'CLOSED' }))).toMatchObject({ messageKey: 'conference.closed' });
    expect(vi.errors['conference.closed']).toContain('Hội nghị đã đóng');
    expect(await counts()).toEqual(before);
    expect(await database.conference.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'CLOSED', venue: 'Phòng họp số 1', version: 5 });
  });
});

describe('duplicating a conference', () => {
  it('starts a draft on the new day with the agenda moved and the chairs, but no invitations', async () => {
    const before = await counts();
    const source = await database.conference.findUniqueOrThrow({
      where: { id: referenceId },
      include: { agendaItems: { orderBy: { position: 'asc' } }, chairs: true, invitations: true },
    });
    const { id } = await duplicateConference({ actor: secretary, ...duplicateConferenceSchema.parse({ conferenceId: referenceId, date: '2027-07-30' }) });
    const copy = await database.conference.findUniqueOrThrow({
      where: { id },
      include: { agendaItems: { orderBy: { position: 'asc' } }, chairs: { orderBy: { position: 'asc' } }, invitations: true, invitees: true },
    });
    expect(copy).toMatchObject({
      status: 'DRAFT', version: 1, kind: source.kind, title: source.title, venue: source.venue, planId: null,
      hostOrganizationId: source.hostOrganizationId, secretaryMemberId: source.secretaryMemberId, quorumCommitteeId: source.quorumCommitteeId,
    });
    expect(copy.startsAt.toISOString()).toBe('2027-07-30T00:30:00.000Z');
    expect(copy.endsAt.toISOString()).toBe('2027-07-30T04:30:00.000Z');
    expect(copy.chairs.map((chair) => chair.memberId)).toEqual(source.chairs.map((chair) => chair.memberId));
    expect(copy.agendaItems.map((item) => [item.position, item.title, vietnamTimeOf(item.startsAt!), item.presenterMemberId, item.presenterName, item.durationMinutes]))
      .toEqual(source.agendaItems.map((item) => [item.position, item.title, vietnamTimeOf(item.startsAt!), item.presenterMemberId, item.presenterName, item.durationMinutes]));
    expect(copy.agendaItems.every((item) => item.startsAt!.toISOString().startsWith('2027-07-30'))).toBe(true);
    expect(source.invitations.length).toBeGreaterThan(0);
    expect(copy.invitations).toEqual([]);
    expect(copy.invitees).toEqual([]);
    expect(await counts()).toEqual({
      ...before,
      conferences: before.conferences + 1, chairs: before.chairs + source.chairs.length, agendaItems: before.agendaItems + source.agendaItems.length,
      audit: before.audit + 1,
    });
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'Conference', entityId: id } });
    expect(audit).toMatchObject({ action: 'conference.duplicate', after: { duplicatedFrom: referenceId, status: 'DRAFT' } });
  });

  it('is not found for a secretary of another organisation and refused to an attendee, writing nothing', async () => {
    const before = await counts();
    expect(await refusal(duplicateConference({ actor: otherSecretary, conferenceId: referenceId, date: '2027-07-30' }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(duplicateConference({ actor: attendee, conferenceId: referenceId, date: '2027-07-30' }))).toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
  });
});
