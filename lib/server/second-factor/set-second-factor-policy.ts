import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { readSecondFactorPolicy } from '../../auth/second-factor.ts';
import { db } from '../../db/client.ts';
import { SECOND_FACTOR_POLICY_KEY } from '../../domain/second-factor-policy.ts';
import type { SetSecondFactorPolicyInput } from '../../schemas/second-factor.ts';
import { recordAudit } from '../audit.ts';
import { requireTopLevelAdmin } from '../audit/top-level-admin.ts';
import { staleRecordError } from '../stale-record.ts';

/**
 * Sets which roles must have a second factor, from the version the form was loaded with (0: never
 * saved). Takes effect on every user's next request: loadActor reads it.
 */
export async function setSecondFactorPolicy({ actor, version, admin, secretary }: { actor: Actor } & SetSecondFactorPolicyInput): Promise<void> {
  await requireTopLevelAdmin(actor, 'security.manage');
  const value = { admin, secretary };
  await db().$transaction(async (tx) => {
    const { policy: before } = await readSecondFactorPolicy(tx);
    // The first save creates the row; if another admin created it meanwhile, nothing is inserted and the form is stale.
    const { count } = version === 0
      ? await tx.appSetting.createMany({ data: { key: SECOND_FACTOR_POLICY_KEY, value }, skipDuplicates: true })
      : await tx.appSetting.updateMany({ where: { key: SECOND_FACTOR_POLICY_KEY, version }, data: { value, version: { increment: 1 } } });
    if (count === 0) throw await staleRecordError(tx, 'AppSetting', SECOND_FACTOR_POLICY_KEY);
    await recordAudit(tx, { actor, action: 'security.setSecondFactorPolicy', entity: 'AppSetting', entityId: SECOND_FACTOR_POLICY_KEY, before, after: value });
  });
}
