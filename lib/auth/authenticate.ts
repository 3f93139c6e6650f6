import 'server-only';
import { now as clockNow } from '../clock.ts';
import { tryTransactionLock } from '../db/advisory-lock.ts';
import { db } from '../db/client.ts';
import type { Prisma } from '../db/generated/prisma/client.ts';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, lockedUntil, THROTTLE_WINDOW_MS } from '../domain/login-throttle.ts';
import { dummyPasswordHash, normalizeUsername, verifyPassword } from './password.ts';
import { consumeSecondFactorCode } from './second-factor.ts';

export type Authentication =
  | { ok: true; user: { id: string; name: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAt: Date }
  /** Another attempt for the same name is being checked: this one was refused unchecked. */
  | { ok: false; reason: 'busy' }
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
  // One attempt per name at a time: the throttle counts the failures recorded before this attempt, so
  // attempts sent in parallel (each with another password or code) would all pass a count that none of
  // them has yet added to. A transaction-scoped advisory lock, released at commit, taken without
  // waiting: an attempt while another for the same name is in flight is refused at once, unchecked,
  // rather than queued holding a connection (a person signs in once; only a script sends a burst).
  return db().$transaction(async (tx) => {
    const record = (attempt: Omit<Attempt, 'username' | 'clientAddress' | 'now'>) => tx.auditLog.create({ data: attemptRow({ username, clientAddress, now, ...attempt }) });
    if (!(await tryTransactionLock(tx, `auth.login:${username}`))) {
      await record({ userId: null, outcome: 'DENIED', reason: 'concurrent' });
      return { ok: false, reason: 'busy' } as const;
    }
    const retryAt = await throttledUntil(tx, username, clientAddress, now);
    if (retryAt) {
      await record({ userId: null, outcome: 'DENIED', reason: 'throttled' });
      return { ok: false, reason: 'throttled', retryAt } as const;
    }

    const user = await tx.user.findUnique({
      where: { username },
      select: { id: true, passwordHash: true, deactivatedAt: true, totpEnabledAt: true, member: { select: { fullName: true } } },
    });
    // Verify against a dummy hash when the user is unknown so the answer takes the same time.
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !valid) {
      await record({ userId: user?.id ?? null, outcome: 'DENIED', reason: 'password' });
      return { ok: false, reason: 'invalid' } as const;
    }
    if (user.deactivatedAt) {
      await record({ userId: user.id, outcome: 'DENIED', reason: 'inactive' });
      return { ok: false, reason: 'invalid' } as const;
    }
    const signedIn = { ok: true, user: { id: user.id, name: user.member.fullName } } as const;
    if (!user.totpEnabledAt) {
      await record({ userId: user.id, outcome: 'SUCCESS', reason: 'password' });
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      return signedIn;
    }
    const typedCode = code?.trim() ?? '';
    if (typedCode === '') {
      await record({ userId: user.id, outcome: 'DENIED', reason: 'secondFactorRequired' });
      return { ok: false, reason: 'secondFactorRequired' } as const;
    }
    const use = await consumeSecondFactorCode(tx, { userId: user.id, code: typedCode, now });
    if (!use) {
      await record({ userId: user.id, outcome: 'DENIED', reason: 'secondFactor' });
      return { ok: false, reason: 'invalid' } as const;
    }
    await record({ userId: user.id, outcome: 'SUCCESS', reason: use });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    return signedIn;
  });
}

/** The later of the two locks (account name, client address), or null. Two queries, bounded by the window. */
async function throttledUntil(tx: Prisma.TransactionClient, username: string, clientAddress: string | null, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const recent = { action: 'auth.login', at: { gte: since, lte: now } };
  // One after the other: the statements of a transaction share its one connection.
  const byName = await tx.auditLog.findMany({ where: { ...recent, after: { path: ['username'], equals: username } }, orderBy: { at: 'asc' }, select: { at: true, outcome: true, after: true } });
  const byAddress = clientAddress
    ? await tx.auditLog.findMany({ where: { ...recent, clientIp: clientAddress, outcome: 'DENIED', OR: COUNTED_FAILURES.map((reason) => ({ after: { path: ['reason'], equals: reason } })) }, select: { at: true } })
    : [];
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
  reason: 'password' | 'throttled' | 'concurrent' | 'inactive' | 'secondFactorRequired' | 'secondFactor' | 'totp' | 'recoveryCode';
  now: Date;
}

function attemptRow({ username, clientAddress, userId, outcome, reason, now }: Attempt) {
  return { action: 'auth.login', entity: 'User', entityId: userId, actorUserId: outcome === 'SUCCESS' ? userId : null, outcome, at: now, clientIp: clientAddress, after: { username, reason } };
}
