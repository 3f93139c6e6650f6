import type { Prisma } from './generated/prisma/client.ts';

/**
 * Takes a transaction-scoped advisory lock on `key` without waiting (released at commit or rollback):
 * false when another transaction holds it. For "one at a time, and refuse the rest at once" — a queue
 * would hold a pooled connection per waiter. https://www.postgresql.org/docs/15/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS
 */
export async function tryTransactionLock(tx: Prisma.TransactionClient, key: string): Promise<boolean> {
  const [lock] = await tx.$queryRaw<{ taken: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${key}, 0)) AS taken`;
  return lock?.taken === true;
}
