import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { checkTermYears } from '../../domain/committee-rules.ts';
import type { OpenTermInput } from '../../schemas/committee.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { lockOrganization, TERM_AUDIT_SELECT, termProblemError } from './committee-rules.ts';

/**
 * Opens a term (nhiệm kỳ) of an active organisation the admin administers: sensible years that overlap
 * none of its other terms, and a congress number not used by another of them.
 */
export async function openTerm({ actor, organizationId, ...input }: { actor: Actor } & OpenTermInput): Promise<{ id: string }> {
  requirePermission(actor, 'committee.manage');
  return db().$transaction(async (tx) => {
    const scope = await adminOrganizationIds(tx, actor);
    const organization = await tx.organization.findFirst({ where: { id: organizationId, AND: [{ id: { in: scope } }], deactivatedAt: null, mergedIntoId: null }, select: { id: true } });
    if (!organization) throw new NotFoundError('Organization');
    await lockOrganization(tx, organizationId);
    const others = await tx.term.findMany({ where: { organizationId }, select: { name: true, congressNumber: true, startYear: true, endYear: true } });
    const problem = checkTermYears(input, others);
    if (problem) throw termProblemError(problem);
    const sameCongress = others.find((other) => other.congressNumber === input.congressNumber);
    if (sameCongress) throw new RuleViolationError('term.congressTaken', { name: sameCongress.name }, 'congressNumber');
    const created = await tx.term.create({ data: { organizationId, ...input }, select: TERM_AUDIT_SELECT });
    await recordAudit(tx, { actor, action: 'term.open', entity: 'Term', entityId: created.id, after: created });
    return { id: created.id };
  });
}
