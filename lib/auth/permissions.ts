// Who may do what, in one typed table (see docs/decisions/004-permissions.md). Every page, server
// action and route asks `can()` before touching data; the organisation scope is applied separately by
// the `where` builders in ./scope.ts, so a record outside the actor's scope is simply not found.
import type { Role } from '../db/generated/prisma/enums.ts';

export const PERMISSIONS = {
  'plan.read': ['ADMIN', 'SECRETARY'],
  'plan.create': ['ADMIN', 'SECRETARY'],
  'plan.update': ['ADMIN', 'SECRETARY'],
  'conference.read': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  'conference.readAttendance': ['ADMIN', 'SECRETARY'],
  'conference.create': ['ADMIN', 'SECRETARY'],
  'conference.update': ['ADMIN', 'SECRETARY'],
  'conference.changeStatus': ['ADMIN', 'SECRETARY'],
  'conference.duplicate': ['ADMIN', 'SECRETARY'],
  'agenda.edit': ['ADMIN', 'SECRETARY'],
  'invitation.manage': ['ADMIN', 'SECRETARY'],
  // Every role may answer, but only its own invitation: the use case finds the invitee by the actor's member.
  'invitation.answer': ['ATTENDEE', 'SECRETARY', 'ADMIN'],
  'attendance.record': ['ADMIN', 'SECRETARY'],
  'minutes.write': ['ADMIN', 'SECRETARY'],
  'conclusion.edit': ['ADMIN', 'SECRETARY'],
  'conclusion.publish': ['ADMIN', 'SECRETARY'],
  'document.upload': ['ADMIN', 'SECRETARY'],
  'document.delete': ['ADMIN', 'SECRETARY'],
  // Everyone may download; whether a given document is theirs to see is the scope of its owner.
  'document.read': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  'resolution.read': ['ADMIN', 'SECRETARY'],
  // Which targets are the actor's is the resolution scope (the resolution's organisation).
  'target.recordResult': ['ADMIN', 'SECRETARY'],
  'target.removeResult': ['ADMIN', 'SECRETARY'],
  'task.read': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  'task.create': ['ADMIN', 'SECRETARY'],
  'task.update': ['ADMIN', 'SECRETARY'],
  // Owners report on their unit's tasks; which tasks are theirs is the task scope.
  'task.report': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  'member.read': ['ADMIN', 'SECRETARY'],
  // Within memberScope: rows for a unit outside it are refused in the import's preview, and the export holds only it.
  'member.import': ['ADMIN', 'SECRETARY'],
  'member.export': ['ADMIN', 'SECRETARY'],
  // One person at a time, within memberScope: create, edit and transfer (chuyển sinh hoạt) are the same
  // office work as the import, so the same roles (docs/decisions/015-member-records.md).
  'member.manage': ['ADMIN', 'SECRETARY'],
  // Deactivating a member also deactivates their account, which only admins may do (account.manage):
  // admins only, within the organisations they administer (lib/server/accounts/admin-scope.ts).
  'member.deactivate': ['ADMIN'],
  // Everyone may search; each kind of result is limited by its own read permission and scope.
  'search.use': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  // Everyone may have a calendar feed of the conferences they see, and see or reset its link: always their own.
  'calendar.manageFeed': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  // The organisation tree under the organisations the actor administers (ADMIN roles only,
  // lib/server/accounts/admin-scope.ts): see it, create, edit, move, deactivate and merge.
  'organization.read': ['ADMIN'],
  'organization.manage': ['ADMIN'],
  // Accounts of the members under the organisations the actor administers (ADMIN roles only, lib/server/accounts/admin-scope.ts).
  'account.read': ['ADMIN'],
  'account.manage': ['ADMIN'],
  // Terms, committees and seats of the organisations the actor administers (ADMIN roles only, adminOrganizationIds).
  'committee.read': ['ADMIN'],
  'committee.manage': ['ADMIN'],
  // Everyone changes their own password, and only their own.
  'account.changeOwnPassword': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  // Everyone may enrol, and manage, a second factor for their own account only (app/account/security).
  'account.manageOwnSecondFactor': ['ADMIN', 'SECRETARY', 'ATTENDEE'],
  // Which roles must have a second factor: one setting for the whole installation.
  'security.manage': ['ADMIN'],
  // The audit log and the outbox: admins only, and of those only admins of a top-level organisation
  // (no parent; lib/server/audit/top-level-admin.ts): the log spans every organisation.
  'audit.read': ['ADMIN'],
  'outbox.read': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

export class PermissionDeniedError extends Error {
  constructor(readonly permission: Permission) {
    super(`Permission denied: ${permission}`);
    this.name = 'PermissionDeniedError';
  }
}

/** Throws unless the actor's roles allow the permission (scope is applied by the query itself). */
export function requirePermission(actor: { roles: readonly Role[] }, permission: Permission): void {
  if (!can(actor.roles, permission)) throw new PermissionDeniedError(permission);
}
