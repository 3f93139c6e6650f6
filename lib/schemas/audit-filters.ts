import { z } from 'zod';

// The audit log's filters, read from the URL so a view can be shared as a link. Lenient like the task
// list's: a malformed field reads as absent, so a hand-edited link still shows a log.

export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'FAILED'] as const;

const text = (max: number) => z.string().trim().max(max).optional().catch(undefined).transform((value) => value || undefined);
const day = z.iso.date().optional().catch(undefined);
/** An audit row's id (a bigint) as digits: the keyset cursor. */
const cursor = z.string().regex(/^\d{1,18}$/).optional().catch(undefined);

export const auditFiltersSchema = z.object({
  from: day,
  to: day,
  actor: text(100),
  action: text(100),
  entity: text(50),
  entityId: text(100),
  outcome: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  /** Rows older than this id (the "Cũ hơn" link). */
  before: cursor,
  /** Rows newer than this id (the "Mới hơn" link); ignored when `before` is given. */
  after: cursor,
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

/** The filters of a view without its cursor, as a query string for the page links. */
export function auditFilterQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, before: undefined, after: undefined, ...extra }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return new URLSearchParams(entries).toString();
}

export const outboxFiltersSchema = z.object({ before: z.uuid().optional().catch(undefined) });
