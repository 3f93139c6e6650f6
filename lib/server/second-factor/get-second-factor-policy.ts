import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import { readSecondFactorPolicy } from '../../auth/second-factor.ts';
import { db } from '../../db/client.ts';
import type { SecondFactorPolicy } from '../../domain/second-factor-policy.ts';
import { accountScope, adminOrganizationIds } from '../accounts/admin-scope.ts';
import { requireTopLevelAdmin } from '../audit/top-level-admin.ts';

export interface SecondFactorPolicyView {
  policy: SecondFactorPolicy;
  version: number;
  /** Active accounts the admin administers that hold the role and have no second factor: who a requirement sends to enrol. */
  notEnrolled: { admin: number; secretary: number };
}

/** The policy for the admins' page, with how many of their accounts it would affect. */
export async function getSecondFactorPolicy({ actor }: { actor: Actor }): Promise<SecondFactorPolicyView> {
  await requireTopLevelAdmin(actor, 'security.manage');
  const scope = await adminOrganizationIds(db(), actor);
  const waiting = (role: 'ADMIN' | 'SECRETARY') =>
    db().user.count({ where: { AND: [accountScope(scope), { deactivatedAt: null, totpEnabledAt: null, roles: { some: { role } } }] } });
  const [{ policy, version }, admin, secretary] = await Promise.all([readSecondFactorPolicy(), waiting('ADMIN'), waiting('SECRETARY')]);
  return { policy, version, notEnrolled: { admin, secretary } };
}
