import 'server-only';
import type { Prisma } from '../db/generated/prisma/client.ts';
import type { Actor } from '../auth/load-actor.ts';

type AuditClient = Pick<Prisma.TransactionClient, 'auditLog'>;

/** JSON-safe snapshot: Dates become ISO strings, Decimals numbers, undefined is dropped. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Writes the audit row of a change; call it inside the transaction that makes the change. The actor is
 * whoever acted: a signed-in user, or the holder of a one-time set-password link (only its user id).
 */
export async function recordAudit(
  tx: AuditClient,
  entry: { actor: Pick<Actor, 'userId'>; action: string; entity: string; entityId: string; before?: unknown; after?: unknown; clientIp?: string | null },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: entry.actor.userId,
      clientIp: entry.clientIp ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}

/**
 * Writes the audit rows of many changes made by one use case in one statement (an import of 2,000
 * members): the same rows as recordAudit, one per change; call it inside the same transaction.
 */
export async function recordAudits(
  tx: AuditClient,
  actor: Actor,
  entries: readonly { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      actorUserId: actor.userId, action: entry.action, entity: entry.entity, entityId: entry.entityId,
      before: snapshot(entry.before), after: snapshot(entry.after),
    })),
  });
}

/**
 * Logs a refused call (issue: failed permission checks are audited too): the role lacks the permission,
 * or the record is outside the actor's scope (which reads as "not found"). Best effort, outside any
 * transaction: the refusal is answered even if the log cannot be written.
 */
export async function recordDenial(database: AuditClient, entry: { actorUserId: string; permission: string; reason: 'role' | 'scope' }): Promise<void> {
  try {
    await database.auditLog.create({
      data: { actorUserId: entry.actorUserId, action: entry.permission, entity: 'Permission', outcome: 'DENIED', after: { reason: entry.reason } },
    });
  } catch (error) {
    console.error('Could not log a refused call', error);
  }
}
