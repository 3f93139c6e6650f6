import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { db } from '../../db/client.ts';
import { committeeKindsFor } from '../../domain/committee-rules.ts';
import type { CreateCommitteeInput } from '../../schemas/committee.ts';
import { adminOrganizationIds } from '../accounts/admin-scope.ts';
import { recordAudit } from '../audit.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { COMMITTEE_AUDIT_SELECT } from './committee-rules.ts';

/**
 * Creates a committee of an organisation for one of its own terms: of a kind its level elects (a cell
 * its Chi ủy, other levels their Ban Chấp hành and Ban Thường vụ), one of each kind per term.
 */
export async function createCommittee({ actor, organizationId, termId, kind, name }: { actor: Actor } & CreateCommitteeInput): Promise<{ id: string; organizationId: string; termId: string }> {
  requirePermission(actor, 'committee.manage');
  try {
    return await db().$transaction(async (tx) => {
      const scope = await adminOrganizationIds(tx, actor);
      const organization = await tx.organization.findFirst({ where: { id: organizationId, AND: [{ id: { in: scope } }], deactivatedAt: null, mergedIntoId: null }, select: { id: true, kind: true } });
      if (!organization) throw new NotFoundError('Organization');
      const term = await tx.term.findFirst({ where: { id: termId, organizationId }, select: { id: true } });
      if (!term) throw new NotFoundError('Term');
      if (!committeeKindsFor(organization.kind).includes(kind)) throw new RuleViolationError('committee.kindNotAllowed', {}, 'kind');
      const existing = await tx.committee.findFirst({ where: { organizationId, termId, kind }, select: { name: true } });
      if (existing) throw new RuleViolationError('committee.kindTaken', { name: existing.name }, 'kind');
      const created = await tx.committee.create({ data: { organizationId, termId, kind, name }, select: COMMITTEE_AUDIT_SELECT });
      await recordAudit(tx, { actor, action: 'committee.create', entity: 'Committee', entityId: created.id, after: created });
      return { id: created.id, organizationId, termId };
    });
  } catch (error) {
    // Two admins raced past the check above: the unique index (organisation, term, kind) decided.
    if (isUniqueViolation(error)) throw new RuleViolationError('committee.kindTaken', { name }, 'kind');
    throw error;
  }
}
