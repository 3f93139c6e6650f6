// Issue 7, item 6: saves that really run at the same time. Two editors saving one record from the
// same version — exactly one wins, the other is told who changed it, the record is the winner's and
// the audit log has one row; and bursts of 50 saves that leave version = start + successes with every
// successful write in the audit log, each based on the one before it (no lost write).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../../lib/auth/authenticate.ts';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import type { ConferenceStatus } from '../../lib/db/generated/prisma/enums.ts';
import { createConferenceSchema, updateConferenceSchema } from '../../lib/schemas/conference.ts';
import { createPlanSchema, updatePlanSchema } from '../../lib/schemas/plan.ts';
import { saveMinutesSchema } from '../../lib/schemas/minutes.ts';
import { addTargetResultSchema, updateTargetResultSchema } from '../../lib/schemas/target-result.ts';
import type { CreateTaskInput } from '../../lib/schemas/task.ts';
import { addAgendaItem } from '../../lib/server/agenda/add-agenda-item.ts';
import { moveAgendaItem } from '../../lib/server/agenda/move-agenda-item.ts';
import { updateAgendaItem } from '../../lib/server/agenda/update-agenda-item.ts';
import { recordAttendance } from '../../lib/server/attendance/record-attendance.ts';
import { addConclusion } from '../../lib/server/conclusions/add-conclusion.ts';
import { publishConclusions } from '../../lib/server/conclusions/publish-conclusions.ts';
import { updateConclusion } from '../../lib/server/conclusions/update-conclusion.ts';
import { changeConferenceStatus } from '../../lib/server/conferences/change-conference-status.ts';
import { createConference } from '../../lib/server/conferences/create-conference.ts';
import { updateConference } from '../../lib/server/conferences/update-conference.ts';
import { StaleRecordError } from '../../lib/server/errors.ts';
import { answerInvitation } from '../../lib/server/invitations/answer-invitation.ts';
import { saveMinutes } from '../../lib/server/minutes/save-minutes.ts';
import { createPlan } from '../../lib/server/plans/create-plan.ts';
import { getPlan } from '../../lib/server/plans/get-plan.ts';
import { updatePlan } from '../../lib/server/plans/update-plan.ts';
import { addTargetResult } from '../../lib/server/targets/add-target-result.ts';
import { removeTargetResult } from '../../lib/server/targets/remove-target-result.ts';
import { updateTargetResult } from '../../lib/server/targets/update-target-result.ts';
import { createTask } from '../../lib/server/tasks/create-task.ts';
import { getTask } from '../../lib/server/tasks/get-task.ts';
import { reportTaskProgress } from '../../lib/server/tasks/report-task-progress.ts';
import { updateTask } from '../../lib/server/tasks/update-task.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

/** Saves in one burst. The app's pool gets a connection for each, so all of them are in flight at once. */
const BURST = 50;
/** In the bursts of editors who each load the form and save: how many are at it at any moment. */
const EDITORS_AT_ONCE = 10;
/**
 * The embedded PGlite serialises connections and stalls with several (lib/db/create-client.ts): there
 * the two-editor races still run, one connection taking them in turn, and the bursts are skipped.
 */
const parallel = process.env.TEST_DB_KIND === 'postgres';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let admin: Actor;
let attendee: Actor;
let departmentId: string;
let labourCellId: string;
let serviceCellId: string;
let officeCellId: string;
let executiveId: string;
const PEOPLE = { hung: 'Nguyễn Văn Hùng', linh: 'Trần Thị Mỹ Linh', trang: 'Phạm Thị Thu Trang' } as const;
const people = {} as Record<keyof typeof PEOPLE, string>;

beforeAll(async () => {
  demo = await openDemoDatabase();
  // openDemoDatabase gives the app's db() one connection; lib/env.ts reads this at the first db(),
  // which is the actorFor below.
  if (parallel) process.env.DATABASE_POOL_MAX = String(BURST);
  database = demo.database;
  secretary = await demo.actorFor('vanphong');
  admin = await demo.actorFor('quantri');
  attendee = await demo.actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  const organizationId = async (shortName: string) => (await database.organization.findFirstOrThrow({ where: { shortName }, select: { id: true } })).id;
  labourCellId = await organizationId('Chi bộ Phòng LĐ-VL');
  serviceCellId = await organizationId('Chi bộ TT DVVL');
  officeCellId = await organizationId('Chi bộ Văn phòng');
  executiveId = (await database.committee.findFirstOrThrow({ where: { name: 'Ban Chấp hành Đảng bộ Sở' } })).id;
  for (const key of Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]) {
    people[key] = (await database.member.findFirstOrThrow({ where: { fullName: PEOPLE[key] } })).id;
  }
});

afterAll(async () => {
  await demo?.close();
});

/**
 * Runs the saves and waits for all: the indexes of those that won, and the refusals. By default every
 * save starts in the same tick; with `inFlight`, that many go at any moment, the next starting as soon
 * as one settles — a stream of editors, each loading the form while others are saving.
 */
async function race(saves: readonly (() => Promise<unknown>)[], inFlight = saves.length): Promise<{ won: number[]; refused: unknown[] }> {
  const outcomes: PromiseSettledResult<unknown>[] = [];
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < saves.length; index = next++) {
      outcomes[index] = await saves[index]!().then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      );
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return {
    won: outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : [])),
    refused: outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : [])),
  };
}

/**
 * Two editors save the same record from the same version at once: exactly one wins and the other is
 * refused with the conflict message naming the winner. Returns the winner's index.
 */
async function twoEditors(editors: readonly [Actor, Actor], save: (actor: Actor, index: number) => Promise<unknown>, entity = expect.any(String)): Promise<number> {
  const { won, refused } = await race(editors.map((actor, index) => () => save(actor, index)));
  expect(won).toHaveLength(1);
  const winner = won[0]!;
  expect(refused).toEqual([expect.any(StaleRecordError)]);
  expect(refused[0]).toMatchObject({ entity, changedBy: editors[winner]!.name });
  return winner;
}

/** The highest audit row id so far: rows written after it are the ones a test caused. */
async function auditMark(): Promise<bigint> {
  return (await database.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0n;
}

/** The successful audit rows of one record written since `mark`, oldest first. */
function auditSince(mark: bigint, entity: string, entityId: string, action: string) {
  return database.auditLog.findMany({ where: { id: { gt: mark }, entity, entityId, action, outcome: 'SUCCESS' }, orderBy: { id: 'asc' }, select: { actorUserId: true, before: true, after: true } });
}

type Snapshot = Record<string, unknown> & { version: number };

/**
 * No lost write: the audit rows of the successful saves form one chain from `startVersion` — each
 * save's "before" is exactly the previous save's "after" — so no save replaced a state it had not seen.
 */
function expectUnbrokenChain(rows: readonly { before: unknown; after: unknown }[], startVersion: number): Snapshot[] {
  const afters = rows.map((row) => row.after as Snapshot);
  afters.forEach((after, index) => {
    expect(after.version).toBe(startVersion + index + 1);
    const before = rows[index]!.before as Snapshot;
    if (index === 0) expect(before.version).toBe(startVersion);
    else expect(before).toEqual(afters[index - 1]);
  });
  return afters;
}

/** A conference of the department at the given stage, made directly (the status buttons have their own test). */
async function conferenceAt(status: ConferenceStatus, startsAt = new Date('2026-11-20T07:30:00+07:00')): Promise<string> {
  const { id } = await database.conference.create({
    data: { kind: 'REGULAR', title: `Hội nghị thường kỳ (${status})`, status, hostOrganizationId: departmentId, startsAt, endsAt: new Date(startsAt.getTime() + 3.5 * 60 * 60 * 1000) },
    select: { id: true },
  });
  return id;
}

function planFields(overrides: Record<string, string> = {}) {
  return {
    officialNumber: '302-KH/ĐUSLĐTBXH', issuedOn: '2024-02-01', issuerId: departmentId,
    title: 'Kế hoạch kiểm tra, giám sát năm 2024', purpose: '', content: '', resolutionId: '', ...overrides,
  };
}

const newPlan = async (officialNumber: string) => (await createPlan({ actor: secretary, ...createPlanSchema.parse(planFields({ officialNumber })) })).id;
const planEdit = (planId: string, version: number, title: string) => updatePlanSchema.parse({ ...planFields(), planId, version: String(version), title });

function taskFields(overrides: Partial<CreateTaskInput> = {}) {
  return {
    title: 'Rà soát lao động thất nghiệp trên địa bàn', description: null, ownerOrganizationId: labourCellId, coOwnerIds: [] as string[], responsibleMemberId: null,
    startDate: new Date('2024-01-01T00:00:00Z'), dueDate: new Date('2025-06-30T00:00:00Z'), priority: 'NORMAL' as const, targetId: null, ...overrides,
  };
}

const newTask = async () => (await createTask({ actor: secretary, ...taskFields(), conclusionId: null, planId: null })).id;
const reportOn = new Date('2025-03-31T00:00:00Z');

describe('the app’s pool', () => {
  it.runIf(parallel)('runs transactions side by side, each on a connection of its own', async () => {
    const { db } = await import('../../lib/db/client.ts');
    // Each transaction waits inside until all have started: with fewer connections than this they could not.
    let arrived = 0;
    let allArrived!: () => void;
    const barrier = new Promise<void>((resolve) => (allArrived = resolve));
    const pids = await Promise.all(Array.from({ length: 10 }, () => db().$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      if (++arrived === 10) allArrived();
      await barrier;
      return row!.pid;
    })));
    expect(new Set(pids).size).toBe(10);
  });
});

describe('two editors save the same record from the same version', () => {
  it('a plan: one wins, the other is told who saved it', async () => {
    const planId = await newPlan('303-KH/ĐUSLĐTBXH');
    const titles = ['Kế hoạch (bản của văn phòng)', 'Kế hoạch (bản của quản trị)'];
    const mark = await auditMark();
    const winner = await twoEditors([secretary, admin], (actor, index) => updatePlan({ actor, ...planEdit(planId, 1, titles[index]!), officialNumber: '303-KH/ĐUSLĐTBXH' }), 'Plan');
    expect(await database.plan.findUniqueOrThrow({ where: { id: planId }, select: { title: true, version: true } })).toEqual({ title: titles[winner], version: 2 });
    expect(await auditSince(mark, 'Plan', planId, 'plan.update')).toEqual([expect.objectContaining({ actorUserId: [secretary, admin][winner]!.userId })]);
  });

  it('a conference’s details, with its chairs', async () => {
    const form = {
      kind: 'REGULAR', title: 'Hội nghị Ban Chấp hành thường kỳ tháng 12/2026', date: '2026-12-15', startTime: '07:30', endTime: '11:00',
      venue: 'Phòng họp số 1', hostOrganizationId: departmentId, chairMemberIds: [people.hung], secretaryMemberId: people.trang, quorumCommitteeId: executiveId, planId: '',
    };
    const { id } = await createConference({ actor: secretary, ...createConferenceSchema.parse(form) });
    const edits = [
      { venue: 'Hội trường Sở', chairMemberIds: [people.hung, people.linh] },
      { venue: 'Phòng họp số 2', chairMemberIds: [people.linh] },
    ];
    const mark = await auditMark();
    const winner = await twoEditors([secretary, admin], (actor, index) => updateConference({ actor, ...updateConferenceSchema.parse({ ...form, ...edits[index], conferenceId: id, version: '1' }) }), 'Conference');
    const saved = await database.conference.findUniqueOrThrow({ where: { id }, select: { venue: true, version: true, chairs: { orderBy: { position: 'asc' }, select: { memberId: true } } } });
    expect(saved).toEqual({ venue: edits[winner]!.venue, version: 2, chairs: edits[winner]!.chairMemberIds.map((memberId) => ({ memberId })) });
    expect(await auditSince(mark, 'Conference', id, 'conference.update')).toHaveLength(1);
  });

  it('a conference’s status: two presses of “Lên lịch” make one step', async () => {
    const id = await conferenceAt('DRAFT');
    const mark = await auditMark();
    await twoEditors([secretary, admin], (actor) => changeConferenceStatus({ actor, conferenceId: id, version: 1, to: 'SCHEDULED' }), 'Conference');
    expect(await database.conference.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({ status: 'SCHEDULED', version: 2 });
    expect(await auditSince(mark, 'Conference', id, 'conference.changeStatus')).toHaveLength(1);
  });

  it('an agenda item, and a move of it', async () => {
    const conferenceId = await conferenceAt('SCHEDULED');
    const item = (title: string) => ({ startTime: null, durationMinutes: 15, title, presenterMemberId: null, presenterName: null });
    const [first, second] = [
      (await addAgendaItem({ actor: secretary, conferenceId, ...item('Khai mạc') })).id,
      (await addAgendaItem({ actor: secretary, conferenceId, ...item('Báo cáo sơ kết') })).id,
    ];
    const titles = ['Khai mạc hội nghị', 'Tuyên bố lý do'];
    let mark = await auditMark();
    const winner = await twoEditors([secretary, admin], (actor, index) => updateAgendaItem({ actor, agendaItemId: first, version: 1, ...item(titles[index]!) }), 'AgendaItem');
    expect(await database.agendaItem.findUniqueOrThrow({ where: { id: first }, select: { title: true, version: true } })).toEqual({ title: titles[winner], version: 2 });
    expect(await auditSince(mark, 'AgendaItem', first, 'agendaItem.update')).toHaveLength(1);

    // Both see "Báo cáo sơ kết" second and press ↑: it moves once, not up and back.
    const { version } = await database.agendaItem.findUniqueOrThrow({ where: { id: second }, select: { version: true } });
    mark = await auditMark();
    await twoEditors([secretary, admin], (actor) => moveAgendaItem({ actor, agendaItemId: second, version, direction: 'up' }), 'AgendaItem');
    expect(await database.agendaItem.findMany({ where: { conferenceId }, orderBy: { position: 'asc' }, select: { id: true, position: true } })).toEqual([{ id: second, position: 1 }, { id: first, position: 2 }]);
    expect(await auditSince(mark, 'AgendaItem', second, 'agendaItem.move')).toHaveLength(1);
  });

  it('a conclusion', async () => {
    const conferenceId = await conferenceAt('HELD');
    const { id } = await addConclusion({ actor: secretary, conferenceId, content: 'Giao Văn phòng chuẩn bị báo cáo.' });
    const contents = ['Giao Văn phòng chuẩn bị báo cáo trước 30/6.', 'Giao Văn phòng và các chi bộ chuẩn bị báo cáo.'];
    const mark = await auditMark();
    const winner = await twoEditors([secretary, admin], (actor, index) => updateConclusion({ actor, conclusionId: id, version: 1, content: contents[index]! }), 'Conclusion');
    expect(await database.conclusion.findUniqueOrThrow({ where: { id }, select: { content: true, version: true } })).toEqual({ content: contents[winner], version: 2 });
    expect(await auditSince(mark, 'Conclusion', id, 'conclusion.update')).toHaveLength(1);
  });

  it('a conclusion edited while it is published: either the published text is the edit, or the edit is refused', async () => {
    const conferenceId = await conferenceAt('HELD');
    const { id } = await addConclusion({ actor: secretary, conferenceId, content: 'Giao các chi bộ rà soát đảng viên.' });
    const edited = 'Giao các chi bộ rà soát đảng viên trước 30/6.';
    const winner = await twoEditors([secretary, admin], (actor, index) => index === 0
      ? publishConclusions({ actor, conferenceId, shownDrafts: [{ id, version: 1 }] })
      : updateConclusion({ actor, conclusionId: id, version: 1, content: edited }), 'Conclusion');
    const saved = await database.conclusion.findUniqueOrThrow({ where: { id }, select: { content: true, publishedAt: true, version: true, revisions: { select: { revision: true, content: true } } } });
    // Never published with a text other than the one shown, never changed after publishing without a revision.
    if (winner === 0) expect(saved).toEqual({ content: 'Giao các chi bộ rà soát đảng viên.', publishedAt: expect.any(Date), version: 2, revisions: [{ revision: 1, content: 'Giao các chi bộ rà soát đảng viên.' }] });
    else expect(saved).toEqual({ content: edited, publishedAt: null, version: 2, revisions: [] });
  });

  it('the minutes, even their very first save', async () => {
    const conferenceId = await conferenceAt('HELD');
    const minutes = (version: number, opening: string) => saveMinutesSchema.parse({ conferenceId, version: String(version), opening, reports: '', discussion: '', closing: '' });
    const openings = ['Đồng chí Trang tuyên bố lý do.', 'Đồng chí Nhung tuyên bố lý do.'];
    // Neither form had minutes to load (version 0): one creates them, the other must not overwrite.
    let mark = await auditMark();
    let winner = await twoEditors([secretary, admin], (actor, index) => saveMinutes({ actor, ...minutes(0, openings[index]!) }), 'Minutes');
    const { id } = await database.minutes.findUniqueOrThrow({ where: { conferenceId }, select: { id: true } });
    expect(await database.minutes.findUniqueOrThrow({ where: { id }, select: { opening: true, version: true } })).toEqual({ opening: openings[winner], version: 1 });
    expect(await auditSince(mark, 'Minutes', id, 'minutes.create')).toHaveLength(1);

    mark = await auditMark();
    winner = await twoEditors([secretary, admin], (actor, index) => saveMinutes({ actor, ...minutes(1, `${openings[index]!} Hội nghị thông qua chương trình.`) }), 'Minutes');
    expect(await database.minutes.findUniqueOrThrow({ where: { id }, select: { opening: true, version: true } })).toEqual({ opening: `${openings[winner]!} Hội nghị thông qua chương trình.`, version: 2 });
    expect(await auditSince(mark, 'Minutes', id, 'minutes.update')).toHaveLength(1);
  });

  it('a target result with its breakdown: the loser’s parts are not written either', async () => {
    const target = await database.target.findFirstOrThrow({ where: { name: { startsWith: 'Số lao động đi làm việc ở nước ngoài' } }, select: { id: true } });
    const result = (extra: Record<string, string | string[]>) => ({ period: 'END_OF_TERM', year: '2025', qualifier: 'ESTIMATE', source: '', note: '', conferenceId: '', breakdownLabel: 'Thị trường', ...extra });
    const { id } = await addTargetResult({ actor: secretary, ...addTargetResultSchema.parse({ targetId: target.id, ...result({ value: '400', partLabel: ['Nhật Bản'], partValue: ['400'] }) }) });
    const edits = [
      { value: '410', partLabel: ['Nhật Bản', 'Hàn Quốc'], partValue: ['300', '110'] },
      { value: '420', partLabel: ['Nhật Bản', 'Đài Loan', 'Khác'], partValue: ['250', '150', '20'] },
    ];
    const mark = await auditMark();
    const winner = await twoEditors([secretary, admin], (actor, index) => updateTargetResult({ actor, ...updateTargetResultSchema.parse({ resultId: id, version: '1', ...result(edits[index]!) }) }), 'TargetResult');
    const saved = await database.targetResult.findUniqueOrThrow({ where: { id }, select: { value: true, version: true, parts: { orderBy: { position: 'asc' }, select: { label: true, value: true } } } });
    expect({ value: saved.value.toNumber(), version: saved.version, parts: saved.parts.map((part) => [part.label, part.value.toNumber()]) }).toEqual({
      value: Number(edits[winner]!.value), version: 2, parts: edits[winner]!.partLabel.map((label, index) => [label, Number(edits[winner]!.partValue[index])]),
    });
    expect(await auditSince(mark, 'TargetResult', id, 'targetResult.update')).toHaveLength(1);
  });

  it('a target result removed while edited: gone with its parts, or edited — never half of each', async () => {
    const target = await database.target.findFirstOrThrow({ where: { name: { startsWith: 'Tỷ lệ lao động qua đào tạo' } }, select: { id: true } });
    const result = { period: 'END_OF_TERM', year: '2025', value: '72', qualifier: 'ESTIMATE', source: '', note: '', conferenceId: '', breakdownLabel: 'Trình độ' };
    const { id } = await addTargetResult({ actor: secretary, ...addTargetResultSchema.parse({ targetId: target.id, ...result, partLabel: ['Có bằng'], partValue: ['30'] }) });
    const { won, refused } = await race([
      () => removeTargetResult({ actor: secretary, resultId: id, version: 1 }),
      () => updateTargetResult({ actor: admin, ...updateTargetResultSchema.parse({ resultId: id, version: '1', ...result, value: '73', partLabel: ['Có bằng', 'Chứng chỉ'], partValue: ['31', '42'] }) }),
    ]);
    expect(won).toHaveLength(1);
    // The edit that lost to a removal is told the record is stale or gone: either way nothing was written.
    expect(refused).toEqual([expect.any(won[0] === 1 ? StaleRecordError : Error)]);
    const saved = await database.targetResult.findUnique({ where: { id }, select: { value: true, version: true } });
    const parts = await database.targetResultPart.findMany({ where: { resultId: id }, orderBy: { position: 'asc' }, select: { label: true } });
    if (won[0] === 0) expect({ saved, parts }).toEqual({ saved: null, parts: [] });
    else expect({ value: saved?.value.toNumber(), version: saved?.version, parts }).toEqual({ value: 73, version: 2, parts: [{ label: 'Có bằng' }, { label: 'Chứng chỉ' }] });
  });

  it('the attendance register: overlapping saves, all or nothing', async () => {
    const conferenceId = await conferenceAt('HELD');
    const members = await database.member.findMany({ where: { organizationId: { in: [labourCellId, serviceCellId, officeCellId] }, deactivatedAt: null }, orderBy: { id: 'asc' }, take: 5, select: { id: true } });
    expect(members).toHaveLength(5);
    await database.invitee.createMany({ data: members.map((member) => ({ conferenceId, memberId: member.id })) });
    const rows = await database.invitee.findMany({ where: { conferenceId }, orderBy: { id: 'asc' }, select: { id: true, version: true } });
    // Two secretaries' registers loaded together: one marks rows 1–3 present, the other rows 3–5 absent.
    const saves = [
      rows.slice(0, 3).map((row) => ({ inviteeId: row.id, version: row.version, status: 'PRESENT' as const, note: null })),
      rows.slice(2).map((row) => ({ inviteeId: row.id, version: row.version, status: 'ABSENT' as const, note: null })),
    ];
    const mark = await auditMark();
    const winner = await twoEditors([secretary, admin], (actor, index) => recordAttendance({ actor, conferenceId, changes: saves[index]! }), 'Invitee');
    const expected = rows.map((row) => {
      const change = saves[winner]!.find((saved) => saved.inviteeId === row.id);
      return { id: row.id, attendance: change?.status ?? null, version: change ? 2 : 1 };
    });
    expect(await database.invitee.findMany({ where: { conferenceId }, orderBy: { id: 'asc' }, select: { id: true, attendance: true, version: true } })).toEqual(expected);
    expect(await auditSince(mark, 'Conference', conferenceId, 'attendance.record')).toHaveLength(1);
  });

  it('an invitation answer sent from two tabs', async () => {
    const conferenceId = await conferenceAt('SCHEDULED', new Date(Date.now() + 21 * 24 * 60 * 60 * 1000));
    const { id } = await database.invitee.create({ data: { conferenceId, memberId: attendee.memberId }, select: { id: true } });
    const answers = [{ answer: 'ATTENDING' as const, reason: null }, { answer: 'DECLINED' as const, reason: 'Dự tập huấn tại Hà Nội' }];
    const mark = await auditMark();
    const winner = await twoEditors([attendee, attendee], (actor, index) => answerInvitation({ actor, inviteeId: id, version: 1, ...answers[index]! }), 'Invitee');
    expect(await database.invitee.findUniqueOrThrow({ where: { id }, select: { rsvp: true, rsvpReason: true, version: true } })).toEqual({ rsvp: answers[winner]!.answer, rsvpReason: answers[winner]!.reason, version: 2 });
    expect(await auditSince(mark, 'Invitee', id, 'invitation.answer')).toHaveLength(1);
  });

  it('a task’s own fields, with its co-owners', async () => {
    const taskId = await newTask();
    const edits = [
      taskFields({ title: 'Rà soát lao động thất nghiệp quý II', coOwnerIds: [serviceCellId] }),
      taskFields({ title: 'Rà soát lao động thất nghiệp (Văn phòng phối hợp)', coOwnerIds: [officeCellId], priority: 'HIGH' }),
    ];
    const mark = await auditMark();
    const winner = await twoEditors([secretary, admin], (actor, index) => updateTask({ actor, taskId, version: 1, ...edits[index]! }), 'Task');
    const saved = await database.task.findUniqueOrThrow({ where: { id: taskId }, select: { title: true, priority: true, version: true, coOwners: { select: { organizationId: true } } } });
    expect(saved).toEqual({ title: edits[winner]!.title, priority: edits[winner]!.priority, version: 2, coOwners: edits[winner]!.coOwnerIds.map((organizationId) => ({ organizationId })) });
    expect(await auditSince(mark, 'Task', taskId, 'task.update')).toHaveLength(1);
  });

  it('a task’s progress: the owner unit and the office report at once, one report is kept', async () => {
    const taskId = await newTask();
    const reports = [{ progress: 30, note: 'Đã rà soát 3 xã.' }, { progress: 45, note: 'Văn phòng tổng hợp: đã rà soát 5 xã.' }];
    const mark = await auditMark();
    const winner = await twoEditors([attendee, secretary], (actor, index) => reportTaskProgress({ actor, taskId, version: 1, reportedOn: reportOn, status: 'IN_PROGRESS', ...reports[index]! }), 'Task');
    const saved = await database.task.findUniqueOrThrow({ where: { id: taskId }, select: { progress: true, version: true, updates: { select: { progress: true, note: true, authorId: true } } } });
    expect(saved).toEqual({ progress: reports[winner]!.progress, version: 2, updates: [{ ...reports[winner], authorId: [attendee, secretary][winner]!.userId }] });
    expect(await auditSince(mark, 'Task', taskId, 'task.report')).toHaveLength(1);
  });
});

describe.runIf(parallel)(`${BURST} saves at once`, () => {
  /** The outcome of a burst: which saves won, and that every other one was refused as stale, nothing else. */
  async function burst(saves: readonly (() => Promise<unknown>)[], inFlight?: number): Promise<number[]> {
    const { won, refused } = await race(saves, inFlight);
    expect(refused.filter((error) => !(error instanceof StaleRecordError))).toEqual([]);
    expect(won.length + refused.length).toBe(saves.length);
    return won;
  }

  const indexes = Array.from({ length: BURST }, (_, index) => index);

  it('a plan, all from the same version: one wins, 49 are refused, version + 1', async () => {
    const planId = await newPlan('310-KH/ĐUSLĐTBXH');
    const mark = await auditMark();
    const won = await burst(indexes.map((index) => () => updatePlan({ actor: index % 2 ? admin : secretary, ...planEdit(planId, 1, `Kế hoạch, bản ${index}`), officialNumber: '310-KH/ĐUSLĐTBXH' })));
    expect(won).toHaveLength(1);
    expect(await database.plan.findUniqueOrThrow({ where: { id: planId }, select: { title: true, version: true } })).toEqual({ title: `Kế hoạch, bản ${won[0]}`, version: 2 });
    expect(await auditSince(mark, 'Plan', planId, 'plan.update')).toHaveLength(1);
  });

  it('a plan, each save from the version it has just read: version = start + successes, no write lost', async () => {
    const planId = await newPlan('311-KH/ĐUSLĐTBXH');
    const mark = await auditMark();
    const read: number[] = [];
    const won = await burst(indexes.map((index) => async () => {
      const actor = index % 2 ? admin : secretary;
      const { version } = await getPlan({ actor, planId });
      read[index] = version;
      await updatePlan({ actor, ...planEdit(planId, version, `Kế hoạch, bản ${index}`), officialNumber: '311-KH/ĐUSLĐTBXH' });
    }), EDITORS_AT_ONCE);
    // Once any save has settled one has been written, so the saves started later read a newer version:
    // at least two succeed.
    expect(won.length).toBeGreaterThan(1);
    const afters = expectUnbrokenChain(await auditSince(mark, 'Plan', planId, 'plan.update'), 1);
    // Every success is in the log once, as the write on top of the version it read.
    expect(afters.map((after) => after.title).sort()).toEqual(won.map((index) => `Kế hoạch, bản ${index}`).sort());
    for (const index of won) expect(afters.find((after) => after.title === `Kế hoạch, bản ${index}`)?.version).toBe(read[index]! + 1);
    expect(await database.plan.findUniqueOrThrow({ where: { id: planId }, select: { title: true, version: true } })).toEqual({ title: afters.at(-1)!.title, version: 1 + won.length });
  });

  it('a task, all from the same version: one wins, 49 are refused, version + 1', async () => {
    const taskId = await newTask();
    const mark = await auditMark();
    const coOwners = [serviceCellId, officeCellId];
    const won = await burst(indexes.map((index) => () => updateTask({ actor: index % 2 ? admin : secretary, taskId, version: 1, ...taskFields({ title: `Nhiệm vụ, bản ${index}`, coOwnerIds: [coOwners[index % 2]!] }) })));
    expect(won).toHaveLength(1);
    const saved = await database.task.findUniqueOrThrow({ where: { id: taskId }, select: { title: true, version: true, coOwners: { select: { organizationId: true } } } });
    expect(saved).toEqual({ title: `Nhiệm vụ, bản ${won[0]}`, version: 2, coOwners: [{ organizationId: coOwners[won[0]! % 2] }] });
    expect(await auditSince(mark, 'Task', taskId, 'task.update')).toHaveLength(1);
  });

  it('a task, each save from the version it has just read: version = start + successes, no write lost', async () => {
    const taskId = await newTask();
    const mark = await auditMark();
    const read: number[] = [];
    const coOwners = [serviceCellId, officeCellId];
    const won = await burst(indexes.map((index) => async () => {
      const actor = index % 2 ? admin : secretary;
      const { version } = await getTask({ actor, taskId });
      read[index] = version;
      await updateTask({ actor, taskId, version, ...taskFields({ title: `Nhiệm vụ, bản ${index}`, coOwnerIds: [coOwners[index % 2]!] }) });
    }), EDITORS_AT_ONCE);
    // Once any save has settled one has been written, so the saves started later read a newer version:
    // at least two succeed.
    expect(won.length).toBeGreaterThan(1);
    const afters = expectUnbrokenChain(await auditSince(mark, 'Task', taskId, 'task.update'), 1);
    expect(afters.map((after) => after.title).sort()).toEqual(won.map((index) => `Nhiệm vụ, bản ${index}`).sort());
    for (const index of won) expect(afters.find((after) => after.title === `Nhiệm vụ, bản ${index}`)?.version).toBe(read[index]! + 1);
    const last = afters.at(-1)!;
    const saved = await database.task.findUniqueOrThrow({ where: { id: taskId }, select: { title: true, version: true, coOwners: { select: { organizationId: true } } } });
    // The co-owners too are the last winner's: a loser's replacement of them was rolled back with it.
    expect(saved).toEqual({ title: last.title, version: 1 + won.length, coOwners: last.coOwners });
  });

  it('progress reports, all from the same version: one report row, version + 1', async () => {
    const taskId = await newTask();
    const won = await burst(indexes.map((index) => () => reportTaskProgress({ actor: index % 2 ? secretary : attendee, taskId, version: 1, reportedOn: reportOn, status: 'IN_PROGRESS', progress: index, note: `Báo cáo ${index}` })));
    expect(won).toHaveLength(1);
    const saved = await database.task.findUniqueOrThrow({ where: { id: taskId }, select: { progress: true, version: true, updates: { select: { note: true } } } });
    expect(saved).toEqual({ progress: won[0], version: 2, updates: [{ note: `Báo cáo ${won[0]}` }] });
  });

  it('progress reports, each from the version just read: one report row per success, the task at the last one', async () => {
    const taskId = await newTask();
    const mark = await auditMark();
    const won = await burst(indexes.map((index) => async () => {
      const actor = index % 2 ? secretary : attendee;
      const { version } = await getTask({ actor, taskId });
      await reportTaskProgress({ actor, taskId, version, reportedOn: reportOn, status: 'IN_PROGRESS', progress: index, note: `Báo cáo ${index}` });
    }), EDITORS_AT_ONCE);
    // Once any save has settled one has been written, so the saves started later read a newer version:
    // at least two succeed.
    expect(won.length).toBeGreaterThan(1);
    const afters = expectUnbrokenChain(await auditSince(mark, 'Task', taskId, 'task.report'), 1);
    const saved = await database.task.findUniqueOrThrow({ where: { id: taskId }, select: { progress: true, version: true, updates: { select: { note: true } } } });
    // The parent's version, its history rows and the successes agree.
    expect(saved.version).toBe(1 + won.length);
    expect(saved.updates.map((update) => update.note).sort()).toEqual(won.map((index) => `Báo cáo ${index}`).sort());
    const ascending = (a: number, b: number) => a - b;
    expect(afters.map((after) => after.progress as number).sort(ascending)).toEqual([...won].sort(ascending));
    expect(saved.progress).toBe(afters.at(-1)!.progress);
  });
});

describe.runIf(parallel)(`${BURST} sign-in attempts at once`, () => {
  it('check no more than five passwords for one name: the rest wait their turn or are refused unchecked', async () => {
    const now = new Date('2026-11-25T02:00:00Z');
    const results = await Promise.all(
      Array.from({ length: BURST }, (_, index) => authenticate({ username: 'daibieu', password: `doan-mo-${index}`, clientAddress: `10.9.0.${index}`, now })),
    );
    expect(results.every((result) => !result.ok)).toBe(true);
    const rows = await database.auditLog.findMany({ where: { action: 'auth.login', at: now, after: { path: ['username'], equals: 'daibieu' } }, select: { after: true } });
    const reasons = rows.map((row) => (row.after as { reason: string }).reason);
    expect(reasons).toHaveLength(BURST);
    // Every attempt is logged; at most five passwords were looked at.
    expect(reasons.filter((reason) => reason === 'password').length).toBeGreaterThan(0);
    expect(reasons.filter((reason) => reason === 'password').length).toBeLessThanOrEqual(5);
    expect(reasons.every((reason) => ['password', 'concurrent', 'throttled'].includes(reason))).toBe(true);
    // Those refused while another was checked are told so (“try again in a moment”), not “wrong password”.
    expect(results.filter((result) => !result.ok && result.reason === 'busy')).toHaveLength(reasons.filter((reason) => reason === 'concurrent').length);
  });
});
