import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { consumeSecondFactorCode, type SecondFactorUse } from '../../auth/second-factor.ts';
import { db } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { lockedUntil, THROTTLE_WINDOW_MS } from '../../domain/login-throttle.ts';
import { RuleViolationError } from '../errors.ts';

/** Wrong codes on the user's own forms (new recovery codes, turning it off) within the window before they wait. */
const OWN_CODE_FAILURE_LIMIT = 5;
const FAILED_CHECK = 'account.checkSecondFactorCode';

class WrongCode extends Error {}

/**
 * Runs `work` in one transaction with the user's own code used up first (authenticator or recovery
 * code). A session alone must not be enough to turn the second factor off or to mint recovery codes,
 * and six digits can be guessed given enough tries: so wrong codes are logged (DENIED rows) and, as
 * at sign-in, five within 15 minutes make the form wait.
 */
export async function withOwnSecondFactorCode<T>({ actor, code, now }: { actor: Actor; code: string; now: Date }, work: (tx: Prisma.TransactionClient, use: SecondFactorUse) => Promise<T>): Promise<T> {
  const failures = await db().auditLog.findMany({
    where: { actorUserId: actor.userId, action: FAILED_CHECK, outcome: 'DENIED', at: { gte: new Date(now.getTime() - THROTTLE_WINDOW_MS), lte: now } },
    select: { at: true },
  });
  if (lockedUntil(failures.map((row) => row.at), OWN_CODE_FAILURE_LIMIT, now)) throw new RuleViolationError('secondFactor.tooManyAttempts', {}, 'code');
  try {
    return await db().$transaction(async (tx) => {
      const use = await consumeSecondFactorCode(tx, { userId: actor.userId, code, now });
      if (!use) throw new WrongCode();
      return work(tx, use);
    });
  } catch (error) {
    if (!(error instanceof WrongCode)) throw error;
    await db().auditLog.create({ data: { actorUserId: actor.userId, action: FAILED_CHECK, entity: 'User', entityId: actor.userId, outcome: 'DENIED', at: now, after: { reason: 'wrongCode' } } });
    throw new RuleViolationError('secondFactor.wrongCode', {}, 'code');
  }
}
