import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { reportableTaskScope } from '../../auth/scope.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { calendarDateOf } from '../../domain/calendar.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import { checkTaskUpdate, type TaskUpdateProblem } from '../../domain/task-status.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import type { ReportTaskProgressInput } from '../../schemas/task.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { DOCUMENT_AUDIT_SELECT } from '../documents/document-rules.ts';
import { checkUploadedFile, writeWithStoredFile } from '../documents/stored-file.ts';
import { staleRecordError } from '../stale-record.ts';
import { fileStore, type FileStore } from '../storage/file-store.ts';
import { mayCancelTask, TASK_AUDIT_SELECT } from './task-rules.ts';

/** Each broken rule of an update as the message and the field it belongs to. */
const PROBLEM_MESSAGES: Record<TaskUpdateProblem, [messageKey: string, field: string]> = {
  TRANSITION_NOT_ALLOWED: ['task.transitionNotAllowed', 'status'],
  REASON_REQUIRED: ['task.cancelReasonRequired', 'note'],
  PROGRESS_INVALID: ['task.progressRange', 'progress'],
  DONE_REQUIRES_FULL_PROGRESS: ['task.doneNeedsFull', 'progress'],
  TASK_CANCELLED: ['task.cancelledIsFinal', 'status'],
};


/** A file sent with a report (minutes of a unit meeting, a photo of a signed document). */
export interface ReportAttachment {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * A dated progress report by an owner or the office: one new update row (the history), its attached
 * file if any, and the task's current status and progress, in one transaction, against the version the
 * form was loaded with — two people reporting at once cannot both move the task from the same state.
 * `store` is for tests that need a store which fails.
 */
export async function reportTaskProgress({ actor, taskId, version, reportedOn, progress, status, note, attachment = null, store = fileStore() }: { actor: Actor; attachment?: ReportAttachment | null; store?: FileStore } & Omit<ReportTaskProgressInput, 'file'>): Promise<{ id: string }> {
  requirePermission(actor, 'task.report');
  if (calendarDateOf(reportedOn) > todayInVietnam(now())) throw new RuleViolationError('task.reportedInFuture', {}, 'reportedOn');
  const file = attachment ? checkUploadedFile({ bytes: attachment.bytes, fileName: attachment.fileName, title: null }) : null;

  const write = async (tx: Prisma.TransactionClient, storageKey: string | null) => {
    const before = await tx.task.findFirst({ where: { AND: [{ id: taskId }, reportableTaskScope(actor)] }, select: TASK_AUDIT_SELECT });
    if (!before) throw new NotFoundError('Task');
    const [problem] = checkTaskUpdate({ from: before.status, to: status, progress, reason: note });
    if (problem) {
      const [messageKey, field] = PROBLEM_MESSAGES[problem];
      throw new RuleViolationError(messageKey, {}, field);
    }
    if (status === 'CANCELLED' && before.status !== 'CANCELLED' && !mayCancelTask(actor, before)) throw new RuleViolationError('task.cancelNotAllowed', {}, 'status');
    await checkReportDate(tx, taskId, before.startDate, reportedOn);
    const { count } = await tx.task.updateMany({
      where: { id: taskId, version },
      data: { status, progress, cancelReason: status === 'CANCELLED' ? note : null, version: { increment: 1 } },
    });
    if (count === 0) throw await staleRecordError(tx, 'Task', taskId);
    const update = await tx.taskUpdate.create({ data: { taskId, authorId: actor.userId, reportedOn, progress, status, note }, select: { id: true } });
    if (file && storageKey) {
      const document = await tx.document.create({ data: { ...file, storageKey, taskUpdateId: update.id, uploadedById: actor.userId }, select: DOCUMENT_AUDIT_SELECT });
      await recordAudit(tx, { actor, action: 'document.upload', entity: 'Document', entityId: document.id, after: document });
    }
    const after = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: TASK_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'task.report', entity: 'Task', entityId: taskId, before, after });
    return { id: update.id };
  };
  return attachment && file ? writeWithStoredFile(attachment.bytes, store, write) : db().$transaction((tx) => write(tx, null));
}

/**
 * A report is dated on or after the task's start and its latest report: the newest report is the
 * task's current state, so a backdated one would put the history and the task at odds.
 */
async function checkReportDate(tx: Prisma.TransactionClient, taskId: string, startDate: Date | null, reportedOn: Date): Promise<void> {
  if (startDate && reportedOn < startDate) throw new RuleViolationError('task.reportedBeforeStart', { date: formatCalendarDate(startDate, 'vi') }, 'reportedOn');
  const latest = await tx.taskUpdate.findFirst({ where: { taskId }, orderBy: { reportedOn: 'desc' }, select: { reportedOn: true } });
  if (latest && reportedOn < latest.reportedOn) throw new RuleViolationError('task.reportedBeforeLatest', { date: formatCalendarDate(latest.reportedOn, 'vi') }, 'reportedOn');
}
