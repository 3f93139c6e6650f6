import 'server-only';
import type { Prisma } from '../db/generated/prisma/client.ts';
import type { Actor } from '../auth/load-actor.ts';

type AuditClient = Pick<Prisma.TransactionClient, 'auditLog'>;

/** JSON-safe snapshot: Dates become ISO strings, Decimals numbers, undefined is dropped. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Writes the audit row of a change; call it inside the transaction that makes the change. */
export async function recordAudit(
  tx: AuditClient,
  entry: { actor: Actor; action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: entry.actor.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}
