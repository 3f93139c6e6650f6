import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { daysBetween, shiftByDays, vietnamDateOf } from '../../domain/vietnam-time.ts';
import type { UpdateConferenceInput } from '../../schemas/conference.ts';
import { recordAudit } from '../audit.ts';
import { staleRecordError } from '../stale-record.ts';
import { chairRows, checkConferenceRules, CONFERENCE_AUDIT_SELECT } from './conference-rules.ts';
import { lockManagedConference, requireConferenceAllows } from './managed-conference.ts';

/**
 * Saves the details of a conference edited from `version`; refuses (changing nothing) when someone
 * saved it in between, or when the conference's stage no longer allows editing its details.
 */
export async function updateConference({ actor, conferenceId, version, chairMemberIds, ...input }: { actor: Actor } & UpdateConferenceInput): Promise<{ id: string }> {
  requirePermission(actor, 'conference.update');
  return db().$transaction(async (tx) => {
    const current = await lockManagedConference(tx, actor, conferenceId);
    requireConferenceAllows(current.status, 'EDIT_DETAILS', { closed: 'conference.closed', otherwise: 'conference.detailsLocked' });
    const before = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: CONFERENCE_AUDIT_SELECT });
    await checkConferenceRules(tx, {
      actor, chairMemberIds, ...input,
      current: { hostOrganizationId: before.hostOrganizationId, memberIds: [...before.chairs.map((chair) => chair.memberId), ...(before.secretaryMemberId ? [before.secretaryMemberId] : [])] },
    });

    // The version in the WHERE clause makes the check and the write one atomic step.
    const { count } = await tx.conference.updateMany({ where: { id: conferenceId, version }, data: { ...input, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Conference', conferenceId);
    await tx.conferenceChair.deleteMany({ where: { conferenceId } });
    await tx.conferenceChair.createMany({ data: chairRows(chairMemberIds).map((row) => ({ ...row, conferenceId })) });

    const after = await tx.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: CONFERENCE_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'conference.update', entity: 'Conference', entityId: conferenceId, before, after });
    await moveAgendaToNewDay(tx, { actor, conferenceId, days: daysBetween(vietnamDateOf(before.startsAt), vietnamDateOf(input.startsAt)) });
    return { id: conferenceId };
  });
}

/**
 * Agenda times are "HH:mm on the conference day": when the conference moves to another day, its
 * programme moves with it, keeping each item's time of day. Each item's change is audited so a stale
 * agenda form later names who changed it.
 */
async function moveAgendaToNewDay(tx: Prisma.TransactionClient, { actor, conferenceId, days }: { actor: Actor; conferenceId: string; days: number }) {
  if (days === 0) return;
  const items = await tx.agendaItem.findMany({ where: { conferenceId, startsAt: { not: null } }, select: { id: true, startsAt: true, version: true } });
  for (const item of items) {
    if (!item.startsAt) continue;
    const startsAt = shiftByDays(item.startsAt, days);
    await tx.agendaItem.update({ where: { id: item.id }, data: { startsAt, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor, action: 'agendaItem.moveDay', entity: 'AgendaItem', entityId: item.id,
      before: { startsAt: item.startsAt, version: item.version }, after: { startsAt, version: item.version + 1 },
    });
  }
}
