import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { managedOrganizationScope, resolutionScope } from '../../auth/scope.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import type { ResultPeriod } from '../../db/generated/prisma/enums.ts';
import { NotFoundError, RuleViolationError } from '../errors.ts';

type Tx = Prisma.TransactionClient;

/** The fields of a result, its parts included, as the audit log keeps them. */
export const TARGET_RESULT_AUDIT_SELECT = {
  id: true, targetId: true, period: true, year: true, value: true, qualifier: true, source: true, note: true,
  breakdownLabel: true, conferenceId: true, version: true,
  parts: { orderBy: { position: 'asc' }, select: { position: true, label: true, value: true } },
} as const satisfies Prisma.TargetResultSelect;

/** Conferences whose review a result may cite: those the actor's organisations hold (any stage). */
export function reviewingConferenceScope(actor: Actor): Prisma.ConferenceWhereInput {
  return { hostOrganization: managedOrganizationScope(actor) };
}

/** A target of a resolution in the actor's scope, with its term's years; else "not found". */
export async function targetInScope(tx: Tx, actor: Actor, targetId: string) {
  const target = await tx.target.findFirst({
    where: { id: targetId, resolution: resolutionScope(actor) },
    select: { id: true, resolutionId: true, resolution: { select: { term: { select: { startYear: true, endYear: true } } } } },
  });
  if (!target) throw new NotFoundError('Target');
  return target;
}

export type ScopedTarget = Awaited<ReturnType<typeof targetInScope>>;

/** A result of a target in the actor's scope, as the audit log keeps it; else "not found". */
export async function resultInScope(tx: Tx, actor: Actor, resultId: string) {
  const result = await tx.targetResult.findFirst({
    where: { id: resultId, target: { resolution: resolutionScope(actor) } },
    select: TARGET_RESULT_AUDIT_SELECT,
  });
  if (!result) throw new NotFoundError('TargetResult');
  return result;
}

const DUPLICATE_KEY: Record<ResultPeriod, string> = {
  YEAR: 'targetResult.duplicateYear',
  MID_TERM: 'targetResult.duplicateMidTerm',
  END_OF_TERM: 'targetResult.duplicateEndOfTerm',
};

/** The refusal of a second result for the same period and year of one target. */
export function duplicateResultError(period: ResultPeriod, year: number): RuleViolationError {
  return new RuleViolationError(DUPLICATE_KEY[period], { year }, 'period');
}

/** The rules a result keeps whether it is added or edited. */
export async function checkResultRules(
  tx: Tx,
  { actor, target, resultId, period, year, conferenceId }: { actor: Actor; target: ScopedTarget; resultId?: string; period: ResultPeriod; year: number; conferenceId: string | null },
): Promise<void> {
  const { startYear, endYear } = target.resolution.term;
  if (year < startYear || year > endYear) throw new RuleViolationError('targetResult.yearOutsideTerm', { start: startYear, end: endYear }, 'year');

  // The unique index (targetId, period, year) is the guarantee; this look-up gives the message first.
  const duplicate = await tx.targetResult.findFirst({
    where: { targetId: target.id, period, year, ...(resultId ? { id: { not: resultId } } : {}) },
    select: { id: true },
  });
  if (duplicate) throw duplicateResultError(period, year);

  if (conferenceId) {
    const conference = await tx.conference.findFirst({ where: { AND: [{ id: conferenceId }, reviewingConferenceScope(actor)] }, select: { id: true } });
    if (!conference) throw new RuleViolationError('targetResult.conferenceOutOfScope', {}, 'conferenceId');
  }
}

/** The breakdown rows as stored: numbered from 1 in the order typed. */
export function partRows(parts: readonly { label: string; value: number }[]) {
  return parts.map((part, index) => ({ position: index + 1, label: part.label, value: part.value }));
}
