import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { managedOrganizationScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { conferenceAllows, type ConferenceAction } from '../../domain/conference-status.ts';
import type { ConferenceStatus } from '../../db/generated/prisma/enums.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/**
 * Conferences the actor manages: hosted by an organisation in the actor's subtree. Being invited lets
 * an attendee read a conference (lib/auth/scope.ts conferenceScope), never change it.
 */
export function managedConferenceScope(actor: Actor): Prisma.ConferenceWhereInput {
  return { hostOrganization: managedOrganizationScope(actor) };
}

/**
 * Locks a conference the actor manages for the rest of the transaction and reads its state. The row
 * lock serialises the changes of one conference (an agenda edit cannot slip past a concurrent "close",
 * two reorders cannot interleave); NO KEY UPDATE leaves inserts that merely reference the conference
 * (invitees, documents) free to proceed.
 */
export async function lockManagedConference(tx: Tx, actor: Actor, conferenceId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Conference" WHERE id = ${conferenceId}::uuid FOR NO KEY UPDATE`;
  const conference = await tx.conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: { id: true, status: true, version: true, startsAt: true, endsAt: true, hostOrganizationId: true },
  });
  if (!conference) throw new NotFoundError('Conference');
  return conference;
}

/**
 * Refuses what the conference's stage does not allow (lib/domain/conference-status.ts), with the
 * message for a closed conference or for a stage that has moved past the action.
 */
export function requireConferenceAllows(
  status: ConferenceStatus,
  action: ConferenceAction,
  messages: { closed: string; otherwise: string },
): void {
  if (conferenceAllows(status, action)) return;
  throw new RuleViolationError(status === 'CLOSED' ? messages.closed : messages.otherwise);
}
