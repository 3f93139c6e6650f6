import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { can, requirePermission } from '../../auth/permissions.ts';
import { conferenceScope } from '../../auth/scope.ts';
import { db } from '../../db/client.ts';
import { NotFoundError } from '../errors.ts';
import { DOCUMENT_LIST_ORDER, DOCUMENT_LIST_SELECT } from './document-list-select.ts';

/**
 * The documents of a conference and of each agenda item, for anyone who may see the conference.
 * `manages`: the actor runs this conference's documents; `canChange`: and may upload and remove them
 * now (the conference is not closed).
 */
export async function findConferenceDocuments({ actor, conferenceId }: { actor: Actor; conferenceId: string }) {
  requirePermission(actor, 'document.read');
  const conference = await db().conference.findFirst({
    where: { AND: [{ id: conferenceId }, conferenceScope(actor)] },
    select: {
      id: true, title: true, status: true, startsAt: true, hostOrganizationId: true,
      documents: { orderBy: [...DOCUMENT_LIST_ORDER], select: DOCUMENT_LIST_SELECT },
      agendaItems: {
        orderBy: { position: 'asc' },
        select: { id: true, position: true, title: true, documents: { orderBy: [...DOCUMENT_LIST_ORDER], select: DOCUMENT_LIST_SELECT } },
      },
    },
  });
  if (!conference) throw new NotFoundError('Conference');
  const { hostOrganizationId, ...rest } = conference;
  const manages = actor.managedOrganizationIds.includes(hostOrganizationId) && can(actor.roles, 'document.upload');
  return {
    ...rest,
    manages,
    canChange: manages && conference.status !== 'CLOSED',
    count: conference.documents.length + conference.agendaItems.reduce((sum, item) => sum + item.documents.length, 0),
  };
}

export type ConferenceDocuments = Awaited<ReturnType<typeof findConferenceDocuments>>;
export type DocumentSummary = ConferenceDocuments['documents'][number];
