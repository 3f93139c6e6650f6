import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { AddAgendaItemInput } from '../../schemas/agenda.ts';
import { recordAudit } from '../audit.ts';
import { AGENDA_ITEM_AUDIT_SELECT, agendaItemData, lockAgendaOf } from './agenda-rules.ts';

/** Appends an item to the end of a conference's programme. */
export async function addAgendaItem({ actor, conferenceId, ...fields }: { actor: Actor } & AddAgendaItemInput): Promise<{ id: string }> {
  requirePermission(actor, 'agenda.edit');
  return db().$transaction(async (tx) => {
    const conference = await lockAgendaOf(tx, actor, conferenceId);
    const data = await agendaItemData(tx, conference, fields);
    const { _max } = await tx.agendaItem.aggregate({ where: { conferenceId }, _max: { position: true } });
    const item = await tx.agendaItem.create({ data: { ...data, conferenceId, position: (_max.position ?? 0) + 1 }, select: AGENDA_ITEM_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'agendaItem.create', entity: 'AgendaItem', entityId: item.id, after: item });
    return { id: item.id };
  });
}
