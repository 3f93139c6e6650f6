import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission, type Permission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';

/**
 * The audit log and the outbox span every organisation, so only a top-level admin reads them: one who
 * holds an ADMIN role on an active organisation with no admin anywhere above it. An office that runs the
 * app for its department (the demo: the province and the block committee are there only as the superior
 * bodies of its documents) has its own admin at the top; an admin of one cell under them does not.
 */
export async function isTopLevelAdmin(actor: Pick<Actor, 'userId' | 'roles'>): Promise<boolean> {
  if (!actor.roles.includes('ADMIN')) return false;
  // Above an organisation: the rest of its path (Organization.pathIds, decision 018).
  const rows = await db().$queryRaw<{ top: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "UserRole" r JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r."userId" = ${actor.userId}::uuid AND r.role = 'ADMIN' AND o."deactivatedAt" IS NULL AND o."mergedIntoId" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "UserRole" a WHERE a.role = 'ADMIN' AND a."organizationId" = ANY(o."pathIds") AND a."organizationId" <> o.id)
    ) AS top`;
  return rows[0]?.top === true;
}

const GUARDED = { 'audit.read': 'AuditLog', 'outbox.read': 'OutboxMessage', 'security.manage': 'AppSetting' } as const satisfies Partial<Record<Permission, string>>;

/**
 * The permission, then the top level: anyone else finds nothing there (the not-found page). The
 * second-factor policy is guarded alike: it binds every account, so an admin of one cell does not set it.
 */
export async function requireTopLevelAdmin(actor: Actor, permission: keyof typeof GUARDED): Promise<void> {
  requirePermission(actor, permission);
  if (!(await isTopLevelAdmin(actor))) throw new NotFoundError(GUARDED[permission]);
}
