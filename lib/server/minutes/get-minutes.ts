import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { conferenceAllows } from '../../domain/conference-status.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';

/** A conference the actor manages with its minutes, for the minutes and conclusions page. */
export async function getMinutes({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'minutes.write');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: {
      id: true, title: true, status: true, startsAt: true,
      minutes: { select: { opening: true, reports: true, discussion: true, closing: true, version: true, updatedAt: true } },
    },
  });
  if (!conference) throw new NotFoundError('Conference');
  return { ...conference, canWriteMinutes: conferenceAllows(conference.status, 'WRITE_MINUTES') };
}

export type MinutesDetail = Awaited<ReturnType<typeof getMinutes>>;
