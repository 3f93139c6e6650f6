import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { UpdateAgendaItemInput } from '../../schemas/agenda.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { AGENDA_ITEM_AUDIT_SELECT, agendaItemData, conferenceIdOfItem, lockAgendaOf } from './agenda-rules.ts';

/** Saves an agenda item edited from `version`; refuses (changing nothing) when someone saved it in between. */
export async function updateAgendaItem({ actor, agendaItemId, version, ...fields }: { actor: Actor } & UpdateAgendaItemInput): Promise<{ id: string; conferenceId: string }> {
  requirePermission(actor, 'agenda.edit');
  return db().$transaction(async (tx) => {
    const conference = await lockAgendaOf(tx, actor, await conferenceIdOfItem(tx, actor, agendaItemId));
    const before = await tx.agendaItem.findFirst({ where: { id: agendaItemId }, select: AGENDA_ITEM_AUDIT_SELECT });
    // Removed by someone else while this transaction waited for the lock.
    if (!before) throw new NotFoundError('AgendaItem');
    const data = await agendaItemData(tx, conference, fields, before.presenterMemberId);
    const { count } = await tx.agendaItem.updateMany({ where: { id: agendaItemId, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'AgendaItem', agendaItemId);
    const after = await tx.agendaItem.findUniqueOrThrow({ where: { id: agendaItemId }, select: AGENDA_ITEM_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'agendaItem.update', entity: 'AgendaItem', entityId: agendaItemId, before, after });
    return { id: agendaItemId, conferenceId: conference.id };
  });
}
