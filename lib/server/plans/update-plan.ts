import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { planScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import type { UpdatePlanInput } from '../../schemas/plan.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { checkPlanRules, PLAN_AUDIT_SELECT } from './plan-rules.ts';

/** Saves a plan edited from `version`; refuses (changing nothing) when someone saved it in between. */
export async function updatePlan({ actor, planId, version, ...input }: { actor: Actor } & UpdatePlanInput): Promise<{ id: string }> {
  requirePermission(actor, 'plan.update');
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.plan.findFirst({ where: { AND: [{ id: planId }, planScope(actor)] }, select: PLAN_AUDIT_SELECT });
      if (!before) throw new NotFoundError('Plan');
      await checkPlanRules(tx, { actor, planId, ...input });
      const resolution = input.resolutionId ? await tx.resolution.findUnique({ where: { id: input.resolutionId }, select: { termId: true } }) : null;
      // The version in the WHERE clause makes the check and the write one atomic step.
      const { count } = await tx.plan.updateMany({
        where: { id: planId, version },
        data: { ...input, termId: resolution?.termId ?? before.termId, version: { increment: 1 } },
      });
      if (count === 0) throw await staleRecordError(tx, 'Plan', planId);
      const after = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: PLAN_AUDIT_SELECT });
      await recordAudit(tx, { actor, action: 'plan.update', entity: 'Plan', entityId: planId, before, after });
      return { id: planId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new RuleViolationError('plan.numberTaken', { number: input.officialNumber }, 'officialNumber');
    throw error;
  }
}
