import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { ChildKindProblem, OrganizationKind } from '../../domain/organization-tree.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** The fields of an organisation as the audit log keeps them. */
export const ORGANIZATION_AUDIT_SELECT = {
  id: true, name: true, shortName: true, kind: true, symbol: true, place: true, parentId: true,
  mergedIntoId: true, mergedAt: true, deactivatedAt: true, version: true,
} satisfies Prisma.OrganizationSelect;

/**
 * Every change to the tree (create, edit, move, deactivate, merge) runs one at a time: two admins
 * moving X under Y and Y under X at once would each pass the loop check alone. A transaction-level
 * advisory lock, released at commit or rollback; held for milliseconds, so queuing costs nothing.
 */
export async function lockOrganizationTree(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('organization-tree'))`;
}

/**
 * Locks organisations' rows for the rest of the transaction. A write that references one (a new
 * member, a task) takes a key-share lock on it and waits, then sees the organisation as this
 * transaction left it (lib/server/members/member-rules.ts locks its unit the same way).
 */
export async function lockOrganizationRows(tx: Tx, ids: string[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
}

export interface AdminTree {
  /** The organisations the actor administers: the subtrees of their ADMIN roles. */
  scope: string[];
  /** The tops of those subtrees: the organisations of the ADMIN roles themselves. */
  roots: string[];
  /** Parent of each organisation in scope (for loop checks within it). */
  parentOf: Map<string, string | null>;
}

/** The actor's administered tree, read in the transaction so that the check and the write agree. */
export async function loadAdminTree(tx: Tx, actor: Actor): Promise<AdminTree> {
  const scope = await adminOrganizationIds(tx, actor);
  const [roles, rows] = await Promise.all([
    tx.userRole.findMany({ where: { userId: actor.userId, role: 'ADMIN' }, select: { organizationId: true } }),
    tx.organization.findMany({ where: { id: { in: scope } }, select: { id: true, parentId: true } }),
  ]);
  return { scope, roots: [...new Set(roles.map((role) => role.organizationId))], parentOf: new Map(rows.map((row) => [row.id, row.parentId])) };
}

/** An organisation in the admin's tree, as the audit log keeps it; any other is "not found". */
export async function getOrganizationInScope(tx: Tx, tree: AdminTree, organizationId: string) {
  if (!tree.scope.includes(organizationId)) throw new NotFoundError('Organization');
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: ORGANIZATION_AUDIT_SELECT });
  if (!organization) throw new NotFoundError('Organization');
  return organization;
}

/** Merged organisations are history: nothing about them changes any more. */
export function refuseMerged(organization: { name: string; mergedIntoId: string | null }): void {
  if (organization.mergedIntoId) throw new RuleViolationError('organization.merged', { name: organization.name });
}

/**
 * The top of an admin's own subtree is not theirs to move, merge or close: it would take the tree out
 * of their hands (and a move of it changes the level above, which a higher admin manages).
 */
export function refuseOwnRoot(tree: AdminTree, organization: { id: string; name: string }): void {
  if (tree.roots.includes(organization.id)) throw new RuleViolationError('organization.ownRoot', { name: organization.name });
}

/** A parent chosen in a form: in the admin's tree and open (not deactivated, not merged). */
export async function getOpenParent(tx: Tx, tree: AdminTree, parentId: string): Promise<{ id: string; name: string; kind: OrganizationKind }> {
  if (!tree.scope.includes(parentId)) throw new RuleViolationError('organization.parentOutOfScope', {}, 'parentId');
  const parent = await tx.organization.findUnique({ where: { id: parentId }, select: { id: true, name: true, kind: true, deactivatedAt: true, mergedIntoId: true } });
  if (!parent) throw new RuleViolationError('organization.parentOutOfScope', {}, 'parentId');
  if (parent.deactivatedAt || parent.mergedIntoId) throw new RuleViolationError('organization.parentClosed', { name: parent.name }, 'parentId');
  return { id: parent.id, name: parent.name, kind: parent.kind };
}

/** The message of a kind rule broken, next to the field that can fix it. */
export function kindError(problem: ChildKindProblem, field: string): RuleViolationError {
  return new RuleViolationError(`organization.${problem}`, {}, field);
}

/**
 * Two open organisations of the same name under one parent would be indistinguishable in every list
 * (and in the member import, which finds units by name): refused, in any case.
 */
export async function refuseDuplicateName(tx: Tx, { parentId, name, exceptId, parentName }: { parentId: string; name: string; exceptId?: string; parentName: string }): Promise<void> {
  const twin = await tx.organization.findFirst({
    where: { parentId, name: { equals: name, mode: 'insensitive' }, deactivatedAt: null, mergedIntoId: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (twin) throw new RuleViolationError('organization.duplicateName', { name, parent: parentName }, 'name');
}
