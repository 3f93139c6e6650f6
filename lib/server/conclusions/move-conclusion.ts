import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { MoveConclusionInput } from '../../schemas/conclusion.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { lockConclusion, renumberConclusion } from './conclusion-rules.ts';

/**
 * Swaps a draft conclusion with the one above or below it. Published conclusions keep their numbers:
 * the notice of conclusions has been issued with them.
 */
export async function moveConclusion({ actor, conclusionId, version, direction }: { actor: Actor } & MoveConclusionInput): Promise<{ id: string; conferenceId: string; number: number }> {
  requirePermission(actor, 'conclusion.edit');
  return db().$transaction(async (tx) => {
    const conclusion = await lockConclusion(tx, actor, { conclusionId, version });
    if (conclusion.publishedAt) throw new RuleViolationError('conclusion.publishedCannotMove');
    const up = direction === 'up';
    const neighbour = await tx.conclusion.findFirst({
      where: { conferenceId: conclusion.conferenceId, number: up ? { lt: conclusion.number } : { gt: conclusion.number } },
      orderBy: { number: up ? 'desc' : 'asc' },
      select: { id: true, number: true, publishedAt: true },
    });
    if (!neighbour) throw new RuleViolationError(up ? 'conclusion.alreadyFirst' : 'conclusion.alreadyLast');
    if (neighbour.publishedAt) throw new RuleViolationError('conclusion.cannotPassPublished');

    // The unique (conference, number) index is checked row by row, so one of the two is parked past
    // the last number while the other takes its place.
    const { _max } = await tx.conclusion.aggregate({ where: { conferenceId: conclusion.conferenceId }, _max: { number: true } });
    await tx.conclusion.update({ where: { id: conclusion.id }, data: { number: (_max.number ?? conclusion.number) + 1 } });
    await renumberConclusion(tx, neighbour.id, conclusion.number);
    await renumberConclusion(tx, conclusion.id, neighbour.number);
    await recordAudit(tx, { actor, action: 'conclusion.move', entity: 'Conclusion', entityId: conclusion.id, before: { number: conclusion.number }, after: { number: neighbour.number } });
    await recordAudit(tx, { actor, action: 'conclusion.move', entity: 'Conclusion', entityId: neighbour.id, before: { number: neighbour.number }, after: { number: conclusion.number } });
    return { id: conclusion.id, conferenceId: conclusion.conferenceId, number: neighbour.number };
  });
}
