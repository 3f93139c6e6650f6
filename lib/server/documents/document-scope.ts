import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { conferenceScope, planScope, taskScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';

/**
 * Documents the actor may see: those of a conference they may see (hosted by their organisations, or
 * one they are invited to), of its agenda items, of a plan they manage, or of an update of a task they
 * follow. A document is exactly as visible as its owner.
 */
export function documentScope(actor: Actor): Prisma.DocumentWhereInput {
  return {
    OR: [
      { conference: conferenceScope(actor) },
      { agendaItem: { conference: conferenceScope(actor) } },
      { plan: planScope(actor) },
      { taskUpdate: { task: taskScope(actor) } },
    ],
  };
}
