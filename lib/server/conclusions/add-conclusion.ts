import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { AddConclusionInput } from '../../schemas/conclusion.ts';
import { recordAudit } from '../audit.ts';
import { CONCLUSION_AUDIT_SELECT, lockConclusionsOf } from './conclusion-rules.ts';

/** Adds a draft conclusion at the end of the list, numbered one after the last. */
export async function addConclusion({ actor, conferenceId, content }: { actor: Actor } & AddConclusionInput): Promise<{ id: string; number: number }> {
  requirePermission(actor, 'conclusion.edit');
  return db().$transaction(async (tx) => {
    await lockConclusionsOf(tx, actor, conferenceId, 'EDIT_CONCLUSIONS');
    // The conference lock makes "last number + 1" safe from a concurrent add.
    const { _max } = await tx.conclusion.aggregate({ where: { conferenceId }, _max: { number: true } });
    const conclusion = await tx.conclusion.create({ data: { conferenceId, number: (_max.number ?? 0) + 1, content }, select: CONCLUSION_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'conclusion.create', entity: 'Conclusion', entityId: conclusion.id, after: conclusion });
    return { id: conclusion.id, number: conclusion.number };
  });
}
