import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { managedTaskScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import type { UpdateTaskInput } from '../../schemas/task.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { checkTaskDatesInTerm, checkTaskRules, TASK_AUDIT_SELECT } from './task-rules.ts';

/**
 * Saves a task's own fields edited from `version`; its source, status and progress are not edited here
 * (progress is reported, with history). Refuses, changing nothing, when someone saved it in between.
 */
export async function updateTask({ actor, taskId, version, coOwnerIds, ...fields }: { actor: Actor } & UpdateTaskInput): Promise<{ id: string }> {
  requirePermission(actor, 'task.update');
  return db().$transaction(async (tx) => {
    const before = await tx.task.findFirst({ where: { AND: [{ id: taskId }, managedTaskScope(actor)] }, select: TASK_AUDIT_SELECT });
    if (!before) throw new NotFoundError('Task');
    const checked = await checkTaskRules(tx, actor, { ...fields, coOwnerIds }, before);
    await checkTaskDatesInTerm(tx, before.termId, fields);
    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.task.updateMany({ where: { id: taskId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Task', taskId);
    await tx.taskCoOwner.deleteMany({ where: { taskId, organizationId: { notIn: checked.coOwnerIds } } });
    await tx.taskCoOwner.createMany({ data: checked.coOwnerIds.map((organizationId) => ({ taskId, organizationId })), skipDuplicates: true });
    const after = await tx.task.findUniqueOrThrow({ where: { id: taskId }, select: TASK_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'task.update', entity: 'Task', entityId: taskId, before, after });
    return { id: taskId };
  });
}
