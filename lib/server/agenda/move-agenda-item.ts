import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { MoveAgendaItemInput } from '../../schemas/agenda.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { conferenceIdOfItem, lockAgendaOf } from './agenda-rules.ts';
import { renumberAgenda } from './renumber-agenda.ts';

/**
 * Moves an item one place up or down the programme (the keyboard's way of dragging). Positions stay
 * 1..n without gaps. Times are left as they are: the secretary decides whether the clock moves too.
 */
export async function moveAgendaItem({ actor, agendaItemId, version, direction }: { actor: Actor } & MoveAgendaItemInput): Promise<{ conferenceId: string; position: number }> {
  requirePermission(actor, 'agenda.edit');
  return db().$transaction(async (tx) => {
    const conferenceId = await conferenceIdOfItem(tx, actor, agendaItemId);
    await lockAgendaOf(tx, actor, conferenceId);
    // A double click or a second secretary must not move the item twice on the strength of one page.
    const current = await tx.agendaItem.findUniqueOrThrow({ where: { id: agendaItemId }, select: { version: true } });
    if (current.version !== version) throw await staleRecordError(tx, 'AgendaItem', agendaItemId);
    const order = (await tx.agendaItem.findMany({ where: { conferenceId }, orderBy: { position: 'asc' }, select: { id: true } })).map((item) => item.id);
    const from = order.indexOf(agendaItemId);
    const to = direction === 'up' ? from - 1 : from + 1;
    const neighbour = order[to];
    if (neighbour === undefined) throw new RuleViolationError(direction === 'up' ? 'agenda.alreadyFirst' : 'agenda.alreadyLast');
    order[to] = agendaItemId;
    order[from] = neighbour;
    await renumberAgenda(tx, conferenceId, order);
    await recordAudit(tx, {
      actor, action: 'agendaItem.move', entity: 'AgendaItem', entityId: agendaItemId,
      before: { position: from + 1 }, after: { position: to + 1, swappedWith: neighbour },
    });
    return { conferenceId, position: to + 1 };
  });
}
