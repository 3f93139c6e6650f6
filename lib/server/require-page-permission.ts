import 'server-only';
import { notFound } from 'next/navigation';
import { can, type Permission } from '../auth/permissions.ts';
import { requireUser, type Actor } from '../auth/session.ts';

/** For pages: the signed-in actor if their roles allow the permission, else the not-found page. */
export async function requirePagePermission(permission: Permission): Promise<Actor> {
  const actor = await requireUser();
  if (!can(actor.roles, permission)) notFound();
  return actor;
}
