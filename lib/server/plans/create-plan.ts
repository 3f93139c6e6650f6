import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { CreatePlanInput } from '../../schemas/plan.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { checkPlanRules, PLAN_AUDIT_SELECT } from './plan-rules.ts';

export async function createPlan({ actor, ...input }: { actor: Actor } & CreatePlanInput): Promise<{ id: string }> {
  requirePermission(actor, 'plan.create');
  try {
    return await db().$transaction(async (tx) => {
      await checkPlanRules(tx, { actor, ...input });
      const resolution = input.resolutionId ? await tx.resolution.findUnique({ where: { id: input.resolutionId }, select: { termId: true } }) : null;
      const plan = await tx.plan.create({ data: { ...input, termId: resolution?.termId ?? null }, select: PLAN_AUDIT_SELECT });
      await recordAudit(tx, { actor, action: 'plan.create', entity: 'Plan', entityId: plan.id, after: plan });
      return { id: plan.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new RuleViolationError('plan.numberTaken', { number: input.officialNumber }, 'officialNumber');
    throw error;
  }
}
