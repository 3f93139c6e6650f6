import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { RemoveAgendaItemInput } from '../../schemas/agenda.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { AGENDA_ITEM_AUDIT_SELECT, conferenceIdOfItem, lockAgendaOf } from './agenda-rules.ts';
import { renumberAgenda } from './renumber-agenda.ts';

/**
 * Removes an item the user saw at `version` and closes the gap in the numbering. An item with
 * attached documents is kept: the documents would lose their place in the programme.
 */
export async function removeAgendaItem({ actor, agendaItemId, version }: { actor: Actor } & RemoveAgendaItemInput): Promise<{ conferenceId: string }> {
  requirePermission(actor, 'agenda.edit');
  return db().$transaction(async (tx) => {
    const conferenceId = await conferenceIdOfItem(tx, actor, agendaItemId);
    await lockAgendaOf(tx, actor, conferenceId);
    const before = await tx.agendaItem.findFirst({ where: { id: agendaItemId }, select: AGENDA_ITEM_AUDIT_SELECT });
    // Removed by someone else while this transaction waited for the lock.
    if (!before) throw new NotFoundError('AgendaItem');
    const documents = await tx.document.count({ where: { agendaItemId } });
    if (documents > 0) throw new RuleViolationError('agenda.hasDocuments', { count: documents });
    const { count } = await tx.agendaItem.deleteMany({ where: { id: agendaItemId, version } });
    if (count === 0) throw await staleRecordError(tx, 'AgendaItem', agendaItemId);
    const remaining = await tx.agendaItem.findMany({ where: { conferenceId }, orderBy: { position: 'asc' }, select: { id: true } });
    await renumberAgenda(tx, conferenceId, remaining.map((item) => item.id));
    await recordAudit(tx, { actor, action: 'agendaItem.remove', entity: 'AgendaItem', entityId: agendaItemId, before });
    return { conferenceId };
  });
}
