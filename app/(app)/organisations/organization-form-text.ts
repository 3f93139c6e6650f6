import type { OrganizationFormText } from '@/components/organization/organization-form.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

/** The organisation form's words, shared by the create and edit pages. */
export function organizationFormText(t: Messages): OrganizationFormText {
  const text = t.organizations;
  return {
    name: text.name, shortName: text.shortName, shortNameHint: text.shortNameHint, kind: text.kind, kindHint: text.kindHint,
    symbol: text.symbol, symbolHint: text.symbolHint, place: text.place, placeHint: text.placeHint, parent: text.parent,
    chooseParent: text.chooseParent, kinds: text.kinds, save: text.save, saving: text.saving, cancel: text.cancel,
  };
}
