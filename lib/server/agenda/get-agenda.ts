import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { conferenceAllows } from '../../domain/conference-status.ts';
import { compareVietnameseNames } from '../../domain/vietnamese-name.ts';
import { managedConferenceScope } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';
import { DOCUMENT_LINK_SELECT, DOCUMENT_LIST_ORDER } from '../documents/document-list-select.ts';

/**
 * A conference's programme as its editor shows it: the items in order with their versions, whether
 * the conference's stage still allows changes, and the people who may present (the host's members,
 * plus anyone already presenting).
 */
export async function getAgenda({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'agenda.edit');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
    select: {
      id: true, title: true, status: true, startsAt: true, endsAt: true, hostOrganizationId: true,
      agendaItems: {
        orderBy: { position: 'asc' },
        select: {
          id: true, position: true, startsAt: true, durationMinutes: true, title: true, presenterMemberId: true, presenterName: true, version: true,
          presenter: { select: { fullName: true, title: true } },
          documents: { orderBy: [...DOCUMENT_LIST_ORDER], select: DOCUMENT_LINK_SELECT },
        },
      },
    },
  });
  if (!conference) throw new NotFoundError('Conference');

  const presenterIds = conference.agendaItems.flatMap((item) => (item.presenterMemberId ? [item.presenterMemberId] : []));
  // The people of the host's subtree: those whose unit's path goes through the host (decision 018).
  const presenters = await db().member.findMany({
    where: { organization: { pathIds: { has: conference.hostOrganizationId } }, OR: [{ deactivatedAt: null }, { id: { in: presenterIds } }] },
    select: { id: true, fullName: true, title: true },
  });
  return {
    ...conference,
    editable: conferenceAllows(conference.status, 'EDIT_AGENDA'),
    presenters: presenters.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName)),
  };
}

export type AgendaForEditing = Awaited<ReturnType<typeof getAgenda>>;
