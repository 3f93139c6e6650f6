import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import { todayInVietnam } from '../../domain/task-deadline.ts';
import type { CreateTaskInput } from '../../schemas/task.ts';
import { recordAudit } from '../audit.ts';
import { checkTaskDatesInTerm, checkTaskRules, TASK_AUDIT_SELECT } from './task-rules.ts';
import { resolveTaskSource } from './task-source.ts';

/** Assigns a task (from a published conclusion, a plan, a target or on its own) with its co-owners. */
export async function createTask({ actor, conclusionId, planId, coOwnerIds, ...fields }: { actor: Actor } & CreateTaskInput): Promise<{ id: string }> {
  requirePermission(actor, 'task.create');
  const year = (fields.dueDate ?? fields.startDate)?.getUTCFullYear() ?? Number(todayInVietnam(now()).slice(0, 4));
  return db().$transaction(async (tx) => {
    const checked = await checkTaskRules(tx, actor, { ...fields, coOwnerIds });
    const source = await resolveTaskSource(tx, actor, { conclusionId, planId, targetId: fields.targetId }, year);
    await checkTaskDatesInTerm(tx, source.termId, fields);
    const task = await tx.task.create({
      data: {
        ...fields,
        ...source,
        createdById: actor.userId,
        coOwners: { create: checked.coOwnerIds.map((organizationId) => ({ organizationId })) },
      },
      select: TASK_AUDIT_SELECT,
    });
    await recordAudit(tx, { actor, action: 'task.create', entity: 'Task', entityId: task.id, after: task });
    return { id: task.id };
  });
}
