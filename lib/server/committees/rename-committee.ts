import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { RenameCommitteeInput } from '../../schemas/committee.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError } from '../errors.ts';
import { staleRecordError } from '../stale-record.ts';
import { COMMITTEE_AUDIT_SELECT } from './committee-rules.ts';

/** Renames a committee from the version the form was loaded with. Invitations keep the name they were sent with. */
export async function renameCommittee({ actor, committeeId, version, name }: { actor: Actor } & RenameCommitteeInput): Promise<{ id: string; organizationId: string; termId: string }> {
  requirePermission(actor, 'committee.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const before = await tx.committee.findFirst({ where: { id: committeeId, organizationId: { in: scope } }, select: COMMITTEE_AUDIT_SELECT });
    if (!before) throw new NotFoundError('Committee');
    const { count } = await tx.committee.updateMany({ where: { id: committeeId, version }, data: { name, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'Committee', committeeId);
    const after = await tx.committee.findUniqueOrThrow({ where: { id: committeeId }, select: COMMITTEE_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'committee.rename', entity: 'Committee', entityId: committeeId, before, after });
    return { id: committeeId, organizationId: before.organizationId, termId: before.termId };
  });
}
