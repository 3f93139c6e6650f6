import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { UpdateConclusionInput } from '../../schemas/conclusion.ts';
import { recordAudit } from '../audit.ts';
import { staleRecordError } from '../stale-record.ts';
import { CONCLUSION_AUDIT_SELECT, lockConclusion } from './conclusion-rules.ts';

/**
 * Changes the text of a conclusion. A draft is simply edited. A published conclusion is frozen: the
 * change becomes its next revision (n + 1, with its author and time) and the earlier revisions stay,
 * so the history shows who changed what and when.
 */
export async function updateConclusion({ actor, conclusionId, version, content }: { actor: Actor } & UpdateConclusionInput): Promise<{ id: string; conferenceId: string; number: number; revision: number | null }> {
  requirePermission(actor, 'conclusion.edit');
  return db().$transaction(async (tx) => {
    const before = await lockConclusion(tx, actor, { conclusionId, version });
    // Saving the same text is no change: no new version, no revision, no audit row.
    if (before.content === content) return { id: conclusionId, conferenceId: before.conferenceId, number: before.number, revision: null };

    const { count } = await tx.conclusion.updateMany({ where: { id: conclusionId, version }, data: { content, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Conclusion', conclusionId);
    const revision = before.publishedAt ? await addRevision(tx, actor, before, content) : null;
    const after = await tx.conclusion.findUniqueOrThrow({ where: { id: conclusionId }, select: CONCLUSION_AUDIT_SELECT });
    await recordAudit(tx, {
      actor, action: revision ? 'conclusion.revise' : 'conclusion.update', entity: 'Conclusion', entityId: conclusionId,
      before, after: revision ? { ...after, revision } : after,
    });
    return { id: conclusionId, conferenceId: before.conferenceId, number: before.number, revision };
  });
}

/** Writes revision n + 1 of a published conclusion; returns n + 1. */
async function addRevision(
  tx: Prisma.TransactionClient,
  actor: Actor,
  before: { id: string; content: string; publishedAt: Date | null },
  content: string,
): Promise<number> {
  const { _max } = await tx.conclusionRevision.aggregate({ where: { conclusionId: before.id }, _max: { revision: true } });
  let last = _max.revision ?? 0;
  if (last === 0) {
    // Published before revisions were kept (an import): record the published text as revision 1
    // first, so the change below never erases what was published. Its author is not known.
    await tx.conclusionRevision.create({ data: { conclusionId: before.id, revision: 1, content: before.content, authorId: null, createdAt: before.publishedAt ?? undefined } });
    last = 1;
  }
  await tx.conclusionRevision.create({ data: { conclusionId: before.id, revision: last + 1, content, authorId: actor.userId } });
  return last + 1;
}
