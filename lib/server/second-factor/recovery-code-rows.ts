import 'server-only';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from '../../security/recovery-codes.ts';

/**
 * Replaces the user's recovery codes with ten new ones, in the caller's transaction, and returns them
 * in plain text: the only time they exist outside the user's hands (only their hashes are kept).
 */
export async function replaceRecoveryCodes(tx: Pick<Prisma.TransactionClient, 'recoveryCode'>, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(code)!) })) });
  return codes;
}
