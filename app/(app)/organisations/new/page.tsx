import type { Metadata } from 'next';
import Link from 'next/link';
import { OrganizationForm } from '@/components/organization/organization-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { ORGANIZATION_KINDS } from '@/lib/domain/organization-tree.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getOrganizationFormOptions } from '@/lib/server/organizations/get-organization-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { createOrganizationAction } from '../actions.ts';
import { organizationFormText } from '../organization-form-text.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.organizations.createTitle };
}

interface Props { searchParams: Promise<{ parentId?: string }> }

export default async function NewOrganizationPage({ searchParams }: Props) {
  const actor = await requirePagePermission('organization.manage');
  const [{ t }, parents, { parentId }] = await Promise.all([getMessages(), getOrganizationFormOptions({ actor }), searchParams]);
  const parent = parents.find((option) => option.id === parentId);
  // The kind most often added: the lowest the parent may hold (usually a cell).
  const kind = parent ? (parent.childKinds.at(-1) ?? 'CELL') : 'CELL';
  return (
    <>
      <PageHeader title={t.organizations.createTitle} eyebrow={<Link href="/organisations">{t.organizations.back}</Link>} />
      <OrganizationForm
        action={createOrganizationAction}
        text={organizationFormText(t)}
        kinds={ORGANIZATION_KINDS}
        parents={parents}
        initial={{ name: '', shortName: '', kind, symbol: '', place: '', parentId: parent?.id ?? '' }}
        cancelHref={parent ? `/organisations/${parent.id}` : '/organisations'}
      />
    </>
  );
}
