import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { ResultPeriod } from '../../db/generated/prisma/enums.ts';
import type { RemoveTargetResultInput } from '../../schemas/target-result.ts';
import { recordAudit } from '../audit.ts';
import { staleRecordError } from '../stale-record.ts';
import { resultInScope, targetInScope } from './target-result-rules.ts';

/**
 * Removes a result the user saw at `version`, with its breakdown parts (the audit row keeps them);
 * refuses when someone changed it since.
 */
export async function removeTargetResult({ actor, resultId, version }: { actor: Actor } & RemoveTargetResultInput): Promise<{ targetId: string; resolutionId: string; period: ResultPeriod; year: number }> {
  requirePermission(actor, 'target.removeResult');
  return db().$transaction(async (tx) => {
    const before = await resultInScope(tx, actor, resultId);
    const target = await targetInScope(tx, actor, before.targetId);
    // The parts go with it (ON DELETE CASCADE).
    const { count } = await tx.targetResult.deleteMany({ where: { id: resultId, version } });
    if (count === 0) throw await staleRecordError(tx, 'TargetResult', resultId);
    await recordAudit(tx, { actor, action: 'targetResult.remove', entity: 'TargetResult', entityId: resultId, before });
    return { targetId: target.id, resolutionId: target.resolutionId, period: before.period, year: before.year };
  });
}
