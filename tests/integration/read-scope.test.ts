import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor, type Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { getConference } from '../../lib/server/conferences/get-conference.ts';
import { NotFoundError } from '../../lib/server/errors.ts';
import { findPlans } from '../../lib/server/plans/find-plans.ts';
import { getPlan } from '../../lib/server/plans/get-plan.ts';
import { getResolution } from '../../lib/server/resolutions/get-resolution.ts';
import { findMembers } from '../../lib/server/members/find-members.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
const actors: Record<string, Actor> = {};
let conferenceId: string;
let planId: string;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  for (const username of ['quantri', 'vanphong', 'daibieu']) actors[username] = await actorFor(username);
  ({ id: planId } = await database.plan.findFirstOrThrow({ select: { id: true } }));
  ({ id: conferenceId } = await database.conference.findFirstOrThrow({ select: { id: true } }));
});

afterAll(async () => {
  await demo?.close();
});

describe('what each demo role sees', () => {
  it('the secretary manages the whole department subtree and sees attendance and quorum', async () => {
    const secretary = actors.vanphong!;
    expect(secretary.roles).toEqual(['SECRETARY']);
    expect(secretary.managedOrganizationIds).toHaveLength(9);
    expect(await findPlans({ actor: secretary })).toHaveLength(1);
    const conference = await getConference({ actor: secretary, conferenceId });
    expect(conference.seesAttendance).toBe(true);
    expect(conference.invitees).toHaveLength(25);
    expect(conference.quorum).toMatchObject({ expected: 9, present: 8, required: 6, met: true });
    expect(conference.attendanceCount).toMatchObject({ present: 23, late: 1, excused: 1, absent: 1, unrecorded: 0 });
    expect(conference.conclusions.flatMap((conclusion) => conclusion.tasks)).toHaveLength(4);
  });

  it('the attendee sees the conference he is invited to, without the register, and only his unit’s task', async () => {
    const attendee = actors.daibieu!;
    expect(attendee.managedOrganizationIds).toEqual([]);
    const conference = await getConference({ actor: attendee, conferenceId });
    expect(conference.seesAttendance).toBe(false);
    expect(conference.quorum).toBeNull();
    expect(conference.minutes).toBeNull();
    expect(conference.invitees.every((invitee) => invitee.attendance === null)).toBe(true);
    expect(conference.invitees.find((invitee) => invitee.isMe)?.name).toBe('Võ Minh Khoa');
    expect(conference.conclusions).toHaveLength(4);
    const tasks = conference.conclusions.flatMap((conclusion) => conclusion.tasks);
    expect(tasks.map((task) => task.ownerOrganization.shortName)).toEqual(['Chi bộ Phòng LĐ-VL']);
  });

  it('the attendee may not read plans, resolutions or members', async () => {
    const attendee = actors.daibieu!;
    await expect(findPlans({ actor: attendee })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(getPlan({ actor: attendee, planId })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(findMembers({ actor: attendee })).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('a member who was not invited cannot open the conference by id', async () => {
    const cell = await database.organization.findFirstOrThrow({ where: { name: 'Chi bộ Khoa Kỹ thuật' }, select: { id: true } });
    const notInvited = await database.member.create({ data: { fullName: 'Trịnh Văn Khách', organizationId: cell.id }, select: { id: true } });
    const user = await database.user.create({
      data: { memberId: notInvited.id, username: 'khach', passwordHash: 'x', roles: { create: { role: 'ATTENDEE', organizationId: cell.id } } },
      select: { id: true },
    });
    const actor = (await loadActor(user.id))!;
    await expect(getConference({ actor, conferenceId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('an invitee does not see a conference while it is still a draft, nor its documents', async () => {
    const department = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' }, select: { id: true } });
    const draft = await database.conference.create({
      data: {
        kind: 'REGULAR', title: 'Hội nghị chưa công bố', status: 'DRAFT', hostOrganizationId: department.id,
        startsAt: new Date('2027-01-10T01:00:00Z'), endsAt: new Date('2027-01-10T04:00:00Z'),
        invitees: { create: { memberId: actors.daibieu!.memberId } },
      },
      select: { id: true },
    });
    await expect(getConference({ actor: actors.daibieu!, conferenceId: draft.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getConference({ actor: actors.vanphong!, conferenceId: draft.id })).title).toBe('Hội nghị chưa công bố');
    await database.conference.update({ where: { id: draft.id }, data: { status: 'SCHEDULED' } });
    expect((await getConference({ actor: actors.daibieu!, conferenceId: draft.id })).title).toBe('Hội nghị chưa công bố');
  });

  it('a deactivated account has no actor', async () => {
    const user = await database.user.create({
      data: { memberId: (await database.member.findFirstOrThrow({ where: { fullName: 'Hồ Văn Nam' } })).id, username: 'nam', passwordHash: 'x', deactivatedAt: new Date() },
    });
    expect(await loadActor(user.id)).toBeNull();
  });

  it('the resolution shows computed achievement and flags the breakdown that does not add up', async () => {
    const resolution = await getResolution({ actor: actors.vanphong!, resolutionId: (await database.resolution.findFirstOrThrow()).id });
    const workers = resolution.targets.find((target) => target.name.includes('nước ngoài'))!;
    expect(workers.latest?.achievement).toMatchObject({ percent: 176, status: 'EXCEEDED' });
    expect(workers.latest?.breakdown).toMatchObject({ sum: 343, total: 357, difference: -14, matches: false });
    const poverty = resolution.targets.find((target) => target.name.includes('hộ nghèo') && !target.name.includes('cận'))!;
    expect(poverty.latest?.achievement).toMatchObject({ status: 'ACHIEVED', reductionPerYear: 1 });
    const training = resolution.targets.find((target) => target.name.includes('đào tạo nghề'))!;
    expect(training.latest?.breakdown.matches).toBe(true);
  });
});
