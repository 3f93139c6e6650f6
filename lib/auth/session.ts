import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadActor } from './load-actor.ts';
import { authOptions } from './options.ts';

export type { Actor } from './load-actor.ts';
import type { Actor } from './load-actor.ts';

/** The signed-in, still-active user with roles read fresh from the database; null otherwise. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const userId = (session?.user as { id?: string } | undefined)?.id;
  return userId ? loadActor(userId) : null;
});

/**
 * For pages: the actor, or a redirect to the login page; a user still on a temporary password is sent
 * to change it first, then one who must have a second factor to enrol (server actions refuse them too,
 * lib/server/action-state.ts).
 */
export async function requireUser(): Promise<Actor> {
  const actor = await requireSignedIn();
  if (actor.mustChangePassword) redirect('/account/password');
  if (actor.mustEnrolSecondFactor) redirect('/account/security');
  return actor;
}

/** For the change-password and second-factor pages only: the actor even while either must be done first. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}
