import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { checkBreakdown, type BreakdownCheck } from '../../domain/breakdown.ts';
import type { AddTargetResultInput } from '../../schemas/target-result.ts';
import { recordAudit } from '../audit.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { checkResultRules, duplicateResultError, partRows, TARGET_RESULT_AUDIT_SELECT, targetInScope } from './target-result-rules.ts';

export interface SavedTargetResult {
  id: string;
  targetId: string;
  resolutionId: string;
  /** Whether the saved parts add up to the total: the form warns when they do not. */
  breakdown: BreakdownCheck;
}

/** Records a target's result for one period, with its breakdown parts, in one transaction with its audit row. */
export async function addTargetResult({ actor, targetId, parts, ...fields }: { actor: Actor } & AddTargetResultInput): Promise<SavedTargetResult> {
  requirePermission(actor, 'target.recordResult');
  try {
    return await db().$transaction(async (tx) => {
      const target = await targetInScope(tx, actor, targetId);
      await checkResultRules(tx, { actor, target, ...fields });
      const result = await tx.targetResult.create({
        data: { targetId, ...fields, parts: { create: partRows(parts) } },
        select: TARGET_RESULT_AUDIT_SELECT,
      });
      await recordAudit(tx, { actor, action: 'targetResult.create', entity: 'TargetResult', entityId: result.id, after: result });
      return { id: result.id, targetId, resolutionId: target.resolutionId, breakdown: checkBreakdown(fields.value, parts.map((part) => part.value)) };
    });
  } catch (error) {
    // Two saves raced past the look-up: the unique index (targetId, period, year) refused the second.
    if (isUniqueViolation(error)) throw duplicateResultError(fields.period, fields.year);
    throw error;
  }
}
