import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { memberKey } from '../../domain/member-import.ts';
import { RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** The fields of a member as the audit log keeps them. */
export const MEMBER_AUDIT_SELECT = {
  id: true, fullName: true, organizationId: true, title: true, email: true, phone: true, isPartyMember: true, deactivatedAt: true, version: true,
} satisfies Prisma.MemberSelect;

/**
 * Locks a unit's row for the rest of the transaction (as the import locks its units), so two writes
 * naming the same person in one unit run one after the other and the second sees the first.
 */
export async function lockUnit(tx: Tx, organizationId: string): Promise<{ id: string; name: string; closed: boolean } | null> {
  const [unit] = await tx.$queryRaw<{ id: string; name: string; closed: boolean }[]>`
    SELECT id::text AS id, name, ("deactivatedAt" IS NOT NULL OR "mergedIntoId" IS NOT NULL) AS closed
    FROM "Organization" WHERE id = ${organizationId}::uuid FOR UPDATE`;
  return unit ?? null;
}

/** A unit a member may be placed in: in the actor's scope, active and not merged into another; locked (lockUnit). */
export async function lockOpenUnit(tx: Tx, actor: Actor, organizationId: string, field: string): Promise<{ id: string; name: string }> {
  if (!actor.managedOrganizationIds.includes(organizationId)) throw new RuleViolationError('member.unitOutOfScope', {}, field);
  const unit = await lockUnit(tx, organizationId);
  if (!unit) throw new RuleViolationError('member.unitOutOfScope', {}, field);
  if (unit.closed) throw new RuleViolationError('member.unitClosed', { unit: unit.name }, field);
  return { id: unit.id, name: unit.name };
}

/**
 * Refuses a second active person of the same name in one unit, by the import's rule (memberKey: the
 * unit and the name without case, tone marks or đ), so the form and the import agree on who is "the
 * same person". Call it after lockOpenUnit (or with the unit otherwise locked).
 */
export async function refuseNamesake(tx: Tx, { organizationId, fullName, exceptMemberId, field = 'fullName' }: { organizationId: string; fullName: string; exceptMemberId?: string; field?: string }): Promise<void> {
  const key = memberKey(organizationId, fullName);
  const others = await tx.member.findMany({
    where: { organizationId, deactivatedAt: null, ...(exceptMemberId ? { id: { not: exceptMemberId } } : {}) },
    select: { fullName: true, organization: { select: { name: true } } },
  });
  const namesake = others.find((other) => memberKey(organizationId, other.fullName) === key);
  if (namesake) throw new RuleViolationError('member.duplicate', { name: namesake.fullName, unit: namesake.organization.name }, field);
}
