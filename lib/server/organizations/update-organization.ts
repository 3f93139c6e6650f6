import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { placementProblem } from '../../domain/organization-tree.ts';
import type { UpdateOrganizationInput } from '../../schemas/organization.ts';
import { recordAudit } from '../audit.ts';
import { staleRecordError } from '../stale-record.ts';
import { getOrganizationInScope, kindError, loadAdminTree, lockOrganizationTree, ORGANIZATION_AUDIT_SELECT, refuseDuplicateName, refuseMerged } from './organization-rules.ts';

/**
 * Saves an organisation's name, short name, kind, symbol and place from the version the form was
 * loaded with. A new kind must still fit under its parent and above its children. Its place in the
 * tree changes only by a move (move-organization.ts).
 */
export async function updateOrganization({ actor, organizationId, version, ...fields }: { actor: Actor } & UpdateOrganizationInput): Promise<{ id: string }> {
  requirePermission(actor, 'organization.manage');
  return db().$transaction(async (tx) => {
    await lockOrganizationTree(tx);
    const tree = await loadAdminTree(tx, actor);
    const before = await getOrganizationInScope(tx, tree, organizationId);
    if (before.version !== version) throw await staleRecordError(tx, 'Organization', organizationId);
    refuseMerged(before);
    // The parent may lie above the admin's scope (their own top organisation): its kind still rules.
    const parent = before.parentId ? await tx.organization.findUnique({ where: { id: before.parentId }, select: { id: true, name: true, kind: true } }) : null;
    const children = await tx.organization.findMany({ where: { parentId: organizationId }, select: { kind: true } });
    const problem = placementProblem({ kind: fields.kind, parentKind: parent?.kind ?? null, childKinds: children.map((child) => child.kind) });
    if (problem) throw kindError(problem, 'kind');
    if (parent) await refuseDuplicateName(tx, { parentId: parent.id, name: fields.name, exceptId: organizationId, parentName: parent.name });
    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.organization.updateMany({ where: { id: organizationId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Organization', organizationId);
    const after = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: ORGANIZATION_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'organization.update', entity: 'Organization', entityId: organizationId, before, after });
    return { id: organizationId };
  });
}
