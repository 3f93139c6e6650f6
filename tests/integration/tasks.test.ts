import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { createTaskSchema, type CreateTaskInput } from '../../lib/schemas/task.ts';
import { NotFoundError, StaleRecordError } from '../../lib/server/errors.ts';
import { createTask } from '../../lib/server/tasks/create-task.ts';
import { getTask } from '../../lib/server/tasks/get-task.ts';
import { reportTaskProgress } from '../../lib/server/tasks/report-task-progress.ts';
import { updateTask } from '../../lib/server/tasks/update-task.ts';
import { fileStore, type FileStore } from '../../lib/server/storage/file-store.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';
import { minimalPdf } from '../helpers/zip-archive.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;
const org: Record<string, string> = {};
let conclusionIds: string[];
let storageDir: string;

const day = (value: string) => new Date(`${value}T00:00:00Z`);

beforeAll(async () => {
  // lib/env.ts reads it on first use, so before the database opens.
  storageDir = await mkdtemp(path.join(tmpdir(), 'hoinghi-task-files-'));
  process.env.FILE_STORAGE_DIR = storageDir;
  demo = await openDemoDatabase();
  database = demo.database;
  secretary = await demo.actorFor('vanphong');
  attendee = await demo.actorFor('daibieu');
  for (const organization of await database.organization.findMany({ select: { id: true, shortName: true } })) org[organization.shortName ?? ''] = organization.id;
  conclusionIds = (await database.conclusion.findMany({ orderBy: { number: 'asc' }, select: { id: true } })).map((conclusion) => conclusion.id);
});

afterAll(async () => {
  await demo?.close();
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
});

const storedFiles = async () => (await readdir(storageDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

function taskInput(overrides: Partial<CreateTaskInput> = {}): CreateTaskInput {
  return {
    title: 'Tổ chức tập huấn nghiệp vụ', description: null, ownerOrganizationId: org['Chi bộ Phòng LĐ-VL']!, coOwnerIds: [], responsibleMemberId: null,
    startDate: day('2023-08-01'), dueDate: day('2025-06-30'), priority: 'NORMAL', targetId: null, conclusionId: null, planId: null, ...overrides,
  };
}

const counts = async () => ({
  tasks: await database.task.count(),
  updates: await database.taskUpdate.count(),
  coOwners: await database.taskCoOwner.count(),
  documents: await database.document.count(),
  audit: await database.auditLog.count(),
});

describe('assigning tasks', () => {
  it('makes a task from a published conclusion, in the term of its conference plan, with co-owners and an audit row', async () => {
    const khoa = await database.member.findFirstOrThrow({ where: { fullName: 'Võ Minh Khoa' }, select: { id: true } });
    const { id } = await createTask({
      actor: secretary,
      ...taskInput({ conclusionId: conclusionIds[1]!, responsibleMemberId: khoa.id, coOwnerIds: [org['Chi bộ TT DVVL']!, org['Chi bộ Phòng LĐ-VL']!] }),
    });
    const task = await database.task.findUniqueOrThrow({ where: { id }, select: { term: { select: { startYear: true } }, conclusionId: true, createdById: true, coOwners: { select: { organizationId: true } } } });
    expect(task.term.startYear).toBe(2020);
    expect(task.conclusionId).toBe(conclusionIds[1]);
    expect(task.createdById).toBe(secretary.userId);
    // The owner ticked as a co-owner too is dropped: owning says it already.
    expect(task.coOwners.map((coOwner) => coOwner.organizationId)).toEqual([org['Chi bộ TT DVVL']]);
    expect(await database.auditLog.count({ where: { entity: 'Task', entityId: id, action: 'task.create' } })).toBe(1);
  });

  it('refuses a conclusion not yet published, a responsible person outside the owners, an owner outside the office, and attendees — writing nothing', async () => {
    const conference = await database.conference.findFirstOrThrow({ select: { id: true } });
    const draft = await database.conclusion.create({ data: { conferenceId: conference.id, number: 99, content: 'Dự thảo' }, select: { id: true } });
    const outsider = await database.member.findFirstOrThrow({ where: { fullName: 'Võ Minh Khoa' }, select: { id: true } });
    const before = await counts();
    await expect(createTask({ actor: secretary, ...taskInput({ conclusionId: draft.id }) })).rejects.toMatchObject({ messageKey: 'task.conclusionNotPublished', field: 'conclusionId' });
    await expect(createTask({ actor: secretary, ...taskInput({ ownerOrganizationId: org['Chi bộ Văn phòng']!, responsibleMemberId: outsider.id }) }))
      .rejects.toMatchObject({ messageKey: 'task.responsibleNotInOwners', field: 'responsibleMemberId' });
    await expect(createTask({ actor: secretary, ...taskInput({ ownerOrganizationId: org['Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh']! }) }))
      .rejects.toMatchObject({ messageKey: 'task.ownerOutOfScope', field: 'ownerOrganizationId' });
    await expect(createTask({ actor: attendee, ...taskInput() })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
  });

  it('refuses a due date before the start date next to the due date', () => {
    const parsed = createTaskSchema.safeParse({ title: 'x', ownerOrganizationId: org['Chi bộ Phòng LĐ-VL'], priority: 'NORMAL', startDate: '2025-06-01', dueDate: '2025-05-31' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ message: 'task.dueBeforeStart', path: ['dueDate'] })]);
  });

  it('edits a task against its version: a stale form changes nothing', async () => {
    const { id } = await createTask({ actor: secretary, ...taskInput({ coOwnerIds: [org['Chi bộ TT DVVL']!] }) });
    const edit = { ...taskInput(), taskId: id, version: 1, title: 'Tập huấn nghiệp vụ quý III', coOwnerIds: [org['Chi bộ Văn phòng']!] };
    await updateTask({ actor: secretary, ...edit });
    const saved = await database.task.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, coOwners: { select: { organizationId: true } } } });
    expect(saved).toMatchObject({ title: 'Tập huấn nghiệp vụ quý III', version: 2, coOwners: [{ organizationId: org['Chi bộ Văn phòng'] }] });

    const before = await counts();
    await expect(updateTask({ actor: secretary, ...edit, title: 'Bản cũ' })).rejects.toBeInstanceOf(StaleRecordError);
    expect(await database.task.findUniqueOrThrow({ where: { id }, select: { title: true } })).toEqual({ title: 'Tập huấn nghiệp vụ quý III' });
    expect(await counts()).toEqual(before);
  });
});

describe('reporting progress', () => {
  const labourTask = () => database.task.findFirstOrThrow({ where: { title: { startsWith: 'Nâng cao chất lượng giáo dục nghề nghiệp' } }, select: { id: true, version: true } });

  it('lets an attendee report on his unit’s task: a dated update, the task’s progress and an audit row, together', async () => {
    const task = await labourTask();
    await reportTaskProgress({ actor: attendee, taskId: task.id, version: task.version, reportedOn: day('2025-03-31'), progress: 40, status: 'IN_PROGRESS', note: 'Đã khảo sát 12 doanh nghiệp.' });
    const saved = await database.task.findUniqueOrThrow({ where: { id: task.id }, select: { progress: true, status: true, version: true, updates: { orderBy: { createdAt: 'desc' }, take: 1, select: { progress: true, note: true, authorId: true } } } });
    expect(saved).toMatchObject({ progress: 40, status: 'IN_PROGRESS', version: task.version + 1, updates: [{ progress: 40, note: 'Đã khảo sát 12 doanh nghiệp.', authorId: attendee.userId }] });
    expect(await database.auditLog.count({ where: { entity: 'Task', entityId: task.id, action: 'task.report' } })).toBe(1);
  });

  it('keeps the status rules: done is 100 %, cancelling needs a reason, a stale report or another unit’s task changes nothing', async () => {
    const task = await labourTask();
    const report = { actor: attendee, taskId: task.id, version: task.version, reportedOn: day('2025-04-30'), note: null };
    const before = await counts();
    await expect(reportTaskProgress({ ...report, progress: 80, status: 'DONE' })).rejects.toMatchObject({ messageKey: 'task.doneNeedsFull', field: 'progress' });
    await expect(reportTaskProgress({ ...report, progress: 40, status: 'CANCELLED' })).rejects.toMatchObject({ messageKey: 'task.cancelReasonRequired', field: 'note' });
    await expect(reportTaskProgress({ ...report, version: task.version - 1, progress: 50, status: 'IN_PROGRESS' })).rejects.toBeInstanceOf(StaleRecordError);
    await expect(reportTaskProgress({ ...report, reportedOn: day('2999-01-01'), progress: 50, status: 'IN_PROGRESS' })).rejects.toMatchObject({ messageKey: 'task.reportedInFuture' });
    const other = await database.task.findFirstOrThrow({ where: { ownerOrganizationId: org['Chi bộ Văn phòng'] }, select: { id: true, version: true } });
    await expect(reportTaskProgress({ ...report, taskId: other.id, version: other.version, progress: 10, status: 'IN_PROGRESS' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});

describe('who reports, and when', () => {
  it('lets co-owners follow a task but not move it; only the office cancels; a cancelled task takes no report', async () => {
    // The department's own task, co-owned by the attendee's cell: he sees it but does not report on it.
    const coOwned = await createTask({ actor: secretary, ...taskInput({ ownerOrganizationId: org['Đảng ủy Sở LĐ-TBXH']!, coOwnerIds: [org['Chi bộ Phòng LĐ-VL']!] }) });
    expect((await getTask({ actor: attendee, taskId: coOwned.id })).canReport).toBe(false);
    const before = await counts();
    await expect(reportTaskProgress({ actor: attendee, taskId: coOwned.id, version: 1, reportedOn: day('2025-01-10'), progress: 100, status: 'DONE', note: null }))
      .rejects.toBeInstanceOf(NotFoundError);

    // His own unit's task: he reports, but cancelling is the office's decision.
    const own = await createTask({ actor: secretary, ...taskInput() });
    expect(await getTask({ actor: attendee, taskId: own.id })).toMatchObject({ canReport: true, canCancel: false });
    await expect(reportTaskProgress({ actor: attendee, taskId: own.id, version: 1, reportedOn: day('2025-01-10'), progress: 0, status: 'CANCELLED', note: 'Không còn phù hợp' }))
      .rejects.toMatchObject({ messageKey: 'task.cancelNotAllowed', field: 'status' });
    expect(await counts()).toEqual({ ...before, tasks: before.tasks + 1, audit: before.audit + 1 });

    await reportTaskProgress({ actor: secretary, taskId: own.id, version: 1, reportedOn: day('2025-01-10'), progress: 0, status: 'CANCELLED', note: 'Gộp vào nhiệm vụ khác' });
    const cancelled = await counts();
    await expect(reportTaskProgress({ actor: secretary, taskId: own.id, version: 2, reportedOn: day('2025-01-11'), progress: 0, status: 'CANCELLED', note: 'Lý do khác' }))
      .rejects.toMatchObject({ messageKey: 'task.cancelledIsFinal', field: 'status' });
    expect(await counts()).toEqual(cancelled);
    expect(await database.task.findUniqueOrThrow({ where: { id: own.id }, select: { cancelReason: true } })).toEqual({ cancelReason: 'Gộp vào nhiệm vụ khác' });
  });

  it('refuses a report dated before the task starts or before its latest report', async () => {
    const { id } = await createTask({ actor: secretary, ...taskInput({ startDate: day('2024-01-01') }) });
    const report = { actor: attendee, taskId: id, version: 1, progress: 10, status: 'IN_PROGRESS' as const, note: null };
    await expect(reportTaskProgress({ ...report, reportedOn: day('2023-12-31') })).rejects.toMatchObject({ messageKey: 'task.reportedBeforeStart', field: 'reportedOn' });
    await reportTaskProgress({ ...report, reportedOn: day('2024-06-30') });
    await expect(reportTaskProgress({ ...report, version: 2, reportedOn: day('2024-06-29'), progress: 20 })).rejects.toMatchObject({ messageKey: 'task.reportedBeforeLatest', values: { date: '30/06/2024' } });
    expect(await database.taskUpdate.count({ where: { taskId: id } })).toBe(1);
  });

  it('keeps a task’s dates within its term, on creation and on edit', async () => {
    await expect(createTask({ actor: secretary, ...taskInput({ conclusionId: conclusionIds[0]!, dueDate: day('2031-12-31') }) }))
      .rejects.toMatchObject({ messageKey: 'task.dateOutsideTerm', field: 'dueDate', values: { start: 2020, end: 2025 } });
    const { id } = await createTask({ actor: secretary, ...taskInput() });
    await expect(updateTask({ actor: secretary, ...taskInput(), taskId: id, version: 1, startDate: day('2019-12-01') }))
      .rejects.toMatchObject({ messageKey: 'task.dateOutsideTerm', field: 'startDate' });
  });
});

describe('a report with a file', () => {
  const labourTask = () => database.task.findFirstOrThrow({ where: { title: { startsWith: 'Nâng cao chất lượng giáo dục nghề nghiệp' } }, select: { id: true, version: true } });

  it('stores the file with the update, visible to the task’s owners', async () => {
    const task = await labourTask();
    const { id } = await reportTaskProgress({
      actor: attendee, taskId: task.id, version: task.version, reportedOn: day('2025-05-15'), progress: 45, status: 'IN_PROGRESS', note: 'Biên bản họp chi bộ.',
      attachment: { fileName: 'bien-ban-hop.pdf', bytes: minimalPdf() },
    });
    const document = await database.document.findFirstOrThrow({ where: { taskUpdateId: id }, select: { fileName: true, mimeType: true, uploadedById: true } });
    expect(document).toEqual({ fileName: 'bien-ban-hop.pdf', mimeType: 'application/pdf', uploadedById: attendee.userId });
    expect(await storedFiles()).toBe(1);
    const shown = await getTask({ actor: attendee, taskId: task.id });
    expect(shown.updates[0]?.documents.map((file) => file.title)).toEqual(['bien-ban-hop']);
  });

  it('refuses a file that is not a document, and leaves nothing when the store fails', async () => {
    const task = await labourTask();
    const report = { actor: attendee, taskId: task.id, version: task.version, reportedOn: day('2025-05-20'), progress: 50, status: 'IN_PROGRESS' as const, note: null };
    const before = { ...(await counts()), files: await storedFiles() };
    await expect(reportTaskProgress({ ...report, attachment: { fileName: 'bao-cao.pdf', bytes: new TextEncoder().encode('<html><script>alert(1)</script>') } }))
      .rejects.toMatchObject({ messageKey: 'document.unsupportedType', field: 'file' });
    const disk = fileStore();
    const failingMove: FileStore = { put: disk.put.bind(disk), get: disk.get.bind(disk), delete: disk.delete.bind(disk), move: async () => { throw new Error('disk full'); } };
    await expect(reportTaskProgress({ ...report, attachment: { fileName: 'bao-cao.pdf', bytes: minimalPdf() }, store: failingMove })).rejects.toThrow('disk full');
    expect({ ...(await counts()), files: await storedFiles() }).toEqual(before);
    expect(await database.task.findUniqueOrThrow({ where: { id: task.id }, select: { progress: true } })).toEqual({ progress: 45 });
  });
});

describe('the thread of a task', () => {
  it('goes back up to its conclusion, conference, plan and target, and shows its history newest first', async () => {
    const { id } = await database.task.findFirstOrThrow({ where: { title: { startsWith: 'Nâng cao chất lượng giáo dục nghề nghiệp' } }, select: { id: true } });
    const task = await getTask({ actor: secretary, taskId: id });
    expect(task.conclusion?.number).toBe(2);
    expect(task.conclusion?.conference.plan?.officialNumber).toBe('274-KH/ĐUSLĐTBXH');
    expect(task.target?.name).toBe('Tỷ lệ lao động qua đào tạo');
    expect(task.updates.map((update) => update.reportedOn.toISOString().slice(0, 10))).toEqual(['2025-05-15', '2025-03-31', '2024-06-28']);
    expect(task).toMatchObject({ canEdit: true, canReport: true });
    await expect(getTask({ actor: attendee, taskId: (await database.task.findFirstOrThrow({ where: { ownerOrganizationId: org['Chi bộ Văn phòng'] }, select: { id: true } })).id }))
      .rejects.toBeInstanceOf(NotFoundError);
    expect((await getTask({ actor: attendee, taskId: id })).canEdit).toBe(false);
  });
});
