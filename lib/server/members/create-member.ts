import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import type { CreateMemberInput } from '../../schemas/member.ts';
import { recordAudit } from '../audit.ts';
import { lockOpenUnit, MEMBER_AUDIT_SELECT, refuseNamesake } from './member-rules.ts';

/**
 * Adds one person to a unit the actor manages (active, not merged), refusing a second active person
 * of the same name there as the import does; one audit row, in the same transaction.
 */
export async function createMember({ actor, organizationId, ...fields }: { actor: Actor } & CreateMemberInput): Promise<{ id: string }> {
  requirePermission(actor, 'member.manage');
  return db().$transaction(async (tx) => {
    await lockOpenUnit(tx, actor, organizationId, 'organizationId');
    await refuseNamesake(tx, { organizationId, fullName: fields.fullName });
    const created = await tx.member.create({ data: { ...fields, organizationId }, select: MEMBER_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'member.create', entity: 'Member', entityId: created.id, after: created });
    return { id: created.id };
  });
}
