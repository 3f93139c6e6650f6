import 'server-only';
import type { Prisma } from '../../db/generated/prisma/client.ts';

/**
 * Gives the conference's items the positions 1..n in the given order. Positions are unique per
 * conference and PostgreSQL checks a (non-deferrable) unique index row by row, so swapping 2 and 3
 * directly would collide half-way: every item first moves past the highest position in use, then
 * takes its final place. Every item's version goes up: a form showing the old order is stale now.
 * Call it inside the transaction that holds the conference's lock.
 */
export async function renumberAgenda(tx: Prisma.TransactionClient, conferenceId: string, orderedIds: readonly string[]): Promise<void> {
  const { _max } = await tx.agendaItem.aggregate({ where: { conferenceId }, _max: { position: true } });
  const outOfTheWay = (_max.position ?? 0) + orderedIds.length;
  await tx.agendaItem.updateMany({ where: { conferenceId }, data: { position: { increment: outOfTheWay } } });
  for (const [index, id] of orderedIds.entries()) {
    await tx.agendaItem.update({ where: { id }, data: { position: index + 1, version: { increment: 1 } } });
  }
}
