import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';

/**
 * The conclusions of a conference the actor manages, drafts included, each with its revisions newest
 * first and the name of whoever wrote each one: the history of who changed what and when.
 */
export async function findConclusions({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'conclusion.edit');
  return db().conclusion.findMany({
    where: { conferenceId, conference: managedConferenceScope(actor) },
    orderBy: { number: 'asc' },
    select: {
      id: true, number: true, content: true, publishedAt: true, version: true, updatedAt: true,
      _count: { select: { tasks: true } },
      revisions: {
        orderBy: { revision: 'desc' },
        select: { id: true, revision: true, content: true, createdAt: true, author: { select: { member: { select: { fullName: true } } } } },
      },
    },
  });
}

export type ConclusionDetail = Awaited<ReturnType<typeof findConclusions>>[number];
