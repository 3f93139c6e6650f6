import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { db } from '../../db/client.ts';
import { requireTopLevelAdmin } from '../audit/top-level-admin.ts';

export const OUTBOX_PAGE_SIZE = 50;

/**
 * The outbox, newest first, for a top-level admin: what the app would send, or keeps when no SMTP is
 * configured (PRODUCT.md: "an outbox that admins can read"). Read-only. Keyset pages by id, which is a
 * UUIDv7 and so ordered by creation time.
 */
export async function findOutbox({ actor, before }: { actor: Actor; before?: string }) {
  await requireTopLevelAdmin(actor, 'outbox.read');
  const fetched = await db().outboxMessage.findMany({
    where: before ? { id: { lt: before } } : {},
    orderBy: { id: 'desc' },
    take: OUTBOX_PAGE_SIZE + 1,
    select: { id: true, toAddress: true, subject: true, body: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  const rows = fetched.slice(0, OUTBOX_PAGE_SIZE);
  return { rows, olderThan: fetched.length > OUTBOX_PAGE_SIZE ? rows.at(-1)!.id : null };
}
