import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { lockManagedConference, managedConferenceScope, requireConferenceAllows } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';

type Tx = Prisma.TransactionClient;

/** The fields of a conclusion as the audit log keeps them. */
export const CONCLUSION_AUDIT_SELECT = {
  id: true, conferenceId: true, number: true, content: true, publishedAt: true, version: true,
} as const satisfies Prisma.ConclusionSelect;

/**
 * Locks a conference the actor manages and checks that its stage allows the conclusions to change
 * (only once HELD, until CONCLUDED). Every change to a conference's conclusions takes this lock first,
 * so numbering, publishing and revising one conference's conclusions never interleave.
 */
export async function lockConclusionsOf(tx: Tx, actor: Actor, conferenceId: string, action: 'EDIT_CONCLUSIONS' | 'PUBLISH_CONCLUSIONS') {
  const conference = await lockManagedConference(tx, actor, conferenceId);
  requireConferenceAllows(conference.status, action, { closed: 'conclusion.closed', otherwise: 'conclusion.notHeld' });
  return conference;
}

/**
 * A conclusion of a conference the actor manages, read after its conference is locked and checked,
 * and refused as stale unless it is still at the version the form was loaded with.
 */
export async function lockConclusion(tx: Tx, actor: Actor, { conclusionId, version }: { conclusionId: string; version: number }) {
  const found = await tx.conclusion.findFirst({ where: { id: conclusionId, conference: managedConferenceScope(actor) }, select: { conferenceId: true } });
  if (!found) throw new NotFoundError('Conclusion');
  await lockConclusionsOf(tx, actor, found.conferenceId, 'EDIT_CONCLUSIONS');
  const conclusion = await tx.conclusion.findUnique({ where: { id: conclusionId }, select: CONCLUSION_AUDIT_SELECT });
  // Removed while this request waited for the lock: whoever removed it is named by the audit log.
  if (!conclusion || conclusion.version !== version) throw await staleRecordError(tx, 'Conclusion', conclusionId);
  return conclusion;
}

/**
 * Gives a conclusion a new number. The conference is locked, so the id alone is safe here; the
 * version goes up because the number is part of what the secretary saw.
 */
export async function renumberConclusion(tx: Tx, conclusionId: string, number: number): Promise<void> {
  await tx.conclusion.update({ where: { id: conclusionId }, data: { number, version: { increment: 1 } } });
}
