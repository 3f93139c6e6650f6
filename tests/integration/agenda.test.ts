import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { vietnamTimeOf } from '../../lib/domain/vietnam-time.ts';
import { en } from '../../lib/i18n/messages/en.ts';
import { vi } from '../../lib/i18n/messages/vi.ts';
import { addAgendaItemSchema, updateAgendaItemSchema } from '../../lib/schemas/agenda.ts';
import { createConferenceSchema } from '../../lib/schemas/conference.ts';
import { addAgendaItem } from '../../lib/server/agenda/add-agenda-item.ts';
import { moveAgendaItem } from '../../lib/server/agenda/move-agenda-item.ts';
import { removeAgendaItem } from '../../lib/server/agenda/remove-agenda-item.ts';
import { updateAgendaItem } from '../../lib/server/agenda/update-agenda-item.ts';
import { changeConferenceStatus } from '../../lib/server/conferences/change-conference-status.ts';
import { createConference } from '../../lib/server/conferences/create-conference.ts';
import { NotFoundError, RuleViolationError, StaleRecordError } from '../../lib/server/errors.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let admin: Actor;
let attendee: Actor;
/** A secretary of another department under the same block committee: sees none of ours. */
let otherSecretary: Actor;
let otherMemberId: string;
let departmentId: string;
let referenceId: string;
const PEOPLE = { hung: 'Nguyễn Văn Hùng', linh: 'Trần Thị Mỹ Linh', trang: 'Phạm Thị Thu Trang' } as const;
const people = {} as Record<keyof typeof PEOPLE, string>;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

/** A fresh draft conference of the department, 07:30–11:30 on 15/12/2026. */
async function draftConference(): Promise<string> {
  const input = createConferenceSchema.parse({
    kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành thường kỳ', date: '2026-12-15', startTime: '07:30', endTime: '11:30',
    hostOrganizationId: departmentId, chairMemberIds: [people.hung], secretaryMemberId: people.trang,
  });
  return (await createConference({ actor: secretary, ...input })).id;
}

/** The agenda form as the browser posts it, parsed as the action parses it. */
function itemInput(conferenceId: string, overrides: Record<string, string> = {}) {
  return addAgendaItemSchema.parse({ conferenceId, startTime: '07:30', title: 'Tuyên bố lý do, giới thiệu đại biểu', presenterMemberId: people.trang, presenterName: '', durationMinutes: '15', ...overrides });
}

async function addItems(conferenceId: string, titles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push((await addAgendaItem({ actor: secretary, ...itemInput(conferenceId, { title, startTime: '' }) })).id);
  return ids;
}

const agendaOf = async (conferenceId: string) =>
  database.agendaItem.findMany({ where: { conferenceId }, orderBy: { position: 'asc' }, select: { id: true, position: true, title: true } });

const counts = async () => ({ agendaItems: await database.agendaItem.count(), audit: await database.auditLog.count() });

/** The refusal of a use case, for asserting on its kind and message key. */
const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await actorFor('vanphong');
  admin = await actorFor('quantri');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  referenceId = (await database.conference.findFirstOrThrow({ where: { status: 'CONCLUDED' } })).id;
  for (const key of Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]) {
    people[key] = (await database.member.findFirstOrThrow({ where: { fullName: PEOPLE[key] } })).id;
  }

  const block = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } });
  const health = await database.organization.create({ data: { name: 'Đảng bộ Sở Y tế', kind: 'GRASSROOTS_COMMITTEE', parentId: block.id } });
  const member = await database.member.create({ data: { fullName: 'Đinh Thị Lan', organizationId: health.id, title: 'Chánh Văn phòng Đảng ủy Sở Y tế' } });
  otherMemberId = member.id;
  const user = await database.user.create({
    data: { memberId: member.id, username: 'vanphong-yte', passwordHash: 'not-a-login', roles: { create: { role: 'SECRETARY', organizationId: health.id } } },
  });
  otherSecretary = (await loadActor(user.id))!;
});

afterAll(async () => {
  await demo?.close();
});

describe('the agenda item schema', () => {
  it('takes blank time and duration as "not fixed yet"', () => {
    const parsed = addAgendaItemSchema.parse({ conferenceId: crypto.randomUUID(), title: ' Bế mạc ', startTime: '', durationMinutes: '', presenterMemberId: '', presenterName: '' });
    expect(parsed).toMatchObject({ title: 'Bế mạc', startTime: null, durationMinutes: null, presenterMemberId: null, presenterName: null });
  });

  it('refuses a bad time, a bad duration and two presenters, field by field', () => {
    const result = updateAgendaItemSchema.safeParse({
      agendaItemId: crypto.randomUUID(), version: '1', title: 'x', startTime: '25:00', durationMinutes: '0', presenterMemberId: crypto.randomUUID(), presenterName: 'Khách',
    });
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(byField).toMatchObject({ startTime: 'conference.invalidTime', durationMinutes: 'agenda.invalidDuration' });
    const both = addAgendaItemSchema.safeParse({ conferenceId: crypto.randomUUID(), title: 'x', presenterMemberId: crypto.randomUUID(), presenterName: 'Khách' });
    expect(both.error!.issues[0]).toMatchObject({ path: ['presenterName'], message: 'agenda.presenterEither' });
  });
});

describe('adding and editing agenda items', () => {
  it('appends an item at the next position on the conference day, audited', async () => {
    const conferenceId = await draftConference();
    await addItems(conferenceId, ['Khai mạc']);
    const before = await counts();
    const { id } = await addAgendaItem({ actor: secretary, ...itemInput(conferenceId, { startTime: '08:40', title: 'Thảo luận', presenterMemberId: '', presenterName: 'Các đại biểu dự Hội nghị', durationMinutes: '90' }) });
    expect(await counts()).toEqual({ agendaItems: before.agendaItems + 1, audit: before.audit + 1 });
    const item = await database.agendaItem.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ position: 2, durationMinutes: 90, presenterName: 'Các đại biểu dự Hội nghị', presenterMemberId: null, version: 1 });
    expect(item.startsAt?.toISOString()).toBe('2026-12-15T01:40:00.000Z');
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'AgendaItem', entityId: id } });
    expect(audit).toMatchObject({ action: 'agendaItem.create', actorUserId: secretary.userId, after: { position: 2, title: 'Thảo luận' } });
  });

  it('refuses a time outside the conference hours and a presenter from another organisation, writing nothing', async () => {
    const conferenceId = await draftConference();
    const before = await counts();
    expect(await refusal(addAgendaItem({ actor: secretary, ...itemInput(conferenceId, { startTime: '06:00' }) })))
      .toMatchObject({ messageKey: 'agenda.timeOutsideConference', field: 'startTime', values: { start: '07:30', end: '11:30' } });
    expect(await refusal(addAgendaItem({ actor: secretary, ...itemInput(conferenceId, { presenterMemberId: otherMemberId }) })))
      .toMatchObject({ messageKey: 'agenda.presenterOutOfHost', field: 'presenterMemberId' });
    expect(await counts()).toEqual(before);
  });

  it('saves an edit, audited with before and after', async () => {
    const conferenceId = await draftConference();
    const [id] = await addItems(conferenceId, ['Khai mạc']);
    await updateAgendaItem({ actor: secretary, ...updateAgendaItemSchema.parse({ agendaItemId: id, version: '1', title: 'Phát biểu khai mạc', startTime: '07:45', presenterMemberId: people.hung, durationMinutes: '10' }) });
    const item = await database.agendaItem.findUniqueOrThrow({ where: { id } });
    expect(item).toMatchObject({ title: 'Phát biểu khai mạc', presenterMemberId: people.hung, durationMinutes: 10, version: 2 });
    expect(vietnamTimeOf(item.startsAt!)).toBe('07:45');
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'AgendaItem', entityId: id, action: 'agendaItem.update' } });
    expect(audit).toMatchObject({ before: { title: 'Khai mạc', version: 1 }, after: { title: 'Phát biểu khai mạc', version: 2 } });
  });

  it('refuses a stale edit naming who changed the item, and overwrites nothing', async () => {
    const conferenceId = await draftConference();
    const [id] = await addItems(conferenceId, ['Khai mạc']);
    await updateAgendaItem({ actor: admin, ...updateAgendaItemSchema.parse({ agendaItemId: id, version: '1', title: 'Khai mạc Hội nghị' }) });
    const before = await counts();
    const error = await refusal(updateAgendaItem({ actor: secretary, ...updateAgendaItemSchema.parse({ agendaItemId: id, version: '1', title: 'Bản cũ' }) }));
    expect(error).toBeInstanceOf(StaleRecordError);
    expect(error).toMatchObject({ changedBy: 'Lê Thị Hồng Nhung' });
    expect(await counts()).toEqual(before);
    expect(await database.agendaItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: 'Khai mạc Hội nghị', version: 2 });
  });
});

describe('ordering the agenda', () => {
  const versionOf = async (id: string) => (await database.agendaItem.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

  it('moves items up and down keeping positions 1..n without gaps, each move audited', async () => {
    const conferenceId = await draftConference();
    const [a, b, c, d] = await addItems(conferenceId, ['A', 'B', 'C', 'D']);
    const before = await counts();
    expect(await moveAgendaItem({ actor: secretary, agendaItemId: d!, version: await versionOf(d!), direction: 'up' })).toMatchObject({ position: 3 });
    await moveAgendaItem({ actor: secretary, agendaItemId: d!, version: await versionOf(d!), direction: 'up' });
    await moveAgendaItem({ actor: secretary, agendaItemId: a!, version: await versionOf(a!), direction: 'down' });
    const agenda = await agendaOf(conferenceId);
    expect(agenda.map((item) => item.title)).toEqual(['D', 'A', 'B', 'C']);
    expect(agenda.map((item) => item.position)).toEqual([1, 2, 3, 4]);
    expect(agenda.map((item) => item.id)).toEqual([d, a, b, c]);
    expect(await counts()).toEqual({ agendaItems: before.agendaItems, audit: before.audit + 3 });
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'AgendaItem', entityId: a, action: 'agendaItem.move' } });
    expect(audit).toMatchObject({ before: { position: 1 }, after: { position: 2, swappedWith: d } });
  });

  it('a second move from the same page (a double click) is refused as stale, moving once', async () => {
    const conferenceId = await draftConference();
    const [a] = await addItems(conferenceId, ['A', 'B', 'C']);
    await moveAgendaItem({ actor: secretary, agendaItemId: a!, version: 1, direction: 'down' });
    const before = await counts();
    expect(await refusal(moveAgendaItem({ actor: secretary, agendaItemId: a!, version: 1, direction: 'down' }))).toBeInstanceOf(StaleRecordError);
    expect(await counts()).toEqual(before);
    expect((await agendaOf(conferenceId)).map((item) => item.title)).toEqual(['B', 'A', 'C']);
  });

  it('refuses moving the first item up or the last down, changing nothing', async () => {
    const conferenceId = await draftConference();
    const [first, last] = await addItems(conferenceId, ['Khai mạc', 'Bế mạc']);
    const before = await counts();
    expect(await refusal(moveAgendaItem({ actor: secretary, agendaItemId: first!, version: 1, direction: 'up' }))).toMatchObject({ messageKey: 'agenda.alreadyFirst' });
    expect(await refusal(moveAgendaItem({ actor: secretary, agendaItemId: last!, version: 1, direction: 'down' }))).toMatchObject({ messageKey: 'agenda.alreadyLast' });
    expect(await counts()).toEqual(before);
    expect((await agendaOf(conferenceId)).map((item) => item.title)).toEqual(['Khai mạc', 'Bế mạc']);
  });

  it('removing an item closes the gap in the numbering, audited with what was removed', async () => {
    const conferenceId = await draftConference();
    const [, b] = await addItems(conferenceId, ['A', 'B', 'C']);
    await removeAgendaItem({ actor: secretary, agendaItemId: b!, version: 1 });
    expect((await agendaOf(conferenceId)).map((item) => [item.position, item.title])).toEqual([[1, 'A'], [2, 'C']]);
    const audit = await database.auditLog.findFirstOrThrow({ where: { entity: 'AgendaItem', entityId: b, action: 'agendaItem.remove' } });
    expect(audit.before).toMatchObject({ title: 'B', position: 2 });
  });
});

describe('what the conference’s stage allows', () => {
  it('refuses an item on a closed conference with a clear message, writing nothing', async () => {
    const conferenceId = await draftConference();
    const [existing] = await addItems(conferenceId, ['Khai mạc', 'Bế mạc']);
    let version = 1;
    for (const to of ['SCHEDULED', 'HELD', 'CONCLUDED', 'CLOSED'] as const) {
      // Concluding needs one published conclusion (the notice of conclusions is out).
      if (to === 'CONCLUDED') await database.conclusion.create({ data: { conferenceId, number: 1, content: 'Kết luận.', publishedAt: new Date() } });
      await changeConferenceStatus({ actor: secretary, conferenceId, version: version++, to });
    }
    const before = await counts();
    const error = await refusal(addAgendaItem({ actor: secretary, ...itemInput(conferenceId) }));
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(error).toMatchObject({ messageKey: 'agenda.closed' });
    expect(vi.errors['agenda.closed']).toBe('Hội nghị đã đóng, không sửa được chương trình.');
    expect(en.errors['agenda.closed']).toBe('This conference is closed; its agenda cannot be changed.');
    for (const attempt of [
      updateAgendaItem({ actor: secretary, ...updateAgendaItemSchema.parse({ agendaItemId: existing, version: '1', title: 'Sửa muộn' }) }),
      removeAgendaItem({ actor: secretary, agendaItemId: existing!, version: 1 }),
      moveAgendaItem({ actor: secretary, agendaItemId: existing!, version: 1, direction: 'down' }),
    ]) {
      expect(await refusal(attempt)).toMatchObject({ messageKey: 'agenda.closed' });
    }
    expect(await counts()).toEqual(before);
    expect((await agendaOf(conferenceId)).map((item) => item.title)).toEqual(['Khai mạc', 'Bế mạc']);
  });

  it('refuses changes once the conclusions are out (the reference conference is concluded)', async () => {
    const before = await counts();
    expect(await refusal(addAgendaItem({ actor: secretary, ...itemInput(referenceId) }))).toMatchObject({ messageKey: 'agenda.locked' });
    expect(await counts()).toEqual(before);
  });
});

describe('who may change an agenda', () => {
  it('refuses an attendee, and shows our agenda as not found to another organisation’s secretary, writing nothing', async () => {
    const conferenceId = await draftConference();
    const [item] = await addItems(conferenceId, ['Khai mạc', 'Bế mạc']);
    const before = await counts();
    expect(await refusal(addAgendaItem({ actor: attendee, ...itemInput(conferenceId) }))).toBeInstanceOf(PermissionDeniedError);
    expect(await refusal(addAgendaItem({ actor: otherSecretary, ...itemInput(conferenceId) }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(updateAgendaItem({ actor: otherSecretary, ...updateAgendaItemSchema.parse({ agendaItemId: item, version: '1', title: 'Của Sở Y tế' }) }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(moveAgendaItem({ actor: otherSecretary, agendaItemId: item!, version: 1, direction: 'down' }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(removeAgendaItem({ actor: otherSecretary, agendaItemId: item!, version: 1 }))).toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    expect((await agendaOf(conferenceId)).map((entry) => entry.title)).toEqual(['Khai mạc', 'Bế mạc']);
  });
});
