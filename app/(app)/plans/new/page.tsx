import type { Metadata } from 'next';
import { PlanForm } from '@/components/plan/plan-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { getMessages } from '@/lib/i18n/server.ts';
import { getPlanFormOptions } from '@/lib/server/plans/get-plan-form-options.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { createPlanAction } from '../actions.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.plans.create };
}

export default async function NewPlanPage() {
  const actor = await requirePagePermission('plan.create');
  const [{ t }, options] = await Promise.all([getMessages(), getPlanFormOptions({ actor })]);
  const defaultIssuer = options.issuers.find((issuer) => issuer.id === actor.managedOrganizationIds[0]) ?? options.issuers[0];
  return (
    <>
      <PageHeader title={t.plans.create} />
      <PlanForm
        action={createPlanAction}
        text={t.plans}
        issuers={options.issuers}
        resolutions={options.resolutions}
        initial={{ officialNumber: '', issuedOn: '', issuerId: defaultIssuer?.id ?? '', title: '', purpose: '', content: '', resolutionId: '' }}
        cancelHref="/plans"
      />
    </>
  );
}
