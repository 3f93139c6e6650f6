import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { planScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { ConferenceStatus } from '../../db/generated/prisma/enums.ts';
import type { DocumentOwner } from '../../schemas/document.ts';
import { lockManagedConference, managedConferenceScope } from '../conferences/managed-conference.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** The fields of a document as the audit log keeps them (the file itself is identified by its hash). */
export const DOCUMENT_AUDIT_SELECT = {
  id: true, title: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, storageKey: true,
  planId: true, conferenceId: true, agendaItemId: true, taskUpdateId: true, uploadedById: true,
} as const satisfies Prisma.DocumentSelect;

export interface LockedOwner {
  /** Exactly one owner column for the Document row (the table's CHECK insists on one). */
  columns: { planId: string } | { conferenceId: string } | { agendaItemId: string };
  /** The conference the document belongs to, directly or through its agenda item. */
  conferenceId: string | null;
  planId: string | null;
}

/**
 * The owner a document is attached to, if the actor manages it, with its conference locked for the
 * rest of the transaction (its stage cannot change, its agenda item cannot vanish, while we write).
 */
export async function lockDocumentOwner(tx: Tx, actor: Actor, owner: DocumentOwner): Promise<LockedOwner> {
  switch (owner.kind) {
    case 'plan': {
      const plan = await tx.plan.findFirst({ where: { AND: [{ id: owner.id }, planScope(actor)] }, select: { id: true } });
      if (!plan) throw new NotFoundError('Plan');
      return { columns: { planId: plan.id }, conferenceId: null, planId: plan.id };
    }
    case 'conference': {
      const conference = await lockManagedConference(tx, actor, owner.id);
      requireDocumentsOpen(conference.status);
      return { columns: { conferenceId: conference.id }, conferenceId: conference.id, planId: null };
    }
    case 'agendaItem': {
      const item = await tx.agendaItem.findFirst({ where: { id: owner.id, conference: managedConferenceScope(actor) }, select: { conferenceId: true } });
      if (!item) throw new NotFoundError('AgendaItem');
      const conference = await lockManagedConference(tx, actor, item.conferenceId);
      requireDocumentsOpen(conference.status);
      // Removed from the agenda while this request waited for the lock?
      if (!(await tx.agendaItem.findUnique({ where: { id: owner.id }, select: { id: true } }))) throw new NotFoundError('AgendaItem');
      return { columns: { agendaItemId: owner.id }, conferenceId: item.conferenceId, planId: null };
    }
  }
}

/** A closed conference is read-only, its documents included. */
export function requireDocumentsOpen(status: ConferenceStatus): void {
  if (status === 'CLOSED') throw new RuleViolationError('document.conferenceClosed');
}
