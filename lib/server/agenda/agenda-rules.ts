import 'server-only';
import { organizationSubtree, type Actor } from '../../auth/load-actor.ts';
import { managedOrganizationScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { vietnamDateOf, vietnamInstant, vietnamTimeOf } from '../../domain/vietnam-time.ts';
import type { AgendaItemFields } from '../../schemas/agenda.ts';
import { eligibleMemberIds } from '../conferences/conference-rules.ts';
import { lockManagedConference, requireConferenceAllows } from '../conferences/managed-conference.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;
type LockedConference = Awaited<ReturnType<typeof lockManagedConference>>;

/**
 * Locks the conference for an agenda change and refuses when its stage no longer allows one: the
 * programme is fixed once the conclusions are out, and a closed conference is read-only.
 */
export async function lockAgendaOf(tx: Tx, actor: Actor, conferenceId: string): Promise<LockedConference> {
  const conference = await lockManagedConference(tx, actor, conferenceId);
  requireConferenceAllows(conference.status, 'EDIT_AGENDA', { closed: 'agenda.closed', otherwise: 'agenda.locked' });
  return conference;
}

/** The conference an agenda item belongs to, when the actor manages it; else not found. */
export async function conferenceIdOfItem(tx: Tx, actor: Actor, agendaItemId: string): Promise<string> {
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, conference: { hostOrganization: managedOrganizationScope(actor) } },
    select: { conferenceId: true },
  });
  if (!item) throw new NotFoundError('AgendaItem');
  return item.conferenceId;
}

/**
 * The item's fields as stored: its time on the conference's day (within the conference's hours) and a
 * presenter from the host's people (or already presenting it, if since deactivated).
 */
export async function agendaItemData(
  tx: Tx,
  conference: LockedConference,
  { startTime, presenterMemberId, ...fields }: AgendaItemFields,
  keepPresenterId: string | null = null,
) {
  const startsAt = startTime ? vietnamInstant(vietnamDateOf(conference.startsAt), startTime) : null;
  if (startsAt && (startsAt < conference.startsAt || startsAt >= conference.endsAt)) {
    throw new RuleViolationError('agenda.timeOutsideConference', { start: vietnamTimeOf(conference.startsAt), end: vietnamTimeOf(conference.endsAt) }, 'startTime');
  }
  if (presenterMemberId) {
    const eligible = await eligibleMemberIds(tx, {
      memberIds: [presenterMemberId],
      organizationIds: await organizationSubtree([conference.hostOrganizationId], tx),
      keep: keepPresenterId ? [keepPresenterId] : [],
    });
    if (!eligible.has(presenterMemberId)) throw new RuleViolationError('agenda.presenterOutOfHost', {}, 'presenterMemberId');
  }
  return { ...fields, startsAt, presenterMemberId };
}

/** The fields of an agenda item as the audit log keeps them. */
export const AGENDA_ITEM_AUDIT_SELECT = {
  id: true, conferenceId: true, position: true, startsAt: true, durationMinutes: true, title: true, presenterMemberId: true, presenterName: true, version: true,
} as const satisfies Prisma.AgendaItemSelect;
