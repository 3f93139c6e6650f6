import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { RemoveConclusionInput } from '../../schemas/conclusion.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { lockConclusion, renumberConclusion } from './conclusion-rules.ts';

/**
 * Removes a draft conclusion and closes the gap in the numbering (the drafts after it move up one).
 * A published conclusion is part of the record and is never removed; it can only be revised.
 */
export async function removeConclusion({ actor, conclusionId, version }: { actor: Actor } & RemoveConclusionInput): Promise<{ conferenceId: string }> {
  requirePermission(actor, 'conclusion.edit');
  return db().$transaction(async (tx) => {
    const before = await lockConclusion(tx, actor, { conclusionId, version });
    if (before.publishedAt) throw new RuleViolationError('conclusion.publishedCannotBeRemoved');
    // Removing it would silently detach the tasks made from it (the relation sets them to null).
    if ((await tx.task.count({ where: { conclusionId } })) > 0) throw new RuleViolationError('conclusion.hasTasks');

    await tx.conclusion.delete({ where: { id: conclusionId } });
    // Ascending, so each number is free when the next one takes it (the unique index checks per row).
    const following = await tx.conclusion.findMany({
      where: { conferenceId: before.conferenceId, number: { gt: before.number }, publishedAt: null },
      orderBy: { number: 'asc' },
      select: { id: true, number: true },
    });
    for (const conclusion of following) {
      await renumberConclusion(tx, conclusion.id, conclusion.number - 1);
      await recordAudit(tx, { actor, action: 'conclusion.renumber', entity: 'Conclusion', entityId: conclusion.id, before: { number: conclusion.number }, after: { number: conclusion.number - 1 } });
    }
    await recordAudit(tx, { actor, action: 'conclusion.delete', entity: 'Conclusion', entityId: conclusionId, before });
    return { conferenceId: before.conferenceId };
  });
}
