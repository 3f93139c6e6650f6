import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { consumeSecondFactorCode, type SecondFactorUse } from '../../auth/second-factor.ts';
import { tryTransactionLock } from '../../db/advisory-lock.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { lockedUntil, THROTTLE_WINDOW_MS } from '../../domain/login-throttle.ts';
import { RuleViolationError } from '../errors.ts';

/** Wrong codes on the user's own forms (new recovery codes, turning it off) within the window before they wait. */
const OWN_CODE_FAILURE_LIMIT = 5;
const FAILED_CHECK = 'account.checkSecondFactorCode';

const WRONG_CODE = Symbol('wrong code');

/**
 * Runs `work` in one transaction with the user's own code used up first (authenticator or recovery
 * code). A session alone must not be enough to turn the second factor off or to mint recovery codes,
 * and six digits can be guessed given enough tries: so wrong codes are logged (DENIED rows) and, as
 * at sign-in, five within 15 minutes make the form wait. The count, the check and the row of a wrong
 * code are one transaction under a lock per user taken without waiting, so codes sent in parallel
 * cannot all pass the same count (a second one while the first is checked is refused unchecked).
 */
export async function withOwnSecondFactorCode<T>({ actor, code, now }: { actor: Actor; code: string; now: Date }, work: (tx: Prisma.TransactionClient, use: SecondFactorUse) => Promise<T>): Promise<T> {
  const outcome = await db().$transaction(async (tx) => {
    if (!(await tryTransactionLock(tx, `${FAILED_CHECK}:${actor.userId}`))) throw new RuleViolationError('secondFactor.busy', {}, 'code');
    const failures = await tx.auditLog.findMany({
      where: { actorUserId: actor.userId, action: FAILED_CHECK, outcome: 'DENIED', at: { gte: new Date(now.getTime() - THROTTLE_WINDOW_MS), lte: now } },
      select: { at: true },
    });
    if (lockedUntil(failures.map((row) => row.at), OWN_CODE_FAILURE_LIMIT, now)) throw new RuleViolationError('secondFactor.tooManyAttempts', {}, 'code');
    const use = await consumeSecondFactorCode(tx, { userId: actor.userId, code, now });
    if (!use) {
      // Committed with the transaction: the wrong code counts.
      await tx.auditLog.create({ data: { actorUserId: actor.userId, action: FAILED_CHECK, entity: 'User', entityId: actor.userId, outcome: 'DENIED', at: now, after: { reason: 'wrongCode' } } });
      return WRONG_CODE;
    }
    return { value: await work(tx, use) };
  });
  if (outcome === WRONG_CODE) throw new RuleViolationError('secondFactor.wrongCode', {}, 'code');
  return outcome.value;
}
