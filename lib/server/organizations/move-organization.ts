import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { childKindProblem, wouldCreateCycle } from '../../domain/organization-tree.ts';
import type { MoveOrganizationInput } from '../../schemas/organization.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import {
  getOpenParent, getOrganizationInScope, kindError, loadAdminTree, lockOrganizationTree, ORGANIZATION_AUDIT_SELECT, refuseDuplicateName, refuseMerged, refuseOwnRoot,
} from './organization-rules.ts';

/**
 * Puts an organisation, with everything under it, under another open parent in the admin's tree.
 * Refused: a parent in its own subtree (a loop), the admin's own top organisation, a parent of a kind
 * that cannot hold it. Its members, committees, conferences and tasks go with it untouched; who
 * manages it follows the tree (a secretary of the old parent no longer does).
 */
export async function moveOrganization({ actor, organizationId, version, parentId }: { actor: Actor } & MoveOrganizationInput): Promise<{ id: string }> {
  requirePermission(actor, 'organization.manage');
  return db().$transaction(async (tx) => {
    await lockOrganizationTree(tx);
    const tree = await loadAdminTree(tx, actor);
    const before = await getOrganizationInScope(tx, tree, organizationId);
    if (before.version !== version) throw await staleRecordError(tx, 'Organization', organizationId);
    refuseMerged(before);
    refuseOwnRoot(tree, before);
    if (wouldCreateCycle(tree.parentOf, organizationId, parentId)) throw new RuleViolationError('organization.moveIntoOwnSubtree', { name: before.name }, 'parentId');
    const parent = await getOpenParent(tx, tree, parentId);
    const problem = childKindProblem(parent.kind, before.kind);
    if (problem) throw kindError(problem, 'parentId');
    if (before.deactivatedAt === null) await refuseDuplicateName(tx, { parentId, name: before.name, exceptId: organizationId, parentName: parent.name });
    const { count } = await tx.organization.updateMany({ where: { id: organizationId, version }, data: { parentId, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Organization', organizationId);
    const after = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: ORGANIZATION_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'organization.move', entity: 'Organization', entityId: organizationId, before, after });
    return { id: organizationId };
  });
}
