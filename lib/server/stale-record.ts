import 'server-only';
import type { Prisma } from '../db/generated/prisma/client.ts';
import { StaleRecordError } from './errors.ts';

/**
 * Builds the "changed by X at hh:mm" error for a versioned update that matched no row: the last
 * successful audit entry of the record says who saved it last.
 */
export async function staleRecordError(tx: Pick<Prisma.TransactionClient, 'auditLog'>, entity: string, entityId: string): Promise<StaleRecordError> {
  const last = await tx.auditLog.findFirst({
    where: { entity, entityId, outcome: 'SUCCESS' },
    orderBy: { id: 'desc' },
    select: { at: true, actor: { select: { member: { select: { fullName: true } } } } },
  });
  return new StaleRecordError(entity, last?.actor?.member.fullName ?? null, last?.at ?? new Date());
}
