import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { contentDisposition } from '../../lib/domain/file-name.ts';
import { calendarFeedPath } from '../../lib/security/calendar-token.ts';
import { getCalendarFeed } from '../../lib/server/calendar/get-calendar-feed.ts';
import { getCalendarFeedLink } from '../../lib/server/calendar/get-calendar-feed-link.ts';
import { resetCalendarFeed } from '../../lib/server/calendar/reset-calendar-feed.ts';
import { countQueries } from '../helpers/count-queries.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';
import { parseIcs } from '../helpers/ics.ts';

// The download route reads the session through next-auth and the language from a cookie; here the test
// says who is signed in. The feed route has no session at all: its token is the credential.
const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => request.actor }));
vi.mock('../../lib/i18n/server.ts', async () => ({ getMessages: async () => ({ locale: 'vi', t: (await import('../../lib/i18n/messages/vi.ts')).vi }) }));
const { GET: downloadConference } = await import('../../app/api/conferences/[conferenceId]/calendar/route.ts');
const { GET: feed } = await import('../../app/api/calendar/[token]/route.ts');

const ORIGIN = 'http://hoinghi.local:3000';
/** Half a year after the demo conference: it is within the feed's year back. */
const NOW = '2024-01-15T02:00:00.000Z';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;
let demoConference: { id: string; title: string };
let departmentId: string;

function download(conferenceId: string) {
  return downloadConference(new Request(`${ORIGIN}/api/conferences/${conferenceId}/calendar`), { params: Promise.resolve({ conferenceId }) });
}

function fetchFeed(segment: string) {
  return feed(new Request(`${ORIGIN}/api/calendar/${segment}`), { params: Promise.resolve({ token: segment }) });
}

/** The actor's current feed token, as the calendar page shows it. */
async function tokenOf(actor: Actor): Promise<string> {
  const link = await getCalendarFeedLink({ actor });
  if (link.state !== 'active') throw new Error(`no active feed link: ${link.state}`);
  return link.token;
}

/** A user of their own, so deactivating or resetting them disturbs no other test. */
async function newAttendee(username: string, organizationName = 'Chi bộ Khoa Kỹ thuật'): Promise<Actor> {
  const unit = await database.organization.findFirstOrThrow({ where: { name: organizationName }, select: { id: true } });
  const member = await database.member.create({ data: { fullName: `Người dùng ${username}`, organizationId: unit.id }, select: { id: true } });
  const user = await database.user.create({
    data: { memberId: member.id, username, passwordHash: 'x', roles: { create: { role: 'ATTENDEE', organizationId: unit.id } } },
    select: { id: true },
  });
  return (await loadActor(user.id))!;
}

async function conferenceOfDepartment(title: string, { status = 'SCHEDULED', invite = [] as string[], day = '2024-03-05' } = {}) {
  return database.conference.create({
    data: {
      kind: 'REGULAR', title, status: status as 'SCHEDULED', hostOrganizationId: departmentId,
      startsAt: new Date(`${day}T14:00:00+07:00`), endsAt: new Date(`${day}T16:30:00+07:00`),
      invitees: { create: invite.map((memberId) => ({ memberId })) },
    },
    select: { id: true },
  });
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await demo.actorFor('vanphong');
  attendee = await demo.actorFor('daibieu');
  demoConference = await database.conference.findFirstOrThrow({ where: { startsAt: new Date('2023-07-31T07:30:00+07:00') }, select: { id: true, title: true } });
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
});

beforeEach(() => {
  request.actor = null;
  process.env.APP_ALLOW_FAKE_CLOCK = '1';
  process.env.APP_FAKE_NOW = NOW;
});

afterEach(() => {
  delete process.env.APP_ALLOW_FAKE_CLOCK;
  delete process.env.APP_FAKE_NOW;
});

afterAll(async () => {
  await demo?.close();
});

describe('one conference as an .ics download', () => {
  it('gives the demo conference of 31/07/2023 07:30–11:30 Vietnam time as 00:30–04:30 UTC', async () => {
    request.actor = attendee;
    const response = await download(demoConference.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    // "<title>.ics", the exact Vietnamese name in filename* (the demo's title has no character Windows refuses).
    expect(response.headers.get('Content-Disposition')).toBe(contentDisposition(`${demoConference.title}.ics`));
    expect(response.headers.get('Content-Disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(demoConference.title)}.ics`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('Content-Length')).toBe(String(bytes.length));
    const { events } = parseIcs(bytes.toString('utf8'));
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.properties.get('DTSTART')).toBe('20230731T003000Z');
    expect(event.properties.get('DTEND')).toBe('20230731T043000Z');
    expect(event.properties.get('UID')).toBe(`${demoConference.id}@hoi-nghi`);
    expect(event.properties.get('DTSTAMP')).toBe('20240115T020000Z');
    expect(event.text('SUMMARY')).toBe(demoConference.title);
    expect(event.text('SUMMARY')).toMatch(/Hội nghị/);
    expect(event.properties.get('URL')).toBe(`${ORIGIN}/conferences/${demoConference.id}`);
    const description = event.text('DESCRIPTION')!;
    expect(description).toContain('Thời gian: 31/07/2023, 07:30–11:30 (giờ Việt Nam)');
    expect(description).toContain('Chương trình hội nghị:\n1. 07:30');
  });

  it('answers 404 to a user who may not see the conference, 404 to a malformed id and 401 without a session', async () => {
    request.actor = await newAttendee('ngoai-pham-vi');
    expect((await download(demoConference.id)).status).toBe(404);
    request.actor = secretary;
    expect((await download('not-a-uuid')).status).toBe(404);
    request.actor = null;
    expect((await download(demoConference.id)).status).toBe(401);
  });
});

describe('the personal feed', () => {
  it('lists the conferences the owner may see from a year back, named after them, for their token only', async () => {
    await resetCalendarFeed({ actor: attendee, intent: 'create', now: new Date(NOW) });
    const invited = await conferenceOfDepartment('Hội nghị chuyên đề về giảm nghèo bền vững', { invite: [attendee.memberId] });
    const draft = await conferenceOfDepartment('Hội nghị (dự thảo)', { status: 'DRAFT', invite: [attendee.memberId] });
    const notInvited = await conferenceOfDepartment('Hội nghị Ban Thường vụ');

    const response = await fetchFeed(calendarFeedPath(await tokenOf(attendee)).split('/').pop()!);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const { header, events } = parseIcs(await response.text());
    expect(header.get('X-WR-CALNAME')).toBe('Hội nghị — Võ Minh Khoa');
    expect(header.get('REFRESH-INTERVAL;VALUE=DURATION')).toBe('PT1H');
    const uids = events.map((event) => event.properties.get('UID'));
    expect(uids).toEqual([`${demoConference.id}@hoi-nghi`, `${invited.id}@hoi-nghi`]);
    expect(uids).not.toContain(`${draft.id}@hoi-nghi`);
    expect(uids).not.toContain(`${notInvited.id}@hoi-nghi`);
    expect(events[0]!.properties.get('DTSTART')).toBe('20230731T003000Z');

    // The office sees its draft too, marked tentative; a year and a day after the demo it has dropped out.
    await resetCalendarFeed({ actor: secretary, intent: 'create', now: new Date(NOW) });
    process.env.APP_FAKE_NOW = '2024-08-01T12:00:00.000Z';
    const office = parseIcs(await (await fetchFeed(await tokenOf(secretary))).text());
    expect(office.header.get('X-WR-CALNAME')).toBe('Hội nghị — Phạm Thị Thu Trang');
    expect(office.events.map((event) => event.properties.get('UID'))).toEqual(expect.arrayContaining([`${draft.id}@hoi-nghi`, `${notInvited.id}@hoi-nghi`]));
    expect(office.events.map((event) => event.properties.get('UID'))).not.toContain(`${demoConference.id}@hoi-nghi`);
    expect(office.events.find((event) => event.properties.get('UID') === `${draft.id}@hoi-nghi`)?.properties.get('STATUS')).toBe('TENTATIVE');
  });

  it('answers the same 404 to an unknown token, a malformed one and a path that is not a token', async () => {
    for (const segment of ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', 'abc', '']) {
      const response = await fetchFeed(segment);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not found');
      expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    }
  });

  it('stops answering the old link at once after a reset, and answers the new one', async () => {
    const owner = await newAttendee('dat-lai');
    expect(await resetCalendarFeed({ actor: owner, intent: 'create', now: new Date(NOW) })).toEqual({ changed: true });
    const first = await tokenOf(owner);
    // "Create" again (a second click, another tab) keeps the link that may already be subscribed to.
    expect(await resetCalendarFeed({ actor: owner, intent: 'create', now: new Date(NOW) })).toEqual({ changed: false });
    expect(await tokenOf(owner)).toBe(first);
    expect((await fetchFeed(first)).status).toBe(200);

    expect(await resetCalendarFeed({ actor: owner, intent: 'reset', now: new Date(NOW) })).toEqual({ changed: true });
    const second = await tokenOf(owner);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(`${first}.ics`)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
  });

  it('refuses the token of a deactivated account or member with the same 404', async () => {
    const owner = await newAttendee('nghi-viec');
    await resetCalendarFeed({ actor: owner, intent: 'create', now: new Date(NOW) });
    const token = await tokenOf(owner);
    expect((await fetchFeed(token)).status).toBe(200);
    await database.user.update({ where: { id: owner.userId }, data: { deactivatedAt: new Date() } });
    expect((await fetchFeed(token)).status).toBe(404);
    await database.user.update({ where: { id: owner.userId }, data: { deactivatedAt: null } });
    await database.member.update({ where: { id: owner.memberId }, data: { deactivatedAt: new Date() } });
    expect((await fetchFeed(token)).status).toBe(404);
  });

  it('writes an audit row for each change and keeps only the token’s hash, never the token', async () => {
    const owner = await newAttendee('kiem-toan');
    const audit = () => database.auditLog.findMany({ where: { entity: 'User', entityId: owner.userId }, orderBy: { id: 'asc' }, select: { action: true, actorUserId: true, before: true, after: true } });
    await resetCalendarFeed({ actor: owner, intent: 'create', now: new Date('2024-01-15T02:00:00Z') });
    const created = await tokenOf(owner);
    await resetCalendarFeed({ actor: owner, intent: 'reset', now: new Date('2024-01-16T02:00:00Z') });
    const token = await tokenOf(owner);
    expect(await audit()).toEqual([
      { action: 'calendar.createFeed', actorUserId: owner.userId, before: null, after: { calendarTokenCreatedAt: '2024-01-15T02:00:00.000Z' } },
      { action: 'calendar.resetFeed', actorUserId: owner.userId, before: { calendarTokenCreatedAt: '2024-01-15T02:00:00.000Z' }, after: { calendarTokenCreatedAt: '2024-01-16T02:00:00.000Z' } },
    ]);

    const row = await database.user.findUniqueOrThrow({ where: { id: owner.userId }, select: { calendarTokenHash: true, calendarTokenCreatedAt: true } });
    expect(row.calendarTokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row.calendarTokenCreatedAt).toEqual(new Date('2024-01-16T02:00:00Z'));
    // Neither the current token nor the previous one appears in any row of the users or the audit log.
    for (const secret of [token, created]) {
      const [leaks] = await database.$queryRaw<{ count: bigint }[]>`
        SELECT (SELECT count(*) FROM "User" u WHERE row_to_json(u)::text LIKE ${`%${secret}%`})
             + (SELECT count(*) FROM "AuditLog" a WHERE row_to_json(a)::text LIKE ${`%${secret}%`}) AS count`;
      expect(Number(leaks?.count)).toBe(0);
    }
  });

  it('a feed with no link yet shows nothing, and every role may have one', async () => {
    const admin = await demo.actorFor('quantri');
    expect(await getCalendarFeedLink({ actor: admin })).toEqual({ state: 'none' });
    await resetCalendarFeed({ actor: admin, intent: 'create', now: new Date(NOW) });
    expect((await fetchFeed(await tokenOf(admin))).status).toBe(200);
    await expect(resetCalendarFeed({ actor: { ...admin, roles: [] }, intent: 'reset', now: new Date(NOW) })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('costs the same few queries with one conference or many', async () => {
    const owner = await newAttendee('dem-truy-van', 'Chi bộ Phòng Lao động – Việc làm');
    await resetCalendarFeed({ actor: owner, intent: 'create', now: new Date(NOW) });
    const token = await tokenOf(owner);
    const few = await countQueries(demo.url, () => getCalendarFeed({ token, appUrl: ORIGIN, now: new Date(NOW) }));
    for (let index = 0; index < 5; index++) {
      const { id } = await conferenceOfDepartment(`Hội nghị số ${index + 1}`, { invite: [owner.memberId], day: `2024-04-0${index + 1}` });
      await database.agendaItem.createMany({ data: [1, 2, 3].map((position) => ({ conferenceId: id, position, title: `Mục ${position}` })) });
    }
    const many = await countQueries(demo.url, () => getCalendarFeed({ token, appUrl: ORIGIN, now: new Date(NOW) }));
    expect(parseIcs(many.result!).events).toHaveLength(parseIcs(few.result!).events.length + 5);
    expect(many.queries).toBe(few.queries);
    // The token, the actor (user, member, roles; no subtree for an attendee) and the conferences with host and agenda.
    expect(many.queries).toBeLessThanOrEqual(8);
  });
});
