import type { RoleRowsText } from '@/components/account/role-rows.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

/** The role rows' labels, shared by the create and the edit page. */
export function roleRowsText(t: Messages): RoleRowsText {
  return {
    legend: t.accounts.roleRows, hint: t.accounts.roleRowsHint, roleLabel: t.accounts.roleLabel,
    organizationLabel: t.accounts.organizationLabel, noRole: t.accounts.noRole, roles: t.roles,
  };
}
