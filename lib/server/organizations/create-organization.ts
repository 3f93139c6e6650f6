import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { placementProblem } from '../../domain/organization-tree.ts';
import type { CreateOrganizationInput } from '../../schemas/organization.ts';
import { recordAudit } from '../audit.ts';
import { getOpenParent, kindError, loadAdminTree, lockOrganizationTree, ORGANIZATION_AUDIT_SELECT, refuseDuplicateName } from './organization-rules.ts';

/**
 * Creates an organisation under an open one the admin administers, of a kind that may sit there
 * (lib/domain/organization-tree.ts). The new organisation is in the admin's scope at once.
 */
export async function createOrganization({ actor, parentId, ...fields }: { actor: Actor } & CreateOrganizationInput): Promise<{ id: string }> {
  requirePermission(actor, 'organization.manage');
  return db().$transaction(async (tx) => {
    await lockOrganizationTree(tx);
    const tree = await loadAdminTree(tx, actor);
    const parent = await getOpenParent(tx, tree, parentId);
    const problem = placementProblem({ kind: fields.kind, parentKind: parent.kind, childKinds: [] });
    if (problem) throw kindError(problem, 'kind');
    await refuseDuplicateName(tx, { parentId, name: fields.name, parentName: parent.name });
    const created = await tx.organization.create({ data: { ...fields, parentId }, select: ORGANIZATION_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'organization.create', entity: 'Organization', entityId: created.id, after: created });
    return { id: created.id };
  });
}
