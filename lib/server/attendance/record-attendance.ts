import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { now } from '../../clock.ts';
import { db } from '../../db/client.ts';
import type { AttendanceChange, RecordAttendanceInput } from '../../schemas/attendance.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { requireManagedConference } from '../invitations/conference-guards.ts';
import { staleInviteeError } from './stale-invitee.ts';

const REGISTER_SELECT = { id: true, memberId: true, guestName: true, attendance: true, attendanceNote: true, version: true } as const;

/**
 * Saves the register rows the secretary changed, all or nothing: one transaction, one UPDATE per
 * distinct (status, note) — usually a handful for a hundred rows — and one audit row for the whole
 * save. Each row is written only if it still has the version the page showed; otherwise the save is
 * refused and nothing changes.
 */
export async function recordAttendance({ actor, conferenceId, changes }: { actor: Actor } & RecordAttendanceInput): Promise<{ saved: number }> {
  requirePermission(actor, 'attendance.record');
  return db().$transaction(async (tx) => {
    await requireManagedConference(tx, { actor, conferenceId, action: 'RECORD_ATTENDANCE', refusalKey: 'attendance.notAllowed' });
    const ids = changes.map((change) => change.inviteeId);
    const before = await tx.invitee.findMany({ where: { conferenceId, id: { in: ids } }, select: REGISTER_SELECT });
    // A row of another conference (or none at all) is not part of this register.
    if (before.length !== ids.length) throw new NotFoundError('Invitee');

    const recordedAt = now();
    for (const group of groupBySameOutcome(changes)) {
      const { count } = await tx.invitee.updateMany({
        where: { conferenceId, OR: group.rows.map((row) => ({ id: row.inviteeId, version: row.version })) },
        data: { attendance: group.status, attendanceNote: group.note, attendanceRecordedAt: recordedAt, version: { increment: 1 } },
      });
      if (count !== group.rows.length) throw await staleInviteeError(tx, conferenceId, group.rows, before);
    }

    const after = await tx.invitee.findMany({ where: { conferenceId, id: { in: ids } }, select: REGISTER_SELECT });
    await recordAudit(tx, { actor, action: 'attendance.record', entity: 'Conference', entityId: conferenceId, before, after });
    return { saved: changes.length };
  });
}

/** Rows that get the same status and note can be written by one set-based UPDATE. */
function groupBySameOutcome(changes: readonly AttendanceChange[]) {
  const groups = new Map<string, { status: AttendanceChange['status']; note: string | null; rows: AttendanceChange[] }>();
  for (const change of changes) {
    const key = JSON.stringify([change.status, change.note]);
    const group = groups.get(key) ?? { status: change.status, note: change.note, rows: [] };
    group.rows.push(change);
    groups.set(key, group);
  }
  return groups.values();
}
