import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { CreateConferenceInput } from '../../schemas/conference.ts';
import { recordAudit } from '../audit.ts';
import { chairRows, checkConferenceRules, CONFERENCE_AUDIT_SELECT } from './conference-rules.ts';

/** A new conference, standalone or under a plan; it starts as a draft (not yet announced). */
export async function createConference({ actor, chairMemberIds, ...input }: { actor: Actor } & CreateConferenceInput): Promise<{ id: string }> {
  requirePermission(actor, 'conference.create');
  return db().$transaction(async (tx) => {
    await checkConferenceRules(tx, { actor, chairMemberIds, ...input });
    const conference = await tx.conference.create({
      data: { ...input, status: 'DRAFT', chairs: { create: chairRows(chairMemberIds) } },
      select: CONFERENCE_AUDIT_SELECT,
    });
    await recordAudit(tx, { actor, action: 'conference.create', entity: 'Conference', entityId: conference.id, after: conference });
    return { id: conference.id };
  });
}
