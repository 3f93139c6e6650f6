import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { managedOrganizationScope, planScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

export interface TaskSource {
  conclusionId: string | null;
  planId: string | null;
  targetId: string | null;
}

/**
 * Where a new task comes from and so which term it serves: a published conclusion (the term of its
 * conference's plan), a plan, a target (its resolution's term); otherwise the actor's term that covers
 * the year the task is due. A conclusion must be published: tasks follow what was decided, not a draft.
 */
export async function resolveTaskSource(tx: Tx, actor: Actor, source: TaskSource, year: number): Promise<TaskSource & { termId: string }> {
  if (source.conclusionId && source.planId) throw new RuleViolationError('invalidChoice', {}, 'planId');
  let termId: string | null = null;
  let planId = source.planId;

  if (source.conclusionId) {
    const conclusion = await tx.conclusion.findFirst({
      where: { id: source.conclusionId, conference: managedConferenceScope(actor) },
      select: { publishedAt: true, conference: { select: { planId: true, plan: { select: { termId: true } } } } },
    });
    if (!conclusion) throw new RuleViolationError('invalidChoice', {}, 'conclusionId');
    if (!conclusion.publishedAt) throw new RuleViolationError('task.conclusionNotPublished', {}, 'conclusionId');
    termId = conclusion.conference.plan?.termId ?? null;
    planId = null;
  } else if (planId) {
    const plan = await tx.plan.findFirst({ where: { AND: [{ id: planId }, planScope(actor)] }, select: { termId: true } });
    if (!plan) throw new RuleViolationError('invalidChoice', {}, 'planId');
    termId = plan.termId;
  }

  if (!termId && source.targetId) {
    const target = await tx.target.findUnique({ where: { id: source.targetId }, select: { resolution: { select: { termId: true } } } });
    termId = target?.resolution.termId ?? null;
  }
  if (!termId) {
    const term = await tx.term.findFirst({
      where: { organization: managedOrganizationScope(actor), startYear: { lte: year }, endYear: { gte: year } },
      orderBy: { startYear: 'desc' },
      select: { id: true },
    });
    if (!term) throw new RuleViolationError('task.noTerm', { year }, 'dueDate');
    termId = term.id;
  }
  return { conclusionId: source.conclusionId, planId, targetId: source.targetId, termId };
}
