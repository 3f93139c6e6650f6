// Loads the reference conference into an empty database, in one transaction. Running it again changes
// nothing: the demo plan's presence (unique per issuer) is the marker.
import { hashPassword } from '../../lib/auth/password.ts';
import { createDatabaseClient, type Database } from '../../lib/db/create-client.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, type OrgKey } from './demo-people.ts';
import {
  DEMO_AGENDA, DEMO_ATTENDANCE_EXCEPTIONS, DEMO_CONCLUSIONS, DEMO_CONFERENCE, DEMO_DELEGATE, DEMO_MINUTES,
  DEMO_PLAN, DEMO_RESOLUTION, DEMO_TARGETS, DEMO_TASK_DATES, DEMO_TERM,
} from './demo-records.ts';

type Tx = Parameters<Parameters<Database['$transaction']>[0]>[0];

const date = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const vnTime = (isoDate: string, time: string) => new Date(`${isoDate}T${time}:00+07:00`);

function required<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refers to unknown key "${key}"`);
  return value;
}

/**
 * What happened: the demo was loaded into an empty database, it was there already, or the database
 * holds other data (a real office's) and is left exactly as it is.
 */
export type SeedOutcome = 'seeded' | 'demo-present' | 'not-empty';

export async function seedDemoIfEmpty({ connectionString, poolMax = 1 }: { connectionString: string; poolMax?: number }): Promise<SeedOutcome> {
  const database = createDatabaseClient({ connectionString, poolMax });
  try {
    return await seedDemo(database);
  } finally {
    await database.$disconnect();
  }
}

export async function seedDemo(database: Database): Promise<SeedOutcome> {
  const demoPlan = await database.plan.findFirst({ where: { officialNumber: DEMO_PLAN.officialNumber }, select: { id: true } });
  if (demoPlan) return 'demo-present';
  // Only an empty database gets the demo: `npm start` on an office's own database must never add to it.
  const [organizations, users] = await Promise.all([database.organization.count({ take: 1 }), database.user.count({ take: 1 })]);
  if (organizations > 0 || users > 0) return 'not-empty';

  // Hash outside the transaction: Argon2 is deliberately slow and the transaction should be short.
  const passwordHashes = new Map(
    await Promise.all(DEMO_ACCOUNTS.map(async (account) => [account.username, await hashPassword(account.password)] as const)),
  );

  await database.$transaction((tx) => insertDemo(tx, passwordHashes), { timeout: 60_000, maxWait: 10_000 });
  return 'seeded';
}

async function insertDemo(tx: Tx, passwordHashes: Map<string, string>) {
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANIZATIONS) {
    const created = await tx.organization.create({
      data: {
        name: org.name, shortName: org.shortName, kind: org.kind, symbol: org.symbol ?? null, place: org.place ?? null,
        parentId: org.parent ? required(orgIds, org.parent) : null,
      },
      select: { id: true },
    });
    orgIds.set(org.key, created.id);
  }
  const orgId = (key: OrgKey) => required(orgIds, key);
  const departmentId = orgId('department');

  const term = await tx.term.create({ data: { ...DEMO_TERM, organizationId: departmentId }, select: { id: true } });
  const termStart = date(`${DEMO_TERM.startYear}-07-10`);

  const committeeIds = new Map<string, string>();
  const addCommittee = async (key: string, organizationId: string, kind: 'EXECUTIVE' | 'STANDING' | 'CELL_COMMITTEE', name: string) => {
    const committee = await tx.committee.create({ data: { organizationId, termId: term.id, kind, name }, select: { id: true } });
    committeeIds.set(key, committee.id);
  };
  await addCommittee('departmentExecutive', departmentId, 'EXECUTIVE', 'Ban Chấp hành Đảng bộ Sở');
  await addCommittee('departmentStanding', departmentId, 'STANDING', 'Ban Thường vụ Đảng ủy Sở');
  await addCommittee('schoolExecutive', orgId('school'), 'EXECUTIVE', 'Ban Chấp hành Đảng bộ bộ phận Trường');
  for (const org of DEMO_ORGANIZATIONS.filter((candidate) => candidate.kind === 'CELL' && candidate.parent === 'department')) {
    await addCommittee(`cell:${org.key}`, orgId(org.key), 'CELL_COMMITTEE', `Chi ủy ${org.name}`);
  }

  const memberIds = new Map<string, string>();
  const userIds = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const member = await tx.member.create({ data: { fullName: person.fullName, organizationId: orgId(person.org), title: person.title }, select: { id: true } });
    memberIds.set(person.key, member.id);
    for (const seat of person.seats) {
      await tx.committeeSeat.create({ data: { committeeId: required(committeeIds, seat.committee), memberId: member.id, position: seat.position, startDate: termStart } });
    }
    if (person.account) {
      const scope = person.account.role === 'ATTENDEE' ? orgId(person.org) : departmentId;
      const user = await tx.user.create({
        data: {
          memberId: member.id, username: person.account.username, passwordHash: required(passwordHashes, person.account.username),
          roles: { create: { role: person.account.role, organizationId: scope } },
        },
        select: { id: true },
      });
      userIds.set(person.account.username, user.id);
    }
  }
  const memberId = (key: string) => required(memberIds, key);

  const resolution = await tx.resolution.create({
    data: { organizationId: departmentId, termId: term.id, title: DEMO_RESOLUTION.title, issuedOn: date(DEMO_RESOLUTION.issuedOn) },
    select: { id: true },
  });

  const plan = await tx.plan.create({
    data: { ...DEMO_PLAN, issuedOn: date(DEMO_PLAN.issuedOn), issuerId: departmentId, termId: term.id, resolutionId: resolution.id },
    select: { id: true },
  });

  const conference = await tx.conference.create({
    data: {
      planId: plan.id, kind: 'MID_TERM_REVIEW', title: DEMO_CONFERENCE.title, status: 'CONCLUDED',
      startsAt: new Date(DEMO_CONFERENCE.startsAt), endsAt: new Date(DEMO_CONFERENCE.endsAt), venue: DEMO_CONFERENCE.venue,
      hostOrganizationId: departmentId, secretaryMemberId: memberId('trang'),
      quorumCommitteeId: required(committeeIds, 'departmentExecutive'),
      chairs: { create: { memberId: memberId('hung'), position: 1 } },
    },
    select: { id: true },
  });

  const targetIds = new Map<string, string>();
  for (const [index, target] of DEMO_TARGETS.entries()) {
    const created = await tx.target.create({
      data: {
        resolutionId: resolution.id, position: index + 1, name: target.name, description: target.description ?? null,
        unit: target.unit, goalKind: target.goalKind, targetValue: target.targetValue ?? null, targetMax: target.targetMax ?? null,
        baselineValue: target.baselineValue ?? null, baselineYear: target.baselineYear ?? null,
        results: {
          create: {
            period: target.result.period, year: target.result.year, value: target.result.value, qualifier: target.result.qualifier,
            source: target.result.source, note: target.result.note ?? null, breakdownLabel: target.result.breakdownLabel ?? null,
            conferenceId: conference.id,
            parts: { create: (target.result.parts ?? []).map((part, position) => ({ ...part, position: position + 1 })) },
          },
        },
      },
      select: { id: true },
    });
    targetIds.set(target.key, created.id);
  }

  const conferenceDate = DEMO_CONFERENCE.startsAt.slice(0, 10);
  for (const [index, item] of DEMO_AGENDA.entries()) {
    await tx.agendaItem.create({
      data: {
        conferenceId: conference.id, position: index + 1, startsAt: vnTime(conferenceDate, item.time), durationMinutes: item.durationMinutes,
        title: item.title, presenterMemberId: item.presenter ? memberId(item.presenter) : null, presenterName: item.presenterName ?? null,
      },
    });
  }

  await inviteDemoAttendees(tx, { conferenceId: conference.id, departmentId, blockId: orgId('block'), committeeIds, memberIds });

  await tx.minutes.create({ data: { conferenceId: conference.id, ...DEMO_MINUTES } });

  const publishedAt = new Date(DEMO_CONFERENCE.endsAt);
  const secretaryUserId = required(userIds, 'vanphong');
  for (const [index, conclusion] of DEMO_CONCLUSIONS.entries()) {
    const created = await tx.conclusion.create({
      data: {
        conferenceId: conference.id, number: index + 1, content: conclusion.content, publishedAt,
        revisions: { create: { revision: 1, content: conclusion.content, authorId: secretaryUserId, createdAt: publishedAt } },
      },
      select: { id: true },
    });
    const latest = conclusion.task.updates.at(-1);
    await tx.task.create({
      data: {
        title: conclusion.task.title, description: conclusion.content, termId: term.id, conclusionId: created.id, planId: plan.id,
        targetId: conclusion.task.target ? required(targetIds, conclusion.task.target) : null,
        ownerOrganizationId: orgId(conclusion.task.owner), responsibleMemberId: memberId(conclusion.task.responsible),
        startDate: date(DEMO_TASK_DATES.startDate), dueDate: date(DEMO_TASK_DATES.dueDate), priority: conclusion.task.priority,
        status: latest?.status ?? 'NOT_STARTED', progress: latest?.progress ?? 0, createdById: secretaryUserId,
        coOwners: { create: conclusion.task.coOwners.map((key) => ({ organizationId: orgId(key) })) },
        updates: {
          create: conclusion.task.updates.map((update) => ({
            reportedOn: date(update.reportedOn), progress: update.progress, status: update.status, note: update.note,
            authorId: required(userIds, update.author), createdAt: vnTime(update.reportedOn, '16:00'),
          })),
        },
      },
    });
  }

  await tx.auditLog.create({ data: { action: 'seed.demo', entity: 'Plan', entityId: plan.id, after: { officialNumber: DEMO_PLAN.officialNumber } } });
}

/**
 * The conference's invitation routes as the report lists them: the superior committee's delegate,
 * the department's executive committee, the school's executive committee and the committees of the
 * department's cells. A person reached by several routes is one invitee linked to each route.
 */
async function inviteDemoAttendees(
  tx: Tx,
  ids: { conferenceId: string; departmentId: string; blockId: string; committeeIds: Map<string, string>; memberIds: Map<string, string> },
) {
  const { conferenceId } = ids;
  const delegation = await tx.invitation.create({
    data: { conferenceId, kind: 'DELEGATION', organizationId: ids.blockId, label: 'Đại diện Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh' },
    select: { id: true },
  });
  await tx.invitee.create({
    data: { conferenceId, ...DEMO_DELEGATE, organizationId: ids.blockId, rsvp: 'ATTENDING', attendance: 'PRESENT', invitations: { connect: { id: delegation.id } } },
  });

  const routes: { kind: 'COMMITTEE' | 'CELL_COMMITTEES'; committeeKeys: string[]; organizationId?: string; committeeId?: string; label: string }[] = [
    { kind: 'COMMITTEE', committeeKeys: ['departmentExecutive'], committeeId: required(ids.committeeIds, 'departmentExecutive'), label: 'Ủy viên Ban Chấp hành Đảng bộ Sở' },
    { kind: 'COMMITTEE', committeeKeys: ['schoolExecutive'], committeeId: required(ids.committeeIds, 'schoolExecutive'), label: 'Ủy viên Ban Chấp hành Đảng bộ bộ phận Trường' },
    {
      kind: 'CELL_COMMITTEES', organizationId: ids.departmentId, label: 'Ban chi ủy các chi bộ trực thuộc',
      committeeKeys: [...ids.committeeIds.keys()].filter((key) => key.startsWith('cell:')),
    },
  ];

  const inviteeByMember = new Map<string, string>();
  const memberKeyById = new Map([...ids.memberIds].map(([key, id]) => [id, key]));
  for (const route of routes) {
    const invitation = await tx.invitation.create({
      data: { conferenceId, kind: route.kind, committeeId: route.committeeId ?? null, organizationId: route.organizationId ?? null, label: route.label },
      select: { id: true },
    });
    const seats = await tx.committeeSeat.findMany({
      where: { committeeId: { in: route.committeeKeys.map((key) => required(ids.committeeIds, key)) } },
      select: { memberId: true },
      orderBy: { createdAt: 'asc' },
    });
    for (const { memberId } of seats) {
      const existingInvitee = inviteeByMember.get(memberId);
      if (existingInvitee) {
        await tx.invitee.update({ where: { id: existingInvitee }, data: { invitations: { connect: { id: invitation.id } } } });
        continue;
      }
      const exception = DEMO_ATTENDANCE_EXCEPTIONS[memberKeyById.get(memberId) ?? ''];
      const invitee = await tx.invitee.create({
        data: {
          conferenceId, memberId, rsvp: exception?.rsvp ?? 'ATTENDING', rsvpReason: exception?.rsvpReason ?? null,
          attendance: exception?.attendance ?? 'PRESENT', attendanceNote: exception?.note ?? null,
          invitations: { connect: { id: invitation.id } },
        },
        select: { id: true },
      });
      inviteeByMember.set(memberId, invitee.id);
    }
  }
}
