import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { daysBetween, shiftByDays, vietnamDateOf } from '../../domain/vietnam-time.ts';
import type { DuplicateConferenceInput } from '../../schemas/conference.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { chairRows, CONFERENCE_AUDIT_SELECT } from './conference-rules.ts';
import { managedConferenceScope } from './managed-conference.ts';

/**
 * Starts a new conference from an earlier one (this year's regular meeting from last year's): kind,
 * title, venue, host, chairs, secretary, quorum committee and the agenda moved to the new day. The
 * invitations are not copied: committees change between meetings, so the office invites again on the
 * new conference (a route copied without its people would only block re-inviting the same committee).
 * People deactivated since are left out. The copy is a draft, not tied to the old conference's plan.
 */
export async function duplicateConference({ actor, conferenceId, date }: { actor: Actor } & DuplicateConferenceInput): Promise<{ id: string }> {
  requirePermission(actor, 'conference.duplicate');
  return db().$transaction(async (tx) => {
    const source = await tx.conference.findFirst({
      where: { AND: [{ id: conferenceId }, managedConferenceScope(actor)] },
      select: {
        id: true, kind: true, title: true, venue: true, startsAt: true, endsAt: true,
        hostOrganizationId: true, quorumCommitteeId: true,
        secretary: { select: { id: true, deactivatedAt: true } },
        chairs: { orderBy: { position: 'asc' }, select: { member: { select: { id: true, deactivatedAt: true } } } },
        agendaItems: {
          orderBy: { position: 'asc' },
          select: { position: true, startsAt: true, durationMinutes: true, title: true, presenterName: true, presenter: { select: { id: true, deactivatedAt: true } } },
        },
      },
    });
    if (!source) throw new NotFoundError('Conference');

    const days = daysBetween(vietnamDateOf(source.startsAt), date);
    const active = (member: { id: string; deactivatedAt: Date | null } | null) => (member && !member.deactivatedAt ? member.id : null);
    const conference = await tx.conference.create({
      data: {
        kind: source.kind, title: source.title, venue: source.venue, status: 'DRAFT',
        startsAt: shiftByDays(source.startsAt, days), endsAt: shiftByDays(source.endsAt, days),
        hostOrganizationId: source.hostOrganizationId, quorumCommitteeId: source.quorumCommitteeId,
        secretaryMemberId: active(source.secretary),
        chairs: { create: chairRows(source.chairs.map((chair) => active(chair.member)).filter((id): id is string => id !== null)) },
        agendaItems: {
          create: source.agendaItems.map((item) => ({
            position: item.position, title: item.title, durationMinutes: item.durationMinutes, presenterName: item.presenterName,
            startsAt: item.startsAt ? shiftByDays(item.startsAt, days) : null, presenterMemberId: active(item.presenter),
          })),
        },
      },
      select: CONFERENCE_AUDIT_SELECT,
    });
    await recordAudit(tx, {
      actor, action: 'conference.duplicate', entity: 'Conference', entityId: conference.id,
      after: { ...conference, duplicatedFrom: source.id, agendaItems: source.agendaItems.length },
    });
    return { id: conference.id };
  });
}
