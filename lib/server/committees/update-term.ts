import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { checkTermYears } from '../../domain/committee-rules.ts';
import type { UpdateTermInput } from '../../schemas/committee.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { lockOrganization, TERM_AUDIT_SELECT, termProblemError } from './committee-rules.ts';

/**
 * Saves a term edited from `version`. New years must keep the rules of a new term and still hold every
 * seat of its committees and every task dated in it: shortening a term under its records is refused.
 */
export async function updateTerm({ actor, termId, version, ...input }: { actor: Actor } & UpdateTermInput): Promise<{ id: string; organizationId: string }> {
  requirePermission(actor, 'committee.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.term.findFirst({ where: { id: termId, organizationId: { in: scope } }, select: TERM_AUDIT_SELECT });
    if (!before) throw new NotFoundError('Term');
    await lockOrganization(tx, before.organizationId);
    const others = await tx.term.findMany({ where: { organizationId: before.organizationId, id: { not: termId } }, select: { name: true, congressNumber: true, startYear: true, endYear: true } });
    const problem = checkTermYears(input, others);
    if (problem) throw termProblemError(problem);
    const sameCongress = others.find((other) => other.congressNumber === input.congressNumber);
    if (sameCongress) throw new RuleViolationError('term.congressTaken', { name: sameCongress.name }, 'congressNumber');

    const first = new Date(Date.UTC(input.startYear, 0, 1));
    const afterLast = new Date(Date.UTC(input.endYear + 1, 0, 1));
    const seatsOutside = await tx.committeeSeat.count({
      where: { committee: { termId }, OR: [{ startDate: { lt: first } }, { startDate: { gte: afterLast } }, { endDate: { gte: afterLast } }] },
    });
    if (seatsOutside > 0) throw new RuleViolationError('term.seatsOutside', { count: seatsOutside }, 'startYear');
    const tasksOutside = await tx.task.count({
      where: { termId, OR: [{ startDate: { lt: first } }, { startDate: { gte: afterLast } }, { dueDate: { lt: first } }, { dueDate: { gte: afterLast } }] },
    });
    if (tasksOutside > 0) throw new RuleViolationError('term.tasksOutside', { count: tasksOutside }, 'startYear');

    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.term.updateMany({ where: { id: termId, version }, data: { ...input, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Term', termId);
    const after = await tx.term.findUniqueOrThrow({ where: { id: termId }, select: TERM_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'term.update', entity: 'Term', entityId: termId, before, after });
    return { id: termId, organizationId: before.organizationId };
  });
}
