import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { RoleAssignment } from '../../schemas/account.ts';
import { RuleViolationError } from '../errors.ts';

type Client = Pick<Prisma.TransactionClient, 'organization'>;

/** Every role must be scoped to an active organisation the admin manages; else the form says so next to the roles. */
export async function checkRoleScopes(client: Client, roles: readonly RoleAssignment[], adminScope: readonly string[]): Promise<void> {
  const ids = [...new Set(roles.map((role) => role.organizationId))];
  const active = await client.organization.count({ where: { id: { in: ids.filter((id) => adminScope.includes(id)) }, deactivatedAt: null, mergedIntoId: null } });
  if (active !== ids.length) throw new RuleViolationError('account.roleOutOfScope', {}, 'roles');
}

/**
 * Locking an account, resetting its second factor or handing out a link to set its password is for an
 * admin over every role the account holds. The accounts' scope goes by the person's unit, and the
 * department's admin may sit in a cell: without this, that cell's admin could reset the department
 * admin's second factor, make a set-password link for them and sign in as them.
 */
export function refuseAccountBeyondScope(roles: readonly { organizationId: string }[], adminScope: readonly string[]): void {
  if (roles.some((role) => !adminScope.includes(role.organizationId))) throw new RuleViolationError('account.beyondScope');
}

/** An admin never changes or deactivates their own account: another admin must (no one locks themselves out). */
export function refuseOwnAccount(actor: Actor, userId: string): void {
  if (actor.userId === userId) throw new RuleViolationError('account.notYourself');
}
