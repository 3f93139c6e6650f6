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
 * to change it first (server actions refuse them too, lib/server/action-state.ts).
 */
export async function requireUser(): Promise<Actor> {
  const actor = await requireSignedIn();
  if (actor.mustChangePassword) redirect('/account/password');
  return actor;
}

/** For the change-password page only: the actor even while a temporary password must be changed. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect('/login');
  return actor;
}
