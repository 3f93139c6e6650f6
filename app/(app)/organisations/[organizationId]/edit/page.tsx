import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrganizationForm } from '@/components/organization/organization-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { ORGANIZATION_KINDS } from '@/lib/domain/organization-tree.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { getOrganization } from '@/lib/server/organizations/get-organization.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { updateOrganizationAction } from '../../actions.ts';
import { organizationFormText } from '../../organization-form-text.ts';

interface Props { params: Promise<{ organizationId: string }> }

const load = loadOncePerRequest(async ({ organizationId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('organization.manage');
  return loadOrNotFound(organizationId, (id) => getOrganization({ actor, organizationId: id }));
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [organization, { t }] = await Promise.all([load(props), getMessages()]);
  return { title: interpolate(t.organizations.editTitle, { name: organization.name }) };
}

export default async function EditOrganizationPage(props: Props) {
  const [organization, { t }] = await Promise.all([load(props), getMessages()]);
  // A merged organisation is history: there is nothing to edit.
  if (organization.mergedInto) notFound();
  return (
    <>
      <PageHeader title={interpolate(t.organizations.editTitle, { name: organization.name })} eyebrow={<Link href={`/organisations/${organization.id}`}>{organization.name}</Link>} />
      <OrganizationForm
        action={updateOrganizationAction}
        text={organizationFormText(t)}
        kinds={ORGANIZATION_KINDS}
        initial={{
          name: organization.name, shortName: organization.shortName ?? '', kind: organization.kind, symbol: organization.symbol ?? '', place: organization.place ?? '',
          organizationId: organization.id, version: String(organization.version),
        }}
        cancelHref={`/organisations/${organization.id}`}
      />
    </>
  );
}
