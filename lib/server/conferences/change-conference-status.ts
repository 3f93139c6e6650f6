import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { canTransition } from '../../domain/conference-status.ts';
import type { ChangeConferenceStatusInput } from '../../schemas/conference.ts';
import { recordAudit } from '../audit.ts';
import { RuleViolationError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { lockManagedConference } from './managed-conference.ts';

/**
 * Moves a conference one step along DRAFT → SCHEDULED → HELD → CONCLUDED → CLOSED. Each step is an
 * official act, so it is explicit, checked against the version the page showed (two secretaries
 * pressing "Lên lịch" at once make one step, not two) and audited.
 */
export async function changeConferenceStatus({ actor, conferenceId, version, to }: { actor: Actor } & ChangeConferenceStatusInput): Promise<{ id: string }> {
  requirePermission(actor, 'conference.changeStatus');
  return db().$transaction(async (tx) => {
    const current = await lockManagedConference(tx, actor, conferenceId);
    // Stale first: after someone else's step, "changed by X at hh:mm" explains more than "not allowed".
    if (current.version !== version) throw await staleRecordError(tx, 'Conference', conferenceId);
    if (current.status === 'CLOSED') throw new RuleViolationError('conference.closed');
    if (!canTransition(current.status, to)) throw new RuleViolationError('conference.statusStep');
    // "Concluded" means the notice of conclusions is out: every conclusion published, and at least one.
    // A draft left behind could never be published afterwards (conclusions change only while held).
    if (to === 'CONCLUDED') {
      const [total, drafts] = await Promise.all([
        tx.conclusion.count({ where: { conferenceId } }),
        tx.conclusion.count({ where: { conferenceId, publishedAt: null } }),
      ]);
      if (total === 0) throw new RuleViolationError('conference.noConclusions');
      if (drafts > 0) throw new RuleViolationError('conference.unpublishedConclusions', { count: drafts });
    }

    const { count } = await tx.conference.updateMany({ where: { id: conferenceId, version, status: current.status }, data: { status: to, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Conference', conferenceId);
    await recordAudit(tx, {
      actor, action: 'conference.changeStatus', entity: 'Conference', entityId: conferenceId,
      before: { status: current.status, version }, after: { status: to, version: version + 1 },
    });
    return { id: conferenceId };
  });
}
