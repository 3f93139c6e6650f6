import 'server-only';
import { now as clockNow } from '../clock.ts';
import { db } from '../db/client.ts';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, lockedUntil, THROTTLE_WINDOW_MS } from '../domain/login-throttle.ts';
import { dummyPasswordHash, normalizeUsername, verifyPassword } from './password.ts';
import { consumeSecondFactorCode } from './second-factor.ts';

export type Authentication =
  | { ok: true; user: { id: string; name: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAt: Date }
  /** The password is right but the account has a second factor and no code came with it: the form asks for one. */
  | { ok: false; reason: 'secondFactorRequired' };

/** Refusals the throttle counts: a wrong password, or a wrong second-factor code after a right password. */
const COUNTED_FAILURES = ['password', 'secondFactor'] as const;

/**
 * Checks a sign-in. Every attempt is one audit row (action auth.login, with the normalised name, the
 * reason and the client address), and those rows are also what the throttle counts: after five wrong
 * passwords for one name in 15 minutes (since its last success), or twenty from one address, attempts
 * are refused without looking at the password until the oldest counted failure is 15 minutes old.
 * Unknown names are throttled alike, so the answer never tells which accounts exist. An account with a
 * second factor also needs `code` (authenticator or recovery code): without one the answer is
 * "second factor required"; a wrong one counts as a failure like a wrong password.
 */
export async function authenticate({ username: typed, password, code, clientAddress, now = clockNow() }: { username: string; password: string; code?: string; clientAddress: string | null; now?: Date }): Promise<Authentication> {
  const username = normalizeUsername(typed);
  const retryAt = await throttledUntil(username, clientAddress, now);
  if (retryAt) {
    await recordAttempt({ username, clientAddress, userId: null, outcome: 'DENIED', reason: 'throttled', now });
    return { ok: false, reason: 'throttled', retryAt };
  }

  const user = await db().user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, deactivatedAt: true, totpEnabledAt: true, member: { select: { fullName: true } } },
  });
  // Verify against a dummy hash when the user is unknown so the answer takes the same time.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await recordAttempt({ username, clientAddress, userId: user?.id ?? null, outcome: 'DENIED', reason: 'password', now });
    return { ok: false, reason: 'invalid' };
  }
  if (user.deactivatedAt) {
    await recordAttempt({ username, clientAddress, userId: user.id, outcome: 'DENIED', reason: 'inactive', now });
    return { ok: false, reason: 'invalid' };
  }
  if (!user.totpEnabledAt) {
    await db().$transaction([
      db().auditLog.create({ data: attemptRow({ username, clientAddress, userId: user.id, outcome: 'SUCCESS', reason: 'password', now }) }),
      db().user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    ]);
    return { ok: true, user: { id: user.id, name: user.member.fullName } };
  }
  const typedCode = code?.trim() ?? '';
  if (typedCode === '') {
    await recordAttempt({ username, clientAddress, userId: user.id, outcome: 'DENIED', reason: 'secondFactorRequired', now });
    return { ok: false, reason: 'secondFactorRequired' };
  }
  const used = await db().$transaction(async (tx) => {
    const use = await consumeSecondFactorCode(tx, { userId: user.id, code: typedCode, now });
    if (use) {
      await tx.auditLog.create({ data: attemptRow({ username, clientAddress, userId: user.id, outcome: 'SUCCESS', reason: use, now }) });
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    }
    return use;
  });
  if (!used) {
    await recordAttempt({ username, clientAddress, userId: user.id, outcome: 'DENIED', reason: 'secondFactor', now });
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, user: { id: user.id, name: user.member.fullName } };
}

/** The later of the two locks (account name, client address), or null. Two queries, bounded by the window. */
async function throttledUntil(username: string, clientAddress: string | null, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const recent = { action: 'auth.login', at: { gte: since, lte: now } };
  const [byName, byAddress] = await Promise.all([
    db().auditLog.findMany({ where: { ...recent, after: { path: ['username'], equals: username } }, orderBy: { at: 'asc' }, select: { at: true, outcome: true, after: true } }),
    clientAddress
      ? db().auditLog.findMany({ where: { ...recent, clientIp: clientAddress, outcome: 'DENIED', OR: COUNTED_FAILURES.map((reason) => ({ after: { path: ['reason'], equals: reason } })) }, select: { at: true } })
      : Promise.resolve([]),
  ]);
  // A success starts the name's count afresh: only wrong passwords (and codes) after the last one count.
  const lastSuccess = byName.findLastIndex((row) => row.outcome === 'SUCCESS');
  const nameFailures = byName.slice(lastSuccess + 1).filter((row) => row.outcome === 'DENIED' && isCountedFailure(reasonOf(row.after))).map((row) => row.at);
  const locks = [lockedUntil(nameFailures, ACCOUNT_FAILURE_LIMIT, now), lockedUntil(byAddress.map((row) => row.at), ADDRESS_FAILURE_LIMIT, now)].filter((lock) => lock !== null);
  return locks.length > 0 ? new Date(Math.max(...locks.map((lock) => lock.getTime()))) : null;
}

function isCountedFailure(reason: unknown): boolean {
  return (COUNTED_FAILURES as readonly unknown[]).includes(reason);
}

function reasonOf(after: unknown): unknown {
  return typeof after === 'object' && after !== null ? (after as Record<string, unknown>).reason : undefined;
}

interface Attempt {
  username: string;
  clientAddress: string | null;
  userId: string | null;
  outcome: 'SUCCESS' | 'DENIED';
  /** Why refused, or how a success was proved: the password alone, or with an authenticator or recovery code. */
  reason: 'password' | 'throttled' | 'inactive' | 'secondFactorRequired' | 'secondFactor' | 'totp' | 'recoveryCode';
  now: Date;
}

function attemptRow({ username, clientAddress, userId, outcome, reason, now }: Attempt) {
  return { action: 'auth.login', entity: 'User', entityId: userId, actorUserId: outcome === 'SUCCESS' ? userId : null, outcome, at: now, clientIp: clientAddress, after: { username, reason } };
}

async function recordAttempt(attempt: Attempt): Promise<void> {
  await db().auditLog.create({ data: attemptRow(attempt) });
}
