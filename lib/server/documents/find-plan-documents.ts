import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { planScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { DOCUMENT_LIST_ORDER, DOCUMENT_LIST_SELECT } from './document-list-select.ts';

/** The documents attached to a plan the actor manages. */
export async function findPlanDocuments({ actor, planId }: { actor: Actor; planId: string }) {
  requirePermission(actor, 'document.read');
  const plan = await db().plan.findFirst({
    where: { AND: [{ id: planId }, planScope(actor)] },
    select: { id: true, documents: { orderBy: [...DOCUMENT_LIST_ORDER], select: DOCUMENT_LIST_SELECT } },
  });
  if (!plan) throw new NotFoundError('Plan');
  return { ...plan, canManage: can(actor.roles, 'document.upload') };
}
