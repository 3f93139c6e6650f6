import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { checkBreakdown } from '../../domain/breakdown.ts';
import type { UpdateTargetResultInput } from '../../schemas/target-result.ts';
import { recordAudit } from '../audit.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { staleRecordError } from '../stale-record.ts';
import type { SavedTargetResult } from './add-target-result.ts';
import { checkResultRules, duplicateResultError, partRows, resultInScope, TARGET_RESULT_AUDIT_SELECT, targetInScope } from './target-result-rules.ts';

/**
 * Saves a result edited from `version`, its breakdown replaced by the rows of the form; refuses
 * (changing nothing) when someone saved or removed it in between.
 */
export async function updateTargetResult({ actor, resultId, version, parts, ...fields }: { actor: Actor } & UpdateTargetResultInput): Promise<SavedTargetResult> {
  requirePermission(actor, 'target.recordResult');
  try {
    return await db().$transaction(async (tx) => {
      const before = await resultInScope(tx, actor, resultId);
      const target = await targetInScope(tx, actor, before.targetId);
      await checkResultRules(tx, { actor, target, resultId, ...fields });
      // The version in the WHERE clause makes the check and the write one atomic step; the parts are
      // replaced only once it has matched, so a stale form touches neither.
      const { count } = await tx.targetResult.updateMany({ where: { id: resultId, version }, data: { ...fields, version: { increment: 1 } } });
      if (count === 0) throw await staleRecordError(tx, 'TargetResult', resultId);
      await tx.targetResultPart.deleteMany({ where: { resultId } });
      await tx.targetResultPart.createMany({ data: partRows(parts).map((part) => ({ ...part, resultId })) });
      const after = await tx.targetResult.findUniqueOrThrow({ where: { id: resultId }, select: TARGET_RESULT_AUDIT_SELECT });
      await recordAudit(tx, { actor, action: 'targetResult.update', entity: 'TargetResult', entityId: resultId, before, after });
      return { id: resultId, targetId: target.id, resolutionId: target.resolutionId, breakdown: checkBreakdown(fields.value, parts.map((part) => part.value)) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateResultError(fields.period, fields.year);
    throw error;
  }
}
