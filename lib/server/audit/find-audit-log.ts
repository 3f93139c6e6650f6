import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { addDays } from '../../domain/calendar.ts';
import { vietnamInstant } from '../../domain/vietnam-time.ts';
import type { AuditFilters } from '../../schemas/audit-filters.ts';
import { requireTopLevelAdmin } from './top-level-admin.ts';

export const AUDIT_PAGE_SIZE = 50;

const ROW_SELECT = {
  id: true, at: true, action: true, entity: true, entityId: true, outcome: true, before: true, after: true, clientIp: true,
  actor: { select: { username: true, member: { select: { fullName: true } } } },
} satisfies Prisma.AuditLogSelect;

export type AuditRow = Omit<Prisma.AuditLogGetPayload<{ select: typeof ROW_SELECT }>, 'id'> & { id: string };

export interface AuditPage {
  rows: AuditRow[];
  /** The cursor of the "Cũ hơn" link (rows older than it), or null at the oldest. */
  olderThan: string | null;
  /** The cursor of the "Mới hơn" link (rows newer than it), or null at the newest. */
  newerThan: string | null;
}

/**
 * One page of the audit log, newest first, for a top-level admin. Keyset pages by id (the log's own
 * order of writing): a page "older than row N" holds the same rows however many are written meanwhile,
 * unlike an offset. Reading the log writes nothing, not even an audit row.
 */
export async function findAuditLog({ actor, filters }: { actor: Actor; filters: AuditFilters }): Promise<AuditPage> {
  await requireTopLevelAdmin(actor, 'audit.read');
  const where = await auditWhere(filters);
  if (!where) return { rows: [], olderThan: null, newerThan: null };
  const log = db().auditLog;
  const exists = async (extra: Prisma.AuditLogWhereInput) => (await log.findFirst({ where: { AND: [where, extra] }, select: { id: true } })) !== null;

  if (filters.after && !filters.before) {
    // Newer than a row: read upwards from it, then show newest first.
    const fetched = await log.findMany({ where: { AND: [where, { id: { gt: BigInt(filters.after) } }] }, orderBy: { id: 'asc' }, take: AUDIT_PAGE_SIZE + 1, select: ROW_SELECT });
    const rows = fetched.slice(0, AUDIT_PAGE_SIZE).reverse().map(withTextId);
    const oldest = rows.at(-1);
    return {
      rows,
      newerThan: fetched.length > AUDIT_PAGE_SIZE ? rows[0]!.id : null,
      olderThan: oldest ? ((await exists({ id: { lt: BigInt(oldest.id) } })) ? oldest.id : null) : null,
    };
  }

  const fetched = await log.findMany({
    where: filters.before ? { AND: [where, { id: { lt: BigInt(filters.before) } }] } : where,
    orderBy: { id: 'desc' }, take: AUDIT_PAGE_SIZE + 1, select: ROW_SELECT,
  });
  const rows = fetched.slice(0, AUDIT_PAGE_SIZE).map(withTextId);
  const newest = rows[0];
  return {
    rows,
    olderThan: fetched.length > AUDIT_PAGE_SIZE ? rows.at(-1)!.id : null,
    newerThan: filters.before && newest && (await exists({ id: { gt: BigInt(newest.id) } })) ? newest.id : null,
  };
}

function withTextId<T extends { id: bigint }>(row: T): Omit<T, 'id'> & { id: string } {
  return { ...row, id: row.id.toString() };
}

/** The filters as a where clause; null when the actor filter matches nobody (so no row can match). */
async function auditWhere(filters: AuditFilters): Promise<Prisma.AuditLogWhereInput | null> {
  const conditions: Prisma.AuditLogWhereInput[] = [];
  // Vietnam calendar days: from 00:00 of the first to 00:00 after the last, Vietnam time.
  if (filters.from) conditions.push({ at: { gte: vietnamInstant(filters.from, '00:00') } });
  if (filters.to) conditions.push({ at: { lt: vietnamInstant(addDays(filters.to, 1), '00:00') } });
  if (filters.action) conditions.push({ action: { startsWith: filters.action } });
  if (filters.entity) conditions.push({ entity: { equals: filters.entity, mode: 'insensitive' } });
  if (filters.entityId) conditions.push({ entityId: filters.entityId });
  if (filters.outcome) conditions.push({ outcome: filters.outcome });
  if (filters.actor) {
    const ids = await actorIdsMatching(filters.actor);
    if (ids.length === 0) return null;
    conditions.push({ actorUserId: { in: ids } });
  }
  return { AND: conditions };
}

/**
 * Users whose username or name contains the words, folded as search folds them (search_fold: no case,
 * no accents, đ = d), so "hong nhung" finds "Lê Thị Hồng Nhung": the words in that order, in either.
 */
async function actorIdsMatching(query: string): Promise<string[]> {
  const words = query.split(/\s+/).filter(Boolean).slice(0, 5);
  const pattern = `%${words.map((word) => word.replace(/[\\%_]/g, (character) => `\\${character}`)).join('%')}%`;
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT u.id::text AS id FROM "User" u JOIN "Member" m ON m.id = u."memberId"
    WHERE public.search_fold(u.username) LIKE public.search_fold(${pattern})
       OR public.search_fold(m."fullName") LIKE public.search_fold(${pattern})
    LIMIT 1000`;
  return rows.map((row) => row.id);
}
