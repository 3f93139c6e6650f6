import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { ConferenceAction } from '../../domain/conference-status.ts';
import { lockManagedConference, requireConferenceAllows } from '../conferences/managed-conference.ts';

type Tx = Prisma.TransactionClient;

/**
 * For the office's mutations of invitations and attendance: locks the conference (so that it cannot be
 * closed or held between this check and the write), finds it among those the actor manages (else not
 * found) and refuses with `refusalKey` when its status does not allow `action`.
 */
export async function requireManagedConference(
  tx: Tx,
  { actor, conferenceId, action, refusalKey }: { actor: Actor; conferenceId: string; action: ConferenceAction; refusalKey: string },
) {
  const conference = await lockManagedConference(tx, actor, conferenceId);
  requireConferenceAllows(conference.status, action, { closed: refusalKey, otherwise: refusalKey });
  return conference;
}

/**
 * For an invitee's answer: holds the conference's status still until the transaction ends. SHARE, not
 * UPDATE: many people answering at once do not wait for each other, only a status change waits.
 * Prisma has no locking read, hence the raw query.
 * https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-ROWS
 */
export async function lockConferenceForAnswer(tx: Tx, conferenceId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Conference" WHERE id = ${conferenceId}::uuid FOR SHARE`;
}
