import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { reviewingConferenceScope } from './target-result-rules.ts';

/** The choices of the result form: the conferences of the actor's organisations, newest first. */
export async function getResultFormOptions({ actor }: { actor: Actor }) {
  requirePermission(actor, 'target.recordResult');
  const conferences = await db().conference.findMany({
    where: reviewingConferenceScope(actor),
    orderBy: { startsAt: 'desc' },
    take: 200,
    select: { id: true, title: true, startsAt: true },
  });
  return { conferences };
}
