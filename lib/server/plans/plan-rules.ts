import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** The rules a plan must keep whether it is created or edited. */
export async function checkPlanRules(
  tx: Tx,
  { actor, planId, officialNumber, issuerId, resolutionId }: { actor: Actor; planId?: string; officialNumber: string; issuerId: string; resolutionId: string | null },
): Promise<void> {
  if (!actor.managedOrganizationIds.includes(issuerId)) throw new RuleViolationError('plan.issuerOutOfScope', {}, 'issuerId');

  // The database's unique index is the guarantee; this look-up only makes the message name the plan.
  const duplicate = await tx.plan.findFirst({
    where: { issuerId, officialNumber, ...(planId ? { id: { not: planId } } : {}) },
    select: { title: true, issuedOn: true, issuer: { select: { name: true } } },
  });
  if (duplicate) {
    throw new RuleViolationError(
      'plan.duplicateNumber',
      { number: officialNumber, issuer: duplicate.issuer.name, title: duplicate.title, date: formatCalendarDate(duplicate.issuedOn, 'vi') },
      'officialNumber',
    );
  }

  if (resolutionId) {
    const resolution = await tx.resolution.findFirst({ where: { id: resolutionId, organizationId: issuerId }, select: { id: true } });
    if (!resolution) throw new RuleViolationError('plan.resolutionOutOfScope', {}, 'resolutionId');
  }
}

/** The fields of a plan as the audit log keeps them. */
export const PLAN_AUDIT_SELECT = {
  id: true, officialNumber: true, issuedOn: true, issuerId: true, title: true, purpose: true, content: true, resolutionId: true, termId: true, version: true,
} as const satisfies Prisma.PlanSelect;
