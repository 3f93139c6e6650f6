import 'server-only';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { StaleRecordError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/**
 * The "changed by X at hh:mm" error for a register save that found a row changed since the page was
 * loaded. A row changes by its person's answer (audited on the invitee) or by another register save
 * (audited on the conference), so the latest of those two kinds of audit entry names who and when.
 */
export async function staleInviteeError(
  tx: Tx,
  conferenceId: string,
  rows: readonly { inviteeId: string; version: number }[],
  loaded: readonly { id: string; version: number }[],
): Promise<StaleRecordError> {
  const loadedVersion = new Map(loaded.map((row) => [row.id, row.version]));
  const stale = rows.find((row) => loadedVersion.get(row.inviteeId) !== row.version) ?? rows[0];
  const last = await tx.auditLog.findFirst({
    where: {
      outcome: 'SUCCESS',
      OR: [
        { entity: 'Invitee', entityId: stale?.inviteeId },
        { entity: 'Conference', entityId: conferenceId, action: 'attendance.record' },
      ],
    },
    orderBy: { id: 'desc' },
    select: { at: true, actor: { select: { member: { select: { fullName: true } } } } },
  });
  return new StaleRecordError('Invitee', last?.actor?.member.fullName ?? null, last?.at ?? new Date());
}
