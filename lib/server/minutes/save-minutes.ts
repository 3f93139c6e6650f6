import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { SaveMinutesInput } from '../../schemas/minutes.ts';
import { recordAudit } from '../audit.ts';
import { lockManagedConference, requireConferenceAllows } from '../conferences/managed-conference.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';

const MINUTES_AUDIT_SELECT = { id: true, conferenceId: true, opening: true, reports: true, discussion: true, closing: true, version: true } as const;

/**
 * Writes the minutes of a conference the actor manages, from the version the form was loaded with
 * (0: there were none). A save made in between — even the very first one — is never overwritten.
 */
export async function saveMinutes({ actor, conferenceId, version, ...sections }: { actor: Actor } & SaveMinutesInput): Promise<{ id: string }> {
  requirePermission(actor, 'minutes.write');
  return db().$transaction(async (tx) => {
    const conference = await lockManagedConference(tx, actor, conferenceId);
    requireConferenceAllows(conference.status, 'WRITE_MINUTES', { closed: 'minutes.closed', otherwise: 'minutes.notHeld' });
    const before = await tx.minutes.findUnique({ where: { conferenceId }, select: MINUTES_AUDIT_SELECT });

    if (!before) {
      if (version !== 0) throw new NotFoundError('Minutes');
      const created = await tx.minutes.create({ data: { conferenceId, ...sections }, select: MINUTES_AUDIT_SELECT });
      await recordAudit(tx, { actor, action: 'minutes.create', entity: 'Minutes', entityId: created.id, after: created });
      return { id: created.id };
    }

    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.minutes.updateMany({ where: { id: before.id, version }, data: { ...sections, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Minutes', before.id);
    const after = await tx.minutes.findUniqueOrThrow({ where: { id: before.id }, select: MINUTES_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'minutes.update', entity: 'Minutes', entityId: before.id, before, after });
    return { id: before.id };
  });
}
