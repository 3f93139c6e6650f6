import 'server-only';
import { db } from '../db/client.ts';
import type { Prisma } from '../db/generated/prisma/client.ts';
import { parseSecondFactorPolicy, SECOND_FACTOR_POLICY_KEY, type SecondFactorPolicy } from '../domain/second-factor-policy.ts';
import { serverEnv } from '../env.ts';
import { hashRecoveryCode, normalizeRecoveryCode } from '../security/recovery-codes.ts';
import { decryptTotpSecret, looksLikeTotpCode, verifyTotp } from '../security/totp.ts';

// The second factor's reads and checks shared by sign-in (authenticate.ts), the actor of a request
// (load-actor.ts) and the use cases of lib/server/second-factor/.

type Client = Pick<Prisma.TransactionClient, 'appSetting' | 'user' | 'recoveryCode' | 'auditLog'>;

/** The policy and the version the admin's form must send back; version 0 while no admin has saved it. */
export async function readSecondFactorPolicy(client: Pick<Prisma.TransactionClient, 'appSetting'> = db()): Promise<{ policy: SecondFactorPolicy; version: number }> {
  const row = await client.appSetting.findUnique({ where: { key: SECOND_FACTOR_POLICY_KEY }, select: { value: true, version: true } });
  return { policy: parseSecondFactorPolicy(row?.value), version: row?.version ?? 0 };
}

export type SecondFactorUse = 'totp' | 'recoveryCode';

/**
 * Checks a code typed by an enrolled user and uses it up: an authenticator code moves totpLastStep on
 * (only if no other request moved it first, so one code never passes twice), a recovery code is marked
 * used (only if still unused) and logged (account.useRecoveryCode). Null when the code is wrong,
 * replayed, already used, or the account has no second factor.
 */
export async function consumeSecondFactorCode(client: Client, { userId, code, now }: { userId: string; code: string; now: Date }): Promise<SecondFactorUse | null> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpEnabledAt || !user.totpSecretEncrypted) return null;

  if (looksLikeTotpCode(code)) {
    const secret = decryptTotpSecret({ serverSecret: serverEnv().NEXTAUTH_SECRET, userId, encrypted: user.totpSecretEncrypted });
    if (!secret) return null;
    const check = verifyTotp({ secret, code, at: now, lastStep: user.totpLastStep });
    if (!check.ok) return null;
    const { count } = await client.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
      data: { totpLastStep: check.step },
    });
    return count === 1 ? 'totp' : null;
  }

  const normalized = normalizeRecoveryCode(code);
  if (!normalized) return null;
  const codeHash = hashRecoveryCode(normalized);
  const found = await client.recoveryCode.findFirst({ where: { userId, codeHash, usedAt: null }, select: { id: true } });
  if (!found) return null;
  const { count } = await client.recoveryCode.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  if (count !== 1) return null;
  const remaining = await client.recoveryCode.count({ where: { userId, usedAt: null } });
  await client.auditLog.create({
    data: { actorUserId: userId, action: 'account.useRecoveryCode', entity: 'User', entityId: userId, at: now, after: { recoveryCodeId: found.id, remaining } },
  });
  return 'recoveryCode';
}
